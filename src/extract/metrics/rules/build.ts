// Shared pieces of the rules: pattern fragments from the lexicons and the candidate builder.
import type { Dimension, Qualifier } from '../../../schema/document.js';
import {
  MORE_WORDS,
  QUALIFIER_PREFIXES,
  QUALIFIER_SUFFIXES,
  RANGE_SEPARATORS,
  SCALES,
  ARABIC_SCALES,
} from '../lexicon.js';
import { alternation, isArabic, isLoneCapital, numberValue, splitScale } from '../number.js';
import { approximatePair } from '../../../text/numerals.js';
import type { Candidate } from '../types.js';

/** A qualifier before the number, with the 了 of a completed verb (超过了100人). */
export const PREFIX = `(?<pre>(?:${alternation(QUALIFIER_PREFIXES.map((q) => q.word))})了?)?`;
export const SUFFIX = `(?<post>${alternation(QUALIFIER_SUFFIXES.map((q) => q.word))})?`;
export const SEPARATOR = alternation(RANGE_SEPARATORS);
export const MORE = alternation(MORE_WORDS);
/** A scale after the number: 万, 亿, 万亿, 千万 …, and 万多亿 (3万多亿元: more than 3 万亿). */
export const SCALE = `万(?:${MORE})亿|${alternation([...Object.keys(SCALES), ...Object.keys(ARABIC_SCALES)])}`;
/** A minus sign right before a number (增长-3.2%, 负3.9%, 零下18℃), never one between two numbers (3-4处). */
export const SIGN = '(?<sign>(?<![0-9０-９])-|负(?=[0-9０-９])|零下)?';

/** Groups a rule's pattern may name; all optional except n1. */
export interface Parts {
  readonly pre?: string | undefined;
  /** A minus sign before the first number (增长-3.2%). */
  readonly sign?: string | undefined;
  readonly n1: string;
  readonly n2?: string | undefined;
  /** 多/余 anywhere between the number and the unit. */
  readonly more?: boolean;
  readonly scale?: string | undefined;
  /** The scale written after the low end of a range (1万—2万元): it must be the high end's. */
  readonly lowScale?: string | undefined;
  readonly post?: string | undefined;
  /** 半 after the unit (一吨半, 两年半): half a unit more. */
  readonly half?: boolean;
}

export interface UnitInfo {
  readonly unit: string;
  readonly dimension: Dimension;
  readonly factor: number | null;
  readonly base: string | null;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

const BOUND_SIDE: Readonly<Partial<Record<Qualifier, 'low' | 'high'>>> = { at_least: 'low', more_than: 'low', at_most: 'high', less_than: 'high' };

/**
 * Qualifier from the words around the number: suffix over 多/余 over prefix, as the later word
 * governs; but a prefix bounding the same side says whether the bound is included (小于50班以下 is
 * less than 50), unless the suffix says it is (大于50班(含)以上 is at least 50).
 */
export function qualifierOf(parts: Parts): Qualifier {
  const pre = QUALIFIER_PREFIXES.find((q) => q.word === parts.pre?.replace(/了$/, ''))?.qualifier ?? null;
  const post = QUALIFIER_SUFFIXES.find((q) => q.word === parts.post)?.qualifier ?? null;
  if (post && pre && BOUND_SIDE[post] !== undefined && BOUND_SIDE[post] === BOUND_SIDE[pre] && !parts.post?.includes('含')) return pre;
  if (post) return post;
  if (parts.more) return 'more_than';
  return pre ?? 'exact';
}

/** A suffix word allowed after this unit (整 after money only, 内 after durations and lengths)? */
function suffixFits(post: string | undefined, dimension: Dimension): boolean {
  const dims = QUALIFIER_SUFFIXES.find((q) => q.word === post)?.dimensions;
  return dims === undefined || dims.includes(dimension);
}

/** Dimensions whose units take 半 after them (一吨半, 两米半, 一年半, 三成半). */
const HALVES: readonly Dimension[] = ['length', 'weight', 'area', 'duration', 'percent'];

/**
 * A written scale split in its words and the 多/余 inside it (万多亿 → 万亿, more), joined to the
 * scale a Chinese numeral ends with (三万 + 亿 → 万亿), or null when they make no known scale.
 */
function scaleOf(written: string, numeralScale: string): { readonly scale: string; readonly more: boolean } | null {
  const bare = written.replace(/[多余]/g, '');
  const scale = numeralScale + bare;
  if (scale !== '' && !(scale in SCALES) && !(scale in ARABIC_SCALES)) return null;
  return { scale, more: bare !== written };
}

/**
 * Builds a candidate from the parts of a match. A trailing 万/亿 of a Chinese numeral joins the
 * unit (近千万元 → 1000 万元), as does a written scale (3.12万平方米 → 3.12 万平方米).
 */
export function buildCandidate(rule: string, match: RegExpExecArray, parts: Parts, unit: UnitInfo): Candidate | null {
  let n1 = parts.n1;
  let n2 = parts.n2;
  if (isLoneCapital(n1) || (n2 !== undefined && isLoneCapital(n2))) return null;
  // 两三个, 三四十人, 五六百元: neighbouring digits are an approximate range
  const pair = n2 === undefined && !isArabic(n1) ? approximatePair(n1) : null;
  if (pair) {
    n1 = pair.low;
    n2 = pair.high;
  }
  if (parts.lowScale !== undefined && parts.lowScale !== (parts.scale ?? '')) return null; // 1万—2千元: mixed scales
  // 三万亿元, 三至五万元: the scale words a Chinese numeral ends with join the unit (and the low end's too)
  const last = n2 ?? n1;
  // 超亿元: a scale alone is one of it (1 亿元); the numeral stays as written (a bare magnitude)
  const alone = n2 === undefined && last in SCALES;
  const split = isArabic(last) ? { numeral: last, scale: '' } : alone ? { numeral: '一', scale: last } : splitScale(last);
  if (split.scale) {
    if (n2 !== undefined) {
      n2 = split.numeral;
      const low = splitScale(n1);
      if (low.scale === split.scale) n1 = low.numeral;
    } else n1 = split.numeral;
  }
  const scaled = scaleOf(parts.scale ?? '', split.scale);
  if (!scaled) return null;
  const scale = scaled.scale;
  if (scale in ARABIC_SCALES && (!isArabic(n1) || (n2 !== undefined && !isArabic(n2)))) return null;
  const sign = parts.sign ? -1 : 1;
  const half = parts.half && n2 === undefined && HALVES.includes(unit.dimension) ? 0.5 : 0;
  const written = numberValue(n1);
  const max = n2 === undefined ? null : numberValue(n2);
  if (written === null || (n2 !== undefined && max === null)) return null;
  if (half && !Number.isInteger(written)) return null;
  const value = sign * written + half;
  if (max !== null && max <= value) return null; // 3-2 is not a range
  const factor = (SCALES[scale] ?? ARABIC_SCALES[scale] ?? 1) * (unit.factor ?? Number.NaN);
  const start = match.index;
  // a suffix that does not fit the unit (5人整) stays out of the mention
  const post = suffixFits(parts.post, unit.dimension) ? parts.post : undefined;
  const cut = (parts.post?.length ?? 0) - (post?.length ?? 0);
  const lead = (parts.pre?.length ?? 0) + (parts.sign?.length ?? 0);
  return {
    rule,
    start,
    end: start + match[0].length - cut,
    numberStart: start + lead,
    numeral: alone ? parts.n1 : n1,
    value,
    max,
    unit: scale + unit.unit,
    dimension: unit.dimension,
    normalized: unit.base !== null && Number.isFinite(factor) ? { value: round(value * factor), unit: unit.base } : null,
    qualifier: pair && !parts.pre && !post ? 'approx' : qualifierOf({ ...parts, post, more: Boolean(parts.more) || scaled.more }),
    prefixed: parts.pre !== undefined && parts.pre !== '各',
  };
}
