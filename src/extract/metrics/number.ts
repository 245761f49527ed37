// Numbers as written in metrics: pattern sources for the rules and their values.
// (foldDigits and splitScale are candidates to move into ../numerals.ts.)
import { parseChineseNumeral, parseNumber } from '../../text/numerals.js';
import { SCALES } from './lexicon.js';

// Bounded repetitions and a start that cannot fall inside another number keep every
// pattern linear: a long run of digits without a unit costs a bounded retry per position.
/** Arabic number: digits (half- or full-width), optional 3-digit groups (15,501), optional decimals. */
export const ARABIC = '(?<![0-9０-９.．])[0-9０-９]{1,12}(?:,[0-9０-９]{3}(?![0-9０-９])){0,4}(?:[.．][0-9０-９]{1,6})?';
/** Chinese numeral characters as used in counts and amounts. */
export const CHINESE = '(?<![零〇一二两三四五六七八九十百千万亿])[零〇一二两三四五六七八九十百千万亿]{1,10}';
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

/** Value of a number written in a metric, or null. */
export function numberValue(s: string): number | null {
  const folded = foldDigits(s);
  if (isArabic(folded)) return parseNumber(folded);
  // A run of digit characters (二〇一四) reads as a code or a year, not as an amount.
  return parseChineseNumeral(folded);
}

/**
 * Splits a trailing scale off a Chinese numeral so it can join the unit, as people write
 * and read 近千万元 (千 of 万元) or 两亿元: returns the numeral without it and the scale.
 */
export function splitScale(numeral: string): { readonly numeral: string; readonly scale: string } {
  const last = numeral.slice(-1);
  if (numeral.length > 1 && last in SCALES) {
    const rest = numeral.slice(0, -1);
    // 一万 → 一 + 万 only when what is left is still a numeral by itself
    if (parseChineseNumeral(rest) !== null) return { numeral: rest, scale: last };
  }
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
