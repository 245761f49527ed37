// Word tables for the date rules, over simplified text (the normalizer converts traditional).
import type { DateKind, DateMention } from '../../schema/document.js';

type DateModifier = NonNullable<DateMention['modifier']>;

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
}
export const KIND_WORDS: readonly KindWord[] = [
  { word: '以前', kind: 'deadline' },
  { word: '之前', kind: 'deadline' },
  { word: '前', kind: 'deadline', notBefore: /^[0-9一二三四五六七八九十两几后夕期半]/ },
  { word: '以来', kind: 'start' },
  { word: '以后', kind: 'start' },
  { word: '之后', kind: 'start' },
  { word: '至今', kind: 'start' },
  { word: '开始', kind: 'start' },
  { word: '起', kind: 'start', notBefore: /^[草到来步码始止]/ },
];

/** Words after a date that show it is a site's upload or view stamp, not part of the document. */
export const STAMP_WORDS: readonly string[] = ['发布', '上传', '更新', '浏览', '下载', '阅读'];

/** Words in a title line that name the kind of document (the year before them is its year). */
export const TITLE_WORDS: readonly string[] = [
  '工作要点', '要点', '计划', '规划', '方案', '总结', '报告', '汇报', '思路', '安排', '打算', '意见', '通知', '纲要',
];

/** Words in a title that name a plan part (after a summary: 2017年工作总结和2018年工作计划). */
export const PLAN_TITLE_WORDS: readonly string[] = ['计划', '思路', '打算', '要点', '安排', '规划'];

/** Words in a title that name a review part. */
export const SUMMARY_TITLE_WORDS: readonly string[] = ['总结', '报告', '汇报'];

/** A redacted year as uploads write it (XX年, xx年, ××年, 20XX年, **年): never a date. */
export const REDACTED_YEAR_SOURCE = '(?<![0-9A-Za-z〇○零一二三四五六七八九])(?:(?:19|20)?[Xx×Ｘｘ]{2,4}|[*＊]{2,4}|[○〇]{2})年';
