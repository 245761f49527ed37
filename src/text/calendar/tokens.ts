// Regular-expression pieces for calendar fields and their values. Every piece is a bounded
// alternation (no nested quantifiers), so the patterns built from them cannot backtrack badly.
import { parseChineseNumeral } from '../numerals.js';

/** Digits a year may be written with in Chinese (二〇一三, 二0一三, 二零一四). */
const CN_YEAR_DIGIT = '[〇○零Ｏ0一二三四五六七八九]';

/** Chinese numeral characters: a Chinese field must not start right after one (it would be its tail). */
const CN_NUMERAL = '〇○零一二三四五六七八九十';

/** A year: 4 Arabic digits, or 4 Chinese digits starting with 一/二; never the tail of a longer number
 * (a dot may come before: 1.2014年8月 is a list marker). */
export const YEAR = `(?:(?<![0-9])[12][0-9]{3}|(?<![0-9${CN_NUMERAL}])[一二]${CN_YEAR_DIGIT}{3})`;
/** A month 1–12 in Arabic or Chinese numerals (longest alternatives first); 元 is January (元月). */
export const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|元)';
/** A list marker (1. 2．) at a line or sentence start: a date may follow it directly (1.3月8日前…). */
export const AFTER_LIST_MARKER = '(?<=(?:^|[\\n。；;:：\\s])[0-9]{1,2}[.．])';
/** Before an Arabic field that starts a mention: no digit or decimal point, unless a list marker. */
export const AR_START = `(?:(?<![0-9.])|${AFTER_LIST_MARKER})`;
/**
 * A month that starts a mention: not the tail of a longer number or a decimal, except after a
 * list marker; 一 before 3月 may be a dash, so only Chinese months exclude it.
 */
export const MONTH_START =
  `(?:${AR_START}(?:1[0-2]|0?[1-9])|(?<![${CN_NUMERAL}])(?:十[一二]?|[一二三四五六七八九])|(?<![0-9${CN_NUMERAL}万千百亿角分])元)`;
/** An Arabic day 1–31. */
export const DAY_AR = '(?:3[01]|[12][0-9]|0?[1-9])';
/** An Arabic month 1–12. */
export const MONTH_AR = '(?:1[0-2]|0?[1-9])';
/** A day 1–31 in Arabic or Chinese numerals. */
export const DAY = '(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
/** Dashes and words that join the two ends of a range (一 is handled by the range refiner only). */
export const RANGE_SEP = '(?:—{1,2}|–|-{1,2}|~|～|至|到)';

/** Years of the ROC (Minguo) calendar: 民国1年 is 1912, so 112年 is 2023. */
export const ROC_OFFSET = 1911;
/**
 * An ROC year in Chinese numerals, as a Taiwan document writes it in running text (九十五年四月二十八日,
 * 一百一十二年): 40 to 199, never preceded by another numeral.
 */
export const ROC_YEAR_CN = '(?<![〇○零一二三四五六七八九十百])(?:一百(?:[一二三四五六七八九]?十)?[一二三四五六七八九]?|一百零[一二三四五六七八九]|[四五六七八九]十[一二三四五六七八九]?)';
/**
 * A bare ROC year (only read in an ROC document): 100–199, or 40–99 where a rule asks for a month
 * after it (服务满40年 is a count); never the tail of a longer number (1,112), a decimal or a dotted
 * date, but it may follow a list marker (1.112年3月1日).
 */
export const ROC_YEAR = `(?:(?:(?<![0-9./])(?<![0-9],)|${AFTER_LIST_MARKER})(?:1[0-9]{2}|[4-9][0-9])(?![0-9])|${ROC_YEAR_CN})`;
/** A three-digit ROC year (112.3.1, 111学年度): forms too bare to accept a two-digit one. */
export const ROC_YEAR_3 = `(?:(?<![0-9./])(?<![0-9],)|${AFTER_LIST_MARKER})1[0-9]{2}(?![0-9])`;
/** The year after 民国/中华民国: any ROC year, in Arabic or Chinese numerals (民国三十八年, 中华民国一○四年 with ○ for zero), or 元 (1912). */
export const MINGUO_YEAR = '(?:[0-9]{1,3}|元|[一二三四五六七八九十百〇○Ｏ零]{1,4})';

/**
 * A weekday in parentheses after a day, as Taiwan documents write it: (三), (星期三), (周三)
 * (週三 is normalized to 周三). Group `w` holds the weekday character.
 */
export const WEEKDAY_PAREN = '\\( ?(?:星期|礼拜|周)?(?<w>[一二三四五六日天]) ?\\)';

/** The oldest and newest years we accept as calendar years (guards against 1000——1500元). */
export const MIN_YEAR = 1840;
export const MAX_YEAR = 2100;

/** Value of a year as written (2014, 二〇一四, 二0一三), null outside [MIN_YEAR, MAX_YEAR]. */
export function yearValue(s: string | undefined): number | null {
  if (!s) return null;
  const v = /^[0-9]+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return v !== null && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR ? v : null;
}

/** Gregorian value of an ROC year as written (112, 三十八, 元), null when not a year. */
export function rocYearValue(s: string | undefined): number | null {
  if (!s) return null;
  const v = s === '元' ? 1 : /^[0-9]+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return v !== null && Number.isInteger(v) && v >= 1 && v + ROC_OFFSET <= MAX_YEAR ? v + ROC_OFFSET : null;
}

/** Day of the week of a date (0 Sunday … 6 Saturday). */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The weekday a character names (日/天 Sunday 0, 一 Monday 1 … 六 6), null for anything else. */
export function weekdayValue(c: string | undefined): number | null {
  if (c === '日' || c === '天') return 0;
  const i = '一二三四五六'.indexOf(c ?? '');
  return i < 0 ? null : i + 1;
}

/** Value of a small number (month, day) in Arabic or Chinese numerals, null when out of [1, max]. */
export function smallValue(s: string | undefined, max: number): number | null {
  if (!s) return null;
  if (s === '元') return 1; // 元月: January
  const v = /^[0-9]+$/.test(s) ? Number(s) : parseChineseNumeral(s);
  return v !== null && Number.isInteger(v) && v >= 1 && v <= max ? v : null;
}

/** Whether a field is written in Arabic digits. */
export function isArabic(s: string | undefined): boolean {
  return !!s && /^[0-9]+$/.test(s);
}

/** Days in a month (leap years counted); used to reject 2月30日. */
export function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
