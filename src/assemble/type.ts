// Work plan or summary report: the title's head noun decides; a mixed or missing title
// falls back on the body (section headings, tense and modality, past vs future dates).
import type { DateMention, DocumentType, Section } from '../schema/document.js';
import { cut } from '../nlp/segmenter.js';
import { type DocKind, KIND_TYPE } from '../facts/lexicon.js';
import type { TitleKind } from '../facts/kind.js';

/** Words showing something done (report) or to be done (plan); counted on jieba tokens so 主要/需要 never count as 要. */
export const TENSE_WORDS: Readonly<Record<DocKind, readonly string[]>> = {
  report: ['了', '已', '已经', '均已', '先后', '累计', '荣获', '一年来', '今年以来', '取得', '圆满完成'],
  plan: ['要', '将', '力争', '确保', '争取', '拟', '务必', '必须', '计划', '预计', '着力'],
};

/** Heading words that only one kind of document uses for its top-level sections. */
export const KIND_HEADING_WORDS: Readonly<Record<DocKind, readonly string[]>> = {
  report: ['主要成绩', '成绩', '成效', '完成情况', '开展情况', '落实情况', '主要做法', '工作回顾', '存在的问题', '存在问题', '不足', '存在的困难', '下一步', '下步', '今后', '工作打算', '努力方向'],
  plan: ['指导思想', '总体思路', '总体要求', '工作目标', '目标任务', '主要任务', '重点任务', '工作任务', '保障措施', '工作措施', '推进措施', '工作步骤', '实施步骤', '时间安排', '进度安排', '组织机构', '组织领导', '领导小组', '基本原则'],
};

export interface TypeDecision {
  readonly type: DocumentType;
  /** False when the evidence was weak: the record gets a LOW_CONFIDENCE_TYPE warning. */
  readonly confident: boolean;
  readonly reason: string;
}

export interface BodyEvidence {
  /** Positive for report, negative for plan. */
  readonly score: number;
  readonly headings: { readonly report: number; readonly plan: number };
  readonly tense: { readonly report: number; readonly plan: number };
  readonly dates: { readonly past: number; readonly future: number };
}

/** Longest section title whose words count as a heading's (一、2019年工作完成情况 and longer ones like it). */
const MAX_HEADING = 24;

function countTokens(text: string, words: readonly string[]): number {
  const set = new Set(words);
  return cut(text).filter((w) => set.has(w)).length;
}

/** Signals in the body; `refYear` (the issue year) splits dates into past and future. */
export function bodyEvidence(text: string, sections: readonly Section[], dates: readonly DateMention[], refYear: number | null): BodyEvidence {
  const headings = { report: 0, plan: 0 };
  for (const s of sections) {
    // a numbered item a sentence long (…,然后再检讨成效) is no heading: its words are the body's
    if (s.title.length > MAX_HEADING) continue;
    if (KIND_HEADING_WORDS.report.some((w) => s.title.includes(w))) headings.report++;
    if (KIND_HEADING_WORDS.plan.some((w) => s.title.includes(w))) headings.plan++;
  }
  const tense = { report: countTokens(text, TENSE_WORDS.report), plan: countTokens(text, TENSE_WORDS.plan) };
  const years = { past: 0, future: 0 };
  if (refYear !== null) {
    for (const d of dates) {
      const y = Number(d.value.slice(0, 4));
      if (y < refYear) years.past++;
      else if (y > refYear) years.future++;
    }
  }
  const total = tense.report + tense.plan;
  // tense is a share in [-1, 1]; a heading weighs as much as a clear tense majority
  const tenseScore = total > 0 ? (tense.report - tense.plan) / total : 0;
  const dateTotal = years.past + years.future;
  const dateScore = dateTotal > 0 ? (years.past - years.future) / dateTotal / 2 : 0;
  const score = headings.report - headings.plan + tenseScore + dateScore;
  return { score, headings, tense, dates: years };
}

/** Below this |score| the body's verdict is a guess. */
const CONFIDENT_SCORE = 0.5;

/** `kind` is what the title names (src/facts); `refYear` the document's year, which splits dates into past and future. */
export function decideType(
  kind: TitleKind,
  text: string,
  sections: readonly Section[],
  dates: readonly DateMention[] = [],
  refYear: number | null = null,
): TypeDecision {
  if (kind === 'plan' || kind === 'report') return { type: KIND_TYPE[kind], confident: true, reason: `title names a ${kind}` };
  const body = bodyEvidence(text, sections, dates, refYear);
  if (kind === 'mixed') {
    // 总结和计划: the review comes first and the plan is its last part, unless the body says plan
    const type = body.score < -CONFIDENT_SCORE ? 'work_plan' : 'summary_report';
    return { type, confident: Math.abs(body.score) >= CONFIDENT_SCORE, reason: `title names both kinds; body score ${body.score.toFixed(2)}` };
  }
  const type = body.score > 0 ? 'summary_report' : 'work_plan';
  return { type, confident: Math.abs(body.score) >= CONFIDENT_SCORE, reason: `no kind word in title; body score ${body.score.toFixed(2)}` };
}
