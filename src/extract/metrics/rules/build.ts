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
import { alternation, isArabic, numberValue, splitScale } from '../number.js';
import type { Candidate } from '../types.js';

export const PREFIX = `(?<pre>${alternation(QUALIFIER_PREFIXES.map((q) => q.word))})?`;
export const SUFFIX = `(?<post>${alternation(QUALIFIER_SUFFIXES.map((q) => q.word))})?`;
export const SEPARATOR = alternation(RANGE_SEPARATORS);
export const MORE = alternation(MORE_WORDS);
export const SCALE = alternation([...Object.keys(SCALES), ...Object.keys(ARABIC_SCALES)]);

/** Groups a rule's pattern may name; all optional except n1. */
export interface Parts {
  readonly pre?: string | undefined;
  readonly n1: string;
  readonly n2?: string | undefined;
  /** 多/余 anywhere between the number and the unit. */
  readonly more?: boolean;
  readonly scale?: string | undefined;
  /** The scale written after the low end of a range (1万—2万元): it must be the high end's. */
  readonly lowScale?: string | undefined;
  readonly post?: string | undefined;
}

export interface UnitInfo {
  readonly unit: string;
  readonly dimension: Dimension;
  readonly factor: number | null;
  readonly base: string | null;
}

const round = (v: number): number => Math.round(v * 1e6) / 1e6;

/** Qualifier from the words around the number: suffix over 多/余 over prefix, as the later word governs. */
export function qualifierOf(parts: Parts): Qualifier {
  const post = QUALIFIER_SUFFIXES.find((q) => q.word === parts.post)?.qualifier;
  if (post) return post;
  if (parts.more) return 'more_than';
  return QUALIFIER_PREFIXES.find((q) => q.word === parts.pre)?.qualifier ?? 'exact';
}

/**
 * Builds a candidate from the parts of a match. A trailing 万/亿 of a Chinese numeral joins the
 * unit (近千万元 → 1000 万元), as does a written scale (3.12万平方米 → 3.12 万平方米).
 */
export function buildCandidate(rule: string, match: RegExpExecArray, parts: Parts, unit: UnitInfo): Candidate | null {
  let n1 = parts.n1;
  let n2 = parts.n2;
  let scale = parts.scale ?? '';
  if (parts.lowScale !== undefined && parts.lowScale !== scale) return null; // 1万—2千元: mixed scales
  if (scale in ARABIC_SCALES && (!isArabic(n1) || (n2 !== undefined && !isArabic(n2)))) return null;
  if (!scale && !isArabic(n1)) {
    const last = n2 ?? n1;
    const split = splitScale(last);
    if (split.scale) {
      scale = split.scale;
      if (n2 !== undefined) n2 = split.numeral;
      else n1 = split.numeral;
      // 三至五万元: the scale of the high end applies to the low end too
      if (n2 !== undefined) {
        const low = splitScale(n1);
        if (low.scale === scale) n1 = low.numeral;
      }
    }
  }
  const value = numberValue(n1);
  const max = n2 === undefined ? null : numberValue(n2);
  if (value === null || (n2 !== undefined && max === null)) return null;
  if (max !== null && max <= value) return null; // 3-2 is not a range
  const factor = (SCALES[scale] ?? ARABIC_SCALES[scale] ?? 1) * (unit.factor ?? Number.NaN);
  const start = match.index;
  return {
    rule,
    start,
    end: start + match[0].length,
    numberStart: start + (parts.pre?.length ?? 0),
    numeral: n1,
    value,
    max,
    unit: scale + unit.unit,
    dimension: unit.dimension,
    normalized: unit.base !== null && Number.isFinite(factor) ? { value: round(value * factor), unit: unit.base } : null,
    qualifier: qualifierOf(parts),
    prefixed: parts.pre !== undefined && parts.pre !== '各',
  };
}
