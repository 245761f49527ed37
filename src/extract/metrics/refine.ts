// Refiners: drop what is not a metric (calendar years, ordinals, names), keep the longest of
// overlapping candidates, and widen rates (500元/生). Each is a pure function over the list.
import { ARTICLE_VERBS, NAME_PHRASES, NUMERAL_WORDS, UNITS, YEAR_SUFFIX_UNITS } from './lexicon.js';
import { isArabic, isBareMagnitude, isDigitRun } from './number.js';
import { attachCurrencies } from './refiners/currency.js';
import { dropTimePlacing } from './refiners/durations.js';
import { boundNotes, qualifiersAcrossVerbs, qualifiersOfLists } from './refiners/qualifiers.js';
import type { Candidate, Refiner } from './types.js';
import { insideBookTitle } from '../../text/book-title.js';

export type { Refiner } from './types.js';

const CN_NUMERAL_CHAR = /[零〇一二两三四五六七八九十百千]/;
const SINGLE_UNITS = new Set(UNITS.map((u) => u.form).filter((f) => f.length === 1));
/** Quote pairs whose short content is a name (“三个一”, 《两基》). */
const QUOTES: Readonly<Record<string, string>> = { '“': '”', '"': '"', '「': '」', '《': '》', '‘': '’' };
/** A quoted name is short: at most this many characters on either side of the mention. */
const QUOTE_REACH = 4;
/** Characters after a unit that make a word of it (一次性, 九年制, 一个样 are not counts). */
const WORD_SUFFIX = /^[性化制样]/;
/** 一件接着一件: one after another. */
const SUCCESSION = '接着';
/** After 一 + measure word, these make set phrases (一条龙, 一条心, 一张网, 一张图, 一张蓝图, 办成一件事). */
const ONE_IDIOM_ENDS = ['龙', '心', '网', '图', '蓝图', '事'];
/** Before a numeral, these make it vague (数十所, 几百人, 若干个): no value to report. */
const VAGUE_BEFORE = /(?:[数几]|若干)$/;
/** Before 一 + measure word, these make it an article, not a count (每一所学校, 是一所, 素质教育的一个窗口). */
const DETERMINER_BEFORE = /(?:[每这那某哪同任的是]|成为)$/;
/** Measure words that after 一 name a kind or a group, not a number (一种风气, 一支队伍, 一批新秀). */
const KIND_MEASURES = new Set(['种', '支', '批', '番', '些']);
/** 一个…的 (一个有道德的人): a description, not a count, when 的 comes this soon. */
const DESCRIPTION_REACH = 12;

/** 点 after a number up to this is an hour of the clock (下午4点), not points. */
const HOURS_A_DAY = 24;

/** A small count times the figure (2×35万千瓦). */
const MULTIPLIER = /(?<![0-9.])[0-9]{1,2}[×*]$/;

const MONTH_AFTER = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月/;

const isYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 1900 && v <= 2100;
/** Years of the Republic of China calendar as Taiwan documents write them (112年 = 2023). */
const isRocYear = (v: number | null): boolean => v !== null && Number.isInteger(v) && v >= 100 && v <= 150;
/** After a ROC year, a name or the rest of a date (112年灾害防救演习, 112年度); a duration is followed by its clause's end or words like 的 来 内. */
const AFTER_DURATION = /^[\s,，。;；:：、)）的来内以多余左上之前后间中里时整半]|^$/;

/** 2014年, 二〇一四年, 2013-2015年 are calendar years (the dates extractor's), not durations; so is 2019 in 2019起. */
const dropCalendarYears: Refiner = {
  id: 'calendar-years',
  refine: (cands, text) =>
    cands.filter((c) => {
      if (YEAR_SUFFIX_UNITS.includes(c.unit) && isArabic(c.numeral) && c.max === null && isYear(c.value)) return false;
      if (c.unit !== '年' && c.unit !== '学年') return true;
      if (MONTH_AFTER.test(text.slice(c.end, c.end + 4))) return false; // 14年3月: a short year
      // 112年灾害防救演习: a ROC year naming what follows, not 112 years
      if (c.unit === '年' && isArabic(c.numeral) && c.max === null && c.qualifier === 'exact' && isRocYear(c.value) && !AFTER_DURATION.test(text.slice(c.end, c.end + 1))) return false;
      if (!isArabic(c.numeral)) return !isDigitRun(c.numeral);
      return !isYear(c.value) && !isYear(c.max);
    }),
};

/** 第二小学, 第十四届, 第3批: ordinals; 前三名: ranks. */
const dropOrdinals: Refiner = {
  id: 'ordinals',
  refine: (cands, text) =>
    cands.filter((c) => {
      const before = text[c.numberStart - 1];
      if (before === '第' || text[c.start - 1] === '第') return false;
      return !(before === '前' && (c.unit === '名' || c.unit === '位'));
    }),
};

/** Arabic numbers that are pieces of something else: 014 (leading zero), 5:2:3, 1.2014年 (a marker then a year). */
const dropFragments: Refiner = {
  id: 'fragments',
  refine: (cands, text) =>
    cands.filter((c) => {
      if (!isArabic(c.numeral)) return true;
      const digits = c.numeral.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
      if (/^0[0-9]/.test(digits)) return false;
      // 2×35万千瓦: two units of 35 万千瓦 each; a number after a multiplier is the figure
      if (MULTIPLIER.test(text.slice(Math.max(0, c.numberStart - 4), c.numberStart))) return true;
      const prev = text[c.numberStart - 1] ?? '';
      // 5:2:3 and 10:30 are pieces; 学时:32学时 is a field and its value
      if (/[:：]/.test(prev) && !/[0-9０-９]/.test(text[c.numberStart - 2] ?? '')) return true;
      if (/[0-9０-９.．:：/+×*]/.test(prev)) return false;
      if (c.unit === '年' && /\.[0-9]{3,}$/.test(digits)) return false;
      return true;
    }),
};

/** 一 + measure word used as an article: 每一所学校, 一支…的队伍, 一个有道德的人. */
const dropArticles: Refiner = {
  id: 'articles',
  refine: (cands, text) =>
    cands.filter((c) => {
      if (c.numeral !== '一' || c.dimension !== 'count' || c.prefixed) return true;
      if (DETERMINER_BEFORE.test(text.slice(Math.max(0, c.start - 2), c.start))) return false;
      // 设计一个笔筒, 走出一条新路: after verbs of making, 一 + measure word introduces the thing made
      if (ARTICLE_VERBS.some((v) => text.startsWith(v, c.start - v.length))) return false;
      if (KIND_MEASURES.has(c.unit)) return false;
      const rest = text.slice(c.end, c.end + DESCRIPTION_REACH);
      const clause = rest.split(/[,，。;；:：!！?？\n“”]/)[0] ?? '';
      return !clause.includes('的');
    }),
};

function insideShortQuote(c: Candidate, text: string): boolean {
  for (let i = c.start - 1; i >= Math.max(0, c.start - QUOTE_REACH); i--) {
    const ch = text[i] ?? '';
    const close = QUOTES[ch];
    if (close !== undefined) {
      const after = text.slice(c.end, c.end + QUOTE_REACH + 1);
      return after.includes(close);
    }
    if (/[\s,，。;；:：、”」》’]/.test(ch)) return false;
  }
  return false;
}

/**
 * How far a 《document name》 reaches on either side of a mention inside it: 《学生社团三年建设发展规划》,
 * 《关于…的九项措施》: a figure inside a document's name is part of the name, not a measurement.
 */
const BOOK_TITLE = { reach: 60, sameLine: true } as const;

/** Names with numerals: 三个一, 一人一档, 十五届三次, “两个确保”, 一次性, 千家万户. */
const dropNames: Refiner = {
  id: 'names',
  refine: (cands, text) =>
    cands.filter((c) => {
      const chinese = !isArabic(c.numeral);
      if (text[c.start - 1] === '届') return false;
      if (chinese && c.value === 0 && c.max === null) return false; // 零件, 零星: no count of nothing is written in words
      // 两年一次, 十五届三次: a numeral + measure word right before makes the pair a name or a frequency
      if (chinese && CN_NUMERAL_CHAR.test(text[c.numberStart - 2] ?? '') && SINGLE_UNITS.has(text[c.numberStart - 1] ?? '')) return false;
      if (chinese && CN_NUMERAL_CHAR.test(text[c.end] ?? '')) return false;
      if (WORD_SUFFIX.test(text.slice(c.end, c.end + 1))) return false;
      if (c.numeral === '一' && ONE_IDIOM_ENDS.some((w) => text.startsWith(w, c.end))) return false;
      // 八项规定, 四次全会, 三次产业, 四套班子: a numeral and measure word naming one thing
      if (chinese && NAME_PHRASES.some((p) => text.startsWith(p, c.end - 1))) return false;
      // 二次发掘, 第二、二节课: 二 before 次 and 节 is an ordinal (a count says 两次)
      if (c.numeral === '二' && (c.unit === '次' || c.unit === '节')) return false;
      // 一件接着一件办, 一年接着一年干: one after another, not a count
      if (c.numeral === '一' && (text.startsWith(SUCCESSION, c.end) || text.slice(0, c.start).endsWith(SUCCESSION))) return false;
      if (!c.prefixed && NUMERAL_WORDS.includes(text.slice(c.numberStart, c.end))) return false; // 一起, 一部分
      if (c.unit === '分' && /[点时:：]/.test(text[c.numberStart - 1] ?? '')) return false; // 8点30分: a time
      if (c.unit === '点' && (c.max ?? c.value) <= HOURS_A_DAY) return false; // 下午2至4点: a time; 100点 are points
      if (chinese && isBareMagnitude(c.numeral) && !c.prefixed && c.qualifier !== 'more_than' && c.rule !== 'percent-words') return false; // 千名, but 百分之百
      if (chinese && VAGUE_BEFORE.test(text.slice(Math.max(0, c.numberStart - 2), c.numberStart))) return false;
      if (insideShortQuote(c, text) || insideBookTitle(text, c.start, c.end, BOOK_TITLE)) return false;
      return true;
    }),
};

/** Overlapping candidates: the longest wins; on a tie, the earlier rule's (it was found first). */
const keepLongest: Refiner = {
  id: 'longest',
  refine: (cands, text) => {
    const byLength = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // positions taken by a kept candidate: linear in the mentions' lengths, however many there are
    const taken = new Uint8Array(text.length + 1);
    const kept: Candidate[] = [];
    for (const c of byLength) {
      if (taken.subarray(c.start, c.end).includes(1)) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** What a rate may be per: 500元/生, 20元/人/天. */
const RATE_SUFFIX = /^(?:\/(?:生|人|年|月|天|日|次|学期|学年|平方米|亩|小时|课时)){1,2}/;

/** 每生每年补助1000元: a rate written before the number, in the same clause. */
const RATE_PREFIX = /每(人|生|名|户|班|校|所|年|月|天|日|周|学期|学年)(?:每(年|月|天|日|周|学期|学年))?[^,，。;；:：、\d]{0,6}$/;
const RATE_PREFIX_REACH = 12;

/** The /生 or 每人每年 of a money figure, as a suffix of the base unit ("/生/年"), or null. */
function ratePer(c: Candidate, text: string): { readonly per: string; readonly written: number } | null {
  const suffix = RATE_SUFFIX.exec(text.slice(c.end));
  if (suffix) return { per: suffix[0], written: suffix[0].length };
  const prefix = RATE_PREFIX.exec(text.slice(Math.max(0, c.start - RATE_PREFIX_REACH), c.start));
  if (!prefix) return null;
  return { per: [prefix[1], prefix[2]].filter(Boolean).map((x) => `/${x}`).join(''), written: 0 };
}

/** Money per head or per year is a rate: 500元/生 (the suffix joins the mention), 每人每年1000元. */
const attachRates: Refiner = {
  id: 'rates',
  refine: (cands, text) =>
    cands.map((c) => {
      if (c.dimension !== 'money') return c;
      const rate = ratePer(c, text);
      if (!rate) return c;
      return {
        ...c,
        end: c.end + rate.written,
        dimension: 'ratio',
        normalized: c.normalized ? { value: c.normalized.value, unit: `${c.normalized.unit}${rate.per}` } : null,
      };
    }),
};

/** What a physical quantity may be per, making a compound unit of it (4.15公里/平方公里, 47微克/立方米). */
const COMPOUND_PER = /^\/(平方公里|平方千米|平方米|立方米|公顷|亩|万人|千人|百人|人次|人|户|秒|分钟|小时|天|日|年|公里|千米|米|升|吨|千克|公斤)(?![口民员])/;

/**
 * A physical quantity per something is a quantity of its own with a compound unit (路网密度4.15公里/
 * 平方公里, PM2.5浓度47微克/立方米): the unit is written whole, the dimension is ratio. Money per head or
 * per year is a rate of money (attachRates, below).
 */
const compoundUnits: Refiner = {
  id: 'compound-units',
  refine: (cands, text) =>
    cands.map((c) => {
      if (c.dimension === 'money' || c.dimension === 'percent' || c.unit.includes('/')) return c;
      const per = COMPOUND_PER.exec(text.slice(c.end, c.end + 6));
      if (!per) return c;
      return { ...c, end: c.end + per[0].length, unit: `${c.unit}${per[0]}`, dimension: 'ratio', normalized: null };
    }),
};

/** A postal code before the place it addresses (10617台北市罗斯福路, 200030上海市): 5 or 6 digits, then a place name. */
const POSTAL_CODE = /^[0-9]{5,6}$/;
const PLACE_AFTER = /^[\u4e00-\u9fff]{1,4}[省市县区]/u;

/** A postal code's digits and the first character of the place after them (台 of 台北市) are no count. */
const dropPostalCodes: Refiner = {
  id: 'postal-codes',
  refine: (cands, text) => cands.filter((c) => !(c.dimension === 'count' && POSTAL_CODE.test(c.numeral) && c.max === null && PLACE_AFTER.test(text.slice(c.end - c.unit.length, c.end + 5)))),
};

/** In order: exclusions first, so an excluded long match does not hide a shorter good one. */
export const REFINERS: readonly Refiner[] = [
  dropCalendarYears,
  dropPostalCodes,
  dropOrdinals,
  dropFragments,
  dropNames,
  dropArticles,
  dropTimePlacing,
  keepLongest,
  qualifiersAcrossVerbs,
  qualifiersOfLists,
  boundNotes,
  attachCurrencies,
  attachRates,
  compoundUnits,
];

export function refine(candidates: readonly Candidate[], text: string, refiners: readonly Refiner[] = REFINERS): Candidate[] {
  return refiners.reduce<Candidate[]>((cands, r) => r.refine(cands, text), [...candidates]);
}
