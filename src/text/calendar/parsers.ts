// The date parsers, in order (earlier wins a tie between mentions of the same length).
// Each gives a pattern and what a match means; the engine scans and keeps positions.
import { NOT_ROC_YEAR_AFTER, PREVIOUS_YEARS, RELATIVE_YEAR_WORDS, RELATIVE_YEARS, SCHOOL_YEAR_FIRST_MONTH } from './lexicon.js';
import {
  AR_START, DAY, DAY_AR, MINGUO_YEAR, MONTH, MONTH_AR, MONTH_START, RANGE_SEP, ROC_YEAR, ROC_YEAR_3, YEAR, daysInMonth, isArabic,
  rocYearValue, smallValue, yearValue,
} from './tokens.js';
import type { Calendar, DateParser, DateParts, Parsed } from './types.js';

const point = (from: DateParts): Parsed => ({ from, to: null, kind: 'point', modifier: null });
const range = (from: DateParts, to: DateParts): Parsed => ({ from, to, kind: 'range', modifier: null });

/** Calendar fields from matched strings; null when a field is present but invalid (2月30日, 13月). */
function parts(
  y: string | undefined,
  m: string | undefined,
  d: string | undefined,
  extra: Partial<DateParts> = {},
  valueOfYear: (s: string) => number | null = yearValue,
): DateParts | null {
  const year = y === undefined ? null : valueOfYear(y);
  if (y !== undefined && year === null) return null;
  const month = m === undefined ? null : smallValue(m, 12);
  if (m !== undefined && month === null) return null;
  const day = d === undefined ? null : smallValue(d, 31);
  if (d !== undefined && (day === null || month === null || day > daysInMonth(year, month))) return null;
  return { year, month, day, ...extra };
}

/** A vague mention with no year word (年底前, 上半年): the document's current year, unless its section names one. */
const IMPLICIT_YEAR: Partial<DateParts> = { yearOffset: 0, implicitYear: true };

/** The relative-year fields for a word such as 今年 or 同年 (empty when absent). */
function relative(word: string | undefined): Partial<DateParts> {
  if (!word) return {};
  const own = RELATIVE_YEARS[word];
  if (own !== undefined) return { yearOffset: own };
  const prev = PREVIOUS_YEARS[word];
  return prev !== undefined ? { yearFromPrevious: prev } : {};
}

/**
 * How a calendar writes a year: the Gregorian 2014 / 二〇一四, a bare ROC 112 (only in an ROC
 * document), and 民国112年 / 中华民国112年 (ROC in any document). The rules below are written once
 * and instantiated per form, so the calendars cannot drift apart.
 */
interface YearForm {
  /** Prefix of the rule ids ('' for the Gregorian rules). */
  readonly id: string;
  /** What is written before the year (民国). */
  readonly before: string;
  /** The year before 年. */
  readonly year: string;
  /** The year of a numeric date (2014.3.1, 112/03/01), or none when the form has no numeric dates. */
  readonly numeric: string | null;
  readonly value: (s: string) => number | null;
  /** Run only in documents of this calendar. */
  readonly calendar?: Calendar;
  /** Words right after 年 that make the number a count (100年历史), not a year. */
  readonly notAfter?: string;
  /** A year written with fewer digits needs a month after it (98年12月; 服务满40年 is a count). */
  readonly minDigitsAlone?: number;
}

/** A form with numeric dates. */
type NumericYearForm = YearForm & { readonly numeric: string };

const GREGORIAN = { id: '', before: '', year: YEAR, numeric: '[12][0-9]{3}', value: yearValue } satisfies NumericYearForm;
const ROC = {
  id: 'roc-', before: '', year: ROC_YEAR, numeric: '1[0-9]{2}', value: rocYearValue, calendar: 'roc', notAfter: NOT_ROC_YEAR_AFTER, minDigitsAlone: 3,
} satisfies NumericYearForm;
const MINGUO: YearForm = { id: 'minguo-', before: '(?:中华)?民国 ?', year: MINGUO_YEAR, numeric: null, value: rocYearValue, notAfter: NOT_ROC_YEAR_AFTER };

/** The calendar switch of a rule for `form`. */
const onlyIn = (form: YearForm): { calendar?: Calendar } => (form.calendar ? { calendar: form.calendar } : {});

/** A day written without 日 counts only at a clause end (二零零四年八月十五。, 2004年8月15,): else it may be an amount. */
const DAY_WITHOUT_RI_END = '(?= ?(?:[。;；、!?！？)\\n]|,(?![0-9])|$))';

/** 2014-03-02, 2014/3/2, 2016.5.10; in an ROC document 112.3.1, 112/03/01: one separator used twice. */
function isoDateRule(form: NumericYearForm): DateParser {
  return {
    id: `${form.id}iso-date`,
    ...onlyIn(form),
    pattern: new RegExp(`${AR_START}(?<y>${form.numeric})(?<s>[-/.])(?<m>1[0-2]|0?[1-9])\\k<s>(?<d>3[01]|[12][0-9]|0?[1-9])(?![0-9%])`, 'g'),
    extract(m) {
      const p = parts(m.groups?.y, m.groups?.m, m.groups?.d, {}, form.value);
      return p ? point(p) : null;
    },
  };
}

/** 2013.9—2014.7, 2014.3.1-3.15 (112.3.1-3.15): dotted dates are only read as dates in a range (2014.3 alone is a decimal). */
function dottedRangeRule(form: NumericYearForm): DateParser {
  return {
    id: `${form.id}dotted-range`,
    ...onlyIn(form),
    pattern: new RegExp(
      `${AR_START}(?<y1>${form.numeric})\\.(?<m1>${MONTH_AR})(?:\\.(?<d1>${DAY_AR}))? ?${RANGE_SEP} ?` +
        `(?:(?<y2>${form.numeric})\\.)?(?<m2>${MONTH_AR})(?:\\.(?<d2>${DAY_AR}))?(?![0-9.%万亿元])`,
      'g',
    ),
    extract(m) {
      const g = m.groups ?? {};
      const a = parts(g.y1, g.m1, g.d1, {}, form.value);
      const b = parts(g.y2 ?? g.y1, g.m2, g.d2, {}, form.value);
      if (!a || !b || (a.day === null) !== (b.day === null)) return null;
      const key = (p: DateParts): number => (p.year ?? 0) * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
      if (key(b) <= key(a)) return null;
      return range(a, g.y2 ? b : { ...b, year: null });
    },
  };
}

/** 2014-03, 2014/03: a two-digit month (2014.3 stays a decimal number). */
const isoMonth: DateParser = {
  id: 'iso-month',
  pattern: /(?<![0-9.])(?<y>[12][0-9]{3})[-/](?<m>0[1-9]|1[0-2])(?![0-9/-])/g,
  extract(m) {
    const p = parts(m.groups?.y, m.groups?.m, undefined);
    return p ? point(p) : null;
  },
};

/** Longest range of years read from bare digits (2014-2015) and with 年 written (2016—2030年). */
const MAX_SPAN_BARE = 10;
const MAX_SPAN_WITH_YEAR_WORD = 50;

/** 2007年至2009年, 2014-2015学年, 2008—2009学, 2012——2013年度, 2014-15学年. */
const yearRange: DateParser = {
  id: 'year-range',
  pattern: new RegExp(
    `(?<![0-9])(?<y1>[12][0-9]{3}) ?年? ?${RANGE_SEP} ?(?<y2>[12][0-9]{3}|[0-9]{2})` +
      `(?<suf>学年度|学年|年度|学期|学|年)?(?![0-9年])(?! ?${MONTH} ?月)`,
    'g',
  ),
  extract(m) {
    const y1 = yearValue(m.groups?.y1);
    const raw2 = m.groups?.y2 ?? '';
    const suf = m.groups?.suf;
    if (y1 === null) return null;
    // 2014-15 only as a school year: the century comes from the start
    if (raw2.length === 2 && !(suf && suf.startsWith('学')) && suf !== '年度') return null;
    const y2 = raw2.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw2) : yearValue(raw2);
    // with 年 written the span may be long (2016—2030年); bare digits may be an amount
    if (y2 === null || y2 <= y1 || y2 - y1 > (suf ? MAX_SPAN_WITH_YEAR_WORD : MAX_SPAN_BARE)) return null;
    return range({ year: y1, month: null, day: null }, { year: y2, month: null, day: null });
  },
};

/**
 * 2014年, 2014年度, 2014年3月, 2014年3月2日/号, 二〇一三年三月; a day without 日 at a clause end
 * (2004年8月15,); 112年3月1日 in an ROC document; 民国38年, 中华民国112年3月1日 anywhere.
 */
function yearMonthDayRule(form: YearForm): DateParser {
  const notAfter = form.notAfter ? `(?!${form.notAfter})` : '';
  return {
    id: `${form.id}year-month-day`,
    ...onlyIn(form),
    pattern: new RegExp(
      `${form.before}(?<y>${form.year}) ?年(?<fiscal>度)?${notAfter}` +
        `(?: ?(?<m>${MONTH}) ?月份?(?: ?(?<d>${DAY}) ?[日号]| ?(?<bare>${DAY})${DAY_WITHOUT_RI_END})?)?`,
      'g',
    ),
    extract(m) {
      const g = m.groups ?? {};
      // 98年 alone may be a count; 98年度 (a budget or school year) and 98年12月 are dates
      // a year in Chinese numerals (九十五年) needs its month too: 九十五年 alone may be a count
      const short = (g.y ?? '').length < (form.minDigitsAlone ?? 0) || !/^[0-9]+$/.test(g.y ?? '0');
      if (form.minDigitsAlone && short && g.m === undefined && g.fiscal === undefined) return null;
      const p = parts(g.y, g.m, g.d ?? g.bare, {}, form.value);
      return p ? point(p) : null;
    },
  };
}

/** 3-5月, 2014年3—6月份 (112年3-5月): a range of months in one year; only the Gregorian rule reads it without a year. */
function monthRangeRule(form: YearForm): DateParser {
  const year = `${form.before}(?<y>${form.year}) ?年`;
  const start = form === GREGORIAN ? `(?:${year}|(?<![年/-])${AR_START})` : year;
  return {
    id: `${form.id}month-range`,
    ...onlyIn(form),
    pattern: new RegExp(`${start}(?<m1>${MONTH_AR}) ?${RANGE_SEP} ?(?<m2>${MONTH_AR}) ?月份?`, 'g'),
    extract(m) {
      const a = parts(m.groups?.y, m.groups?.m1, undefined, {}, form.value);
      const b = parts(undefined, m.groups?.m2, undefined);
      if (!a || !b || (b.month ?? 0) <= (a.month ?? 0)) return null;
      return range(a, b);
    },
  };
}

/** 3月5—8日, 2014年3月5-8日, 今年7月3-7日, 三月五至八日 (112年2月8至9日): one 日 closing a range of days in one month. */
function daySpanRule(form: YearForm): DateParser {
  const year = `${form.before}(?<y>${form.year}) ?年 ?`;
  const start = form === GREGORIAN ? `(?:${year}|(?<rel>${RELATIVE_YEAR_WORDS})|(?<![年/]))` : year;
  return {
    id: `${form.id}day-span`,
    ...onlyIn(form),
    pattern: new RegExp(`${start}(?<m>${MONTH_START}) ?月 ?(?<d1>${DAY}) ?${RANGE_SEP} ?(?<d2>${DAY}) ?[日号]`, 'g'),
    extract(m) {
      const g = m.groups ?? {};
      const a = parts(g.y, g.m, g.d1, g.y ? {} : relative(g.rel), form.value);
      const b = parts(g.y, g.m, g.d2, {}, form.value);
      if (!a || !b || (b.day ?? 0) <= (a.day ?? 0)) return null;
      return range(a, { ...b, year: null, month: null });
    },
  };
}

/**
 * 5日至8日, 十日到十二日: a range of days whose month was written just before (2014年3月…,5日至8日);
 * the resolver takes that month, and drops the range when none stands close enough. Not after
 * 月 (每月5日至8日), 第 (第5日, a count of days) or another number.
 */
const bareDayRange: DateParser = {
  id: 'bare-day-range',
  pattern: new RegExp(
    `(?<![0-9.〇○零一二三四五六七八九十月第/-])(?<d1>${DAY}) ?[日号] ?${RANGE_SEP} ?(?<d2>${DAY}) ?[日号]`,
    'g',
  ),
  extract(m) {
    const a = smallValue(m.groups?.d1, 31);
    const b = smallValue(m.groups?.d2, 31);
    if (a === null || b === null || b <= a) return null;
    const days = (day: number): DateParts => ({ year: null, month: null, day, monthFromPrevious: true });
    return range(days(a), days(b));
  },
};

/**
 * 2019学年, 2009学年度 (mainland): one school year named by its first year, read like the range it
 * abbreviates (2019-2020学年 → 2019..2020).
 */
const schoolYearOne: DateParser = {
  id: 'school-year',
  pattern: new RegExp(`(?<![0-9])(?<y>[12][0-9]{3}) ?学年度?`, 'g'),
  extract(m) {
    const y = yearValue(m.groups?.y);
    return y === null ? null : range({ year: y, month: null, day: null }, { year: y + 1, month: null, day: null });
  },
};

/** A school year from its first year: August to July (111学年度 → 2022-08..2023-07). */
const schoolYear = (first: number, last = first): Parsed =>
  range({ year: first, month: SCHOOL_YEAR_FIRST_MONTH, day: null }, { year: last + 1, month: SCHOOL_YEAR_FIRST_MONTH - 1, day: null });

/** 111学年度, 98学年度 in an ROC document: the school year starting in August of that year. */
const rocSchoolYear: DateParser = {
  id: 'roc-school-year',
  calendar: 'roc',
  pattern: new RegExp(`(?<y>${ROC_YEAR}) ?学年度?`, 'g'),
  extract(m) {
    const y = rocYearValue(m.groups?.y);
    return y === null ? null : schoolYear(y);
  },
};

/** 109至112年, 110-111学年度 in an ROC document: a range of ROC years, with 年 or 学年度 written after it. */
const rocYearRange: DateParser = {
  id: 'roc-year-range',
  calendar: 'roc',
  pattern: new RegExp(
    `(?<y1>${ROC_YEAR_3}) ?年? ?${RANGE_SEP} ?(?<y2>${ROC_YEAR_3})(?<suf>学年度|学年|年度|年)(?![0-9年])(?! ?${MONTH} ?月)`,
    'g',
  ),
  extract(m) {
    const y1 = rocYearValue(m.groups?.y1);
    const y2 = rocYearValue(m.groups?.y2);
    if (y1 === null || y2 === null || y2 <= y1 || y2 - y1 > MAX_SPAN_WITH_YEAR_WORD) return null;
    if (m.groups?.suf?.startsWith('学')) return schoolYear(y1, y2);
    return range({ year: y1, month: null, day: null }, { year: y2, month: null, day: null });
  },
};

/** 3月8日, 12月, 12月份, 今年9月, 今年五月, 三月八日 (no year written). */
const monthDay: DateParser = {
  id: 'month-day',
  pattern: new RegExp(
    `(?:(?<rel>${RELATIVE_YEAR_WORDS})|(?<![年/]))(?<m>${MONTH_START}) ?月(?<fen>份)?(?: ?(?<d>${DAY}) ?[日号])?`,
    'g',
  ),
  extract(m) {
    const g = m.groups ?? {};
    // a bare Chinese month (五月) is often a name or a phrase: keep it only with a day, 份 or a year word
    if (!isArabic(g.m) && !g.rel && !g.d && !g.fen) return null;
    const p = parts(undefined, g.m, g.d, relative(g.rel));
    return p ? point(p) : null;
  },
};

/** 六·一 (儿童节), 五·一 (劳动节): a festival written as month·day in Chinese numerals. */
const festival: DateParser = {
  id: 'festival',
  pattern: new RegExp(
    `(?<![一二三四五六七八九十])(?<m>十[一二]?|[一二三四五六七八九]) ?[·•・] ?(?<d>${DAY})` +
      '(?=[\u4e00-\u9fff]{0,3}节|[”"]|国际|期间|前后)',
    'g',
  ),
  extract(m) {
    const p = parts(undefined, m.groups?.m, m.groups?.d);
    return p ? point(p) : null;
  },
};

// ---- vague mentions (no number written): only with { vague: true } ----

/** 十三五 → 2016–2020: the Nth five-year plan (N ≥ 6) began in 2006 + 5(N − 11). */
const planPeriod: DateParser = {
  id: 'plan-period',
  vague: true,
  // 十四五发展规划, 十四五教育事业发展规划: the plan's name may run a few words before 规划
  pattern: /(?<![一二三四五六七八九十])十(?<n>[一二三四五六七八九])五(?=[”"]|[\u4e00-\u9fff]{0,8}?(?:规划|计划)|期间|时期|末|初|以来)/g,
  extract(m) {
    const n = 10 + (smallValue(m.groups?.n, 9) ?? 0);
    const start = 2006 + 5 * (n - 11);
    return range({ year: start, month: null, day: null }, { year: start + 4, month: null, day: null });
  },
};

/** 今年, 明年, 去年, 同年 standing alone. */
const relativeYear: DateParser = {
  id: 'relative-year',
  vague: true,
  pattern: new RegExp(`(?<rel>${RELATIVE_YEAR_WORDS})(?![0-9一二三四五六七八九十初底末上下])`, 'g'),
  extract(m) {
    return point({ year: null, month: null, day: null, ...relative(m.groups?.rel) });
  },
};

/** 年底前, 年初, 今年底: the document's year with a boundary. */
const yearBoundary: DateParser = {
  id: 'year-boundary',
  vague: true,
  pattern: /(?:(?<rel>今|明|去|本)|(?<![0-9〇○零一二三四五六七八九十XxＸｘ×*＊几多每同当次上下半学]))年(?<w>初|底|末)(?![中一二三级期])/g,
  extract(m) {
    const rel = m.groups?.rel;
    const base = rel ? relative(`${rel}年`) : IMPLICIT_YEAR;
    const modifier = m.groups?.w === '初' ? 'start' : 'end';
    return { from: { year: null, month: null, day: null, ...base }, to: null, kind: 'point', modifier };
  },
};

/** 上半年, 今年下半年: half of the document's year. */
const halfYear: DateParser = {
  id: 'half-year',
  vague: true,
  pattern: /(?:(?<rel>今年|明年|去年)|(?<![0-9〇○零一二三四五六七八九十年]))(?<h>[上下])半年/g,
  extract(m) {
    const rel = m.groups?.rel;
    const base = rel ? relative(rel) : IMPLICIT_YEAR;
    const [a, b] = m.groups?.h === '上' ? [1, 6] : [7, 12];
    return range({ year: null, month: a, day: null, ...base }, { year: null, month: b, day: null, ...base });
  },
};

/** 秋季开学 (September), 春季开学 (February) of the document's year. */
const termStart: DateParser = {
  id: 'term-start',
  vague: true,
  pattern: /(?<s>春季|秋季)开学/g,
  extract(m) {
    return point({ year: null, month: m.groups?.s === '春季' ? 2 : 9, day: null, ...IMPLICIT_YEAR });
  },
};

/** All parsers, in priority order: each Gregorian rule, then its ROC and 民国 forms. */
export const DATE_PARSERS: readonly DateParser[] = [
  isoDateRule(GREGORIAN),
  isoDateRule(ROC),
  isoMonth,
  dottedRangeRule(GREGORIAN),
  dottedRangeRule(ROC),
  yearRange,
  rocYearRange,
  rocSchoolYear,
  schoolYearOne,
  yearMonthDayRule(GREGORIAN),
  yearMonthDayRule(ROC),
  yearMonthDayRule(MINGUO),
  monthRangeRule(GREGORIAN),
  monthRangeRule(ROC),
  monthRangeRule(MINGUO),
  daySpanRule(GREGORIAN),
  daySpanRule(ROC),
  daySpanRule(MINGUO),
  monthDay,
  bareDayRange,
  festival,
  planPeriod,
  relativeYear,
  yearBoundary,
  halfYear,
  termStart,
];
