// Numbers as written in metrics: pattern sources for the rules and their values.
// (foldDigits and splitScale are candidates to move into ../numerals.ts.)
import { CN_CAPITALS, parseChineseNumeral, parseNumber } from '../../text/numerals.js';
import { SCALES } from './lexicon.js';

// Bounded repetitions and a start that cannot fall inside another number keep every
// pattern linear: a long run of digits without a unit costs a bounded retry per position.
/** A space between thousands groups (1 000, 128 700: Hong Kong and international style), ordinary, no-break or thin. */
const GROUP_SPACE = '[ \u00a0\u2009\u202f]';
/**
 * Arabic number: digits (half- or full-width), optional 3-digit groups after commas (15,501) or
 * after single spaces when the first group has at most three digits (1 000, 23 000), optional decimals.
 */
export const ARABIC =
  '(?<![0-9０-９.．])(?:[0-9０-９]{1,3}(?:' + GROUP_SPACE + '[0-9０-９]{3}(?![0-9０-９])){1,4}(?!' + GROUP_SPACE + '?[0-9０-９])' +
  '|[0-9０-９]{1,12}(?:,[0-9０-９]{3}(?![0-9０-９])){0,4})(?:[.．][0-9０-９]{1,6})?';
/** Characters of Chinese numerals as used in counts and amounts, the financial forms (壹拾贰万) included. */
const CN_CHARS = `零〇一二两三四五六七八九十百千万亿${CN_CAPITALS}`;
/** Chinese numeral, with decimals after 点 (六点五成, 四点五个百分点). */
export const CHINESE = `(?<![${CN_CHARS}])[${CN_CHARS}]{1,16}(?:点[零〇一二三四五六七八九壹贰叁参肆伍陆柒捌玖]{1,6})?`;
/** Either form; mixed forms (1.2万) are an Arabic number followed by a scale. */
export const NUMBER = `(?:${ARABIC}|${CHINESE})`;

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** Alternation of literals, longest first so the regex engine prefers 平方米 over 米. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** Full-width digits and dot → ASCII. */
export function foldDigits(s: string): string {
  return s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

export function isArabic(s: string): boolean {
  return /^[0-9０-９]/.test(s);
}

/** 参 is a capital 3 only beside other capitals (参佰元); alone it is the verb of 参加. */
const LONE_CAN = /^[^壹贰叁肆伍陆柒捌玖拾佰仟]*参[^壹贰叁肆伍陆柒捌玖拾佰仟]*$/;
/**
 * A capital alone is a character of a word (大陆首个, 陆家嘴, 队伍, 拾起): amounts write 伍仟, 陆佰, 拾万.
 * 壹, 贰 and 叁 stand in no common word: alone they count (「月亮奖」贰名, 壹名).
 */
export const isLoneCapital = (written: string): boolean => /^[肆伍陆柒捌玖拾佰仟]$/.test(written);

/** Value of a number written in a metric, or null. */
export function numberValue(s: string): number | null {
  const folded = foldDigits(s);
  if (isArabic(folded)) return parseNumber(folded);
  if (LONE_CAN.test(folded)) return null;
  // A run of digit characters (二〇一四) reads as a code or a year, not as an amount.
  return parseChineseNumeral(folded);
}

/**
 * Splits the trailing scale words off a Chinese numeral so they can join the unit, as people
 * write and read 近千万元 (千 of 万元), 两亿元 or 三万亿元: returns the numeral without them and
 * the scale. A numeral holding a larger scale before (三亿五千万) keeps its scale: it is one number.
 */
export function splitScale(numeral: string): { readonly numeral: string; readonly scale: string } {
  const run = /[万亿]{1,2}$/.exec(numeral)?.[0] ?? '';
  const rest = numeral.slice(0, numeral.length - run.length);
  // 一万 → 一 + 万 only when what is left is still a numeral by itself
  if (run && rest && run in SCALES && !/[万亿]/.test(rest) && !rest.includes('点') && parseChineseNumeral(rest) !== null) return { numeral: rest, scale: run };
  return { numeral, scale: '' };
}

/** A Chinese numeral made only of 十/百/千/万/亿 with no digit (千名, 百万): usually a figure of speech. */
export function isBareMagnitude(numeral: string): boolean {
  return /^[百千万亿]+$/.test(numeral);
}

/** Is a string a run of Chinese digits without place values (二〇一四)? */
export function isDigitRun(numeral: string): boolean {
  return numeral.length > 1 && /^[零〇一二两三四五六七八九0-9]+$/.test(numeral);
}
