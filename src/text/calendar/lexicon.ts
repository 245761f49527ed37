// Word tables for the date rules, over simplified text (the normalizer converts traditional).
import type { DateKind, DateMention } from '../../schema/document.js';

type DateModifier = NonNullable<DateMention['modifier']>;

/** First month of a school year (学年度): August; its last is July of the next year. */
export const SCHOOL_YEAR_FIRST_MONTH = 8;

/**
 * Words right after a bare ROC year's 年 that make the number a count of years, not a year
 * (100年历史, 100年来, 110年校庆), as a regex alternation.
 */
export const NOT_ROC_YEAR_AFTER = '历史|来|之久|以上|左右|校庆|老店';

/** Years named relative to the document's own year, with their offset. */
export const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 明年: 1, 来年: 1, 去年: -1, 上年: -1, 前年: -2, 后年: 2,
};

/** Years named relative to the previous year written in the text, with their offset. */
export const PREVIOUS_YEARS: Readonly<Record<string, number>> = {
  同年: 0, 当年: 0, 次年: 1, 翌年: 1,
};

/** Words of a relative year, longest first, as a regex alternation. */
export const RELATIVE_YEAR_WORDS = [...Object.keys(RELATIVE_YEARS), ...Object.keys(PREVIOUS_YEARS)].join('|');

/**
 * Boundary words right after a date: the part of the year or month meant (初/中/底/末 in CONTRACT.md).
 * `after` says which precision they may follow; `notBefore` guards words such as 初中 and 初一.
 */
export interface ModifierWord {
  readonly word: string;
  readonly modifier: DateModifier;
  readonly after: 'year' | 'month' | 'any';
  readonly notBefore?: RegExp;
}
export const MODIFIER_WORDS: readonly ModifierWord[] = [
  { word: '上旬', modifier: 'start', after: 'month' },
  { word: '中旬', modifier: 'mid', after: 'month' },
  { word: '下旬', modifier: 'end', after: 'month' },
  { word: '初', modifier: 'start', after: 'any', notBefore: /^[中一二三级]/ },
  { word: '底', modifier: 'end', after: 'any' },
  { word: '末', modifier: 'end', after: 'any', notBefore: /^[期尾]/ },
];

/** Parts of a year written after it (2014年上半年, 2014年第一季度): they make a range of months. Longest first. */
export const PART_OF_YEAR_WORDS: Readonly<Record<string, readonly [number, number]>> = {
  上半年: [1, 6],
  下半年: [7, 12],
  第一季度: [1, 3],
  第二季度: [4, 6],
  第三季度: [7, 9],
  第四季度: [10, 12],
  一季度: [1, 3],
  二季度: [4, 6],
  三季度: [7, 9],
  四季度: [10, 12],
};

/**
 * Words right after a date that make it a deadline (before) or a start (since), longest first.
 * `notBefore` guards words that begin another word: 前三季度, 起草, 开始于 stays fine.
 */
export interface KindWord {
  readonly word: string;
  readonly kind: DateKind;
  readonly notBefore?: RegExp;
  /** A second guard over the same following text (kept apart so each pattern stays simple). */
  readonly notBeforeAlso?: RegExp;
}

/**
 * Words right before a date that make it a deadline: 到2025年底 / 至2024年 (by then), checked only
 * when no date ends right before the word (then it joins a range). `notAfter` rejects verbs that end
 * in the word (达到, 截至 "as of", 回到).
 */
export interface LeadWord {
  readonly word: string;
  readonly kind: DateKind;
  readonly notAfter: RegExp;
}
/** Verbs that move an event to a new time (延迟到9月份举行): the date is when it happens, not a deadline. */
const MOVED = '|(?:延迟|推迟|延期|顺延|提前|延后|推后|调整|改)$';
export const LEAD_WORDS: readonly LeadWord[] = [
  { word: '到', kind: 'deadline', notAfter: new RegExp(`[达截止回追溯受得看想提感遇收报做来]$${MOVED}`) },
  { word: '至', kind: 'deadline', notAfter: new RegExp(`[截甚乃以及]$${MOVED}`) },
];

/** Words in the clause after 到+date showing a state already reached (到2023年底,已建成…): a point, not a deadline. */
export const REACHED_WORDS: readonly string[] = ['已', '累计', '先后'];
/** Measure words after 前N that make it "the first N …" (2014年前3季度, 前10名), not a deadline followed by a number. */
export const FIRST_N_UNITS: readonly string[] = [
  '季', '个', '名', '位', '天', '日', '周', '月', '年', '批', '项', '次', '轮', '强', '章', '页', '条', '家', '所', '款',
  '类', '期', '届', '小时', '%', '成',
];
const FIRST_N = new RegExp(`^ ?[0-9]{1,4} ?(?:${FIRST_N_UNITS.join('|')})`);

export const KIND_WORDS: readonly KindWord[] = [
  { word: '以前', kind: 'deadline' },
  { word: '之前', kind: 'deadline' },
  // 前 then an Arabic number: a deadline glued to the next table row or list item (…31日前3制定…), unless a unit follows
  { word: '前', kind: 'deadline', notBefore: /^[一二三四五六七八九十两几后夕期半]/, notBeforeAlso: FIRST_N },
  { word: '以来', kind: 'start' },
  { word: '以后', kind: 'start' },
  { word: '之后', kind: 'start' },
  { word: '至今', kind: 'start' },
  { word: '开始', kind: 'start' },
  { word: '起', kind: 'start', notBefore: /^[草到来步码始止]/ },
];

/** Words after a date that show it is a site's upload or view stamp, not part of the document. */
export const STAMP_WORDS: readonly string[] = ['发布', '上传', '更新', '浏览', '下载', '阅读'];

/** A redacted year as uploads write it (XX年, xx年, ××年, 20XX年, **年): never a date. */
export const REDACTED_YEAR_SOURCE = '(?<![0-9A-Za-z〇○零一二三四五六七八九])(?:(?:19|20)?[Xx×Ｘｘ]{2,4}|[*＊]{2,4}|[○〇]{2})年';
