// Word tables shared by the assemble rules. Every table says what belongs in it;
// rules read them, never inline their own word lists.
import type { DocumentType } from '../schema/document.js';

export type DocKind = 'plan' | 'report';

/** Head nouns a plan or report title ends with, and the kind of document each names. */
export const DOC_KIND_WORDS: readonly { readonly word: string; readonly kind: DocKind }[] = [
  { word: '计划', kind: 'plan' },
  { word: '要点', kind: 'plan' },
  { word: '方案', kind: 'plan' },
  { word: '规划', kind: 'plan' },
  { word: '安排', kind: 'plan' },
  { word: '思路', kind: 'plan' },
  { word: '打算', kind: 'plan' },
  { word: '设想', kind: 'plan' },
  { word: '意见', kind: 'plan' },
  { word: '纲要', kind: 'plan' },
  { word: '总结', kind: 'report' },
  { word: '报告', kind: 'report' },
  { word: '汇报', kind: 'report' },
  { word: '自查', kind: 'report' },
  { word: '述职', kind: 'report' },
  { word: '小结', kind: 'report' },
  { word: '汇报材料', kind: 'report' },
  { word: '总结材料', kind: 'report' },
  { word: '汇报提纲', kind: 'report' },
];

export const KIND_TYPE: Readonly<Record<DocKind, DocumentType>> = { plan: 'work_plan', report: 'summary_report' };

/** Parenthesized qualifiers allowed after a title's head noun: 方案(试行). */
export const TITLE_SUFFIXES: readonly string[] = ['试行', '草案', '征求意见稿', '讨论稿', '修订稿', '修订', '初稿', '送审稿'];

/** Words that open the body of a document; in flattened text they mark where a title stops. */
export const BODY_START_WORDS: readonly string[] = [
  '为了', '为', '根据', '按照', '依据', '遵照', '结合', '围绕', '在', '一年来', '近年来', '多年来', '今年', '去年', '本年',
  '全年', '上半年', '下半年', '年初', '本学期', '新学期', '本学年', '过去', '当前', '目前', '随着', '我校', '本校', '我局',
  '我镇', '我县', '我区', '我市', '我们', '经', '自', '截至', '现将', '尊敬',
];

/** Words a title never starts with: they open a sentence (为了加强…,特制定本方案). */
export const SENTENCE_START_WORDS: readonly string[] = [
  '为了', '为', '根据', '按照', '依据', '遵照', '结合', '围绕', '一年来', '近年来', '今年以来', '现将', '尊敬', '我们', '截至', '特制定', '制定',
  '我校', '我局', '我镇', '我县', '我区', '我市', '本校',
];

/** Joiners between a report word and a plan word in a mixed title: 工作总结和2018年工作思路. */
export const KIND_JOINERS: readonly string[] = ['和', '及', '与', '暨', '并', '、', '兼'];

/** Part labels that introduce a document inside a collection; their line is not a title. */
export const PART_LABEL = /^(?:第[一二三四五六七八九十\d]{1,3}[篇部分]|篇[一二三四五六七八九十\d]{1,3}|附件\s*\d{0,2})/;
