// Roles: change (增加19人), target (力争…达到), actual (已完成…); else the document's genre decides.
import type { MetricRole, Section, SectionRole } from '../../schema/document.js';
import { cut } from '../../nlp/segmenter.js';
import type { DocKind } from '../../facts/lexicon.js';
import type { SectionYear } from '../../facts/types.js';
import { ACTUAL_CUES, CHANGE_CUES, TARGET_CUES, WEAK_TARGET_CUES } from './lexicon.js';
import type { Candidate } from './types.js';

const TARGET_WORDS = new Set(TARGET_CUES);
const WEAK_TARGET_WORDS = new Set(WEAK_TARGET_CUES);
const ACTUAL_WORDS = new Set(ACTUAL_CUES);
const SENTENCE_END = /[。;；!！?？\n]/;
/** The role a document's genre implies: a report's figures are actual, a plan's targets. */
export function genreRole(genre: DocKind | 'mixed' | null): MetricRole | null {
  return genre === 'plan' ? 'target' : genre === 'report' || genre === 'mixed' ? 'actual' : null;
}

/** Is the number right after a verb of change (比去年增加19人, 提高2个百分点)? 新增 counts new things. */
export function isChange(before: string): boolean {
  const b = before.replace(/[了约近]+$/, '');
  if (b.endsWith('新增')) return false;
  return CHANGE_CUES.some((w) => b.endsWith(w));
}

/** How far a sentence is read on each side of a metric (flattened text may lack full stops). */
const SENTENCE_REACH = 150;

function sentenceAround(text: string, c: Candidate): { before: string; whole: string } {
  const floor = Math.max(0, c.start - SENTENCE_REACH);
  const ceiling = Math.min(text.length, c.end + SENTENCE_REACH);
  let s = c.start;
  while (s > floor && !SENTENCE_END.test(text[s - 1] ?? '')) s--;
  let e = c.end;
  while (e < ceiling && !SENTENCE_END.test(text[e] ?? '')) e++;
  return { before: text.slice(s, c.numberStart), whole: text.slice(s, e) };
}

/** Top-level section roles that say what their figures are (a report's 下一步打算 holds targets). */
const SECTION_ROLES: Readonly<Partial<Record<SectionRole, MetricRole>>> = {
  goals: 'target',
  tasks: 'target',
  measures: 'target',
  timeline: 'target',
  next_steps: 'target',
  achievements: 'actual',
  background: 'actual',
  problems: 'actual',
};

/** The role implied by the top-level section holding `offset`, if its role says one. */
export function sectionRoleAt(sections: readonly Section[], offset: number): MetricRole | null {
  const top = sections.find((s) => offset >= s.span[0] && offset < s.span[1]);
  return top?.role ? SECTION_ROLES[top.role] ?? null : null;
}

/**
 * The role the top-level section holding `offset` gives its figures by the year it names: a review
 * of a year (2023年工作回顾) holds actual figures, a section planning a year after the reviewed one
 * (2024年主要任务 in a government work report) targets.
 */
export function partRoleAt(years: readonly SectionYear[], reviewed: number | null, offset: number): MetricRole | null {
  const part = years.find((y) => y.top && offset >= y.span[0] && offset < y.span[1]);
  if (!part) return null;
  if (part.review) return 'actual';
  return reviewed !== null && part.year > reviewed ? 'target' : null;
}

const YEAR = /(?<![0-9])((?:19|20)[0-9]{2})年/g;

/** Does the sentence speak of a year after the document's own (到2016年, 力争2017年)? */
function namesLaterYear(sentence: string, year: number | null): boolean {
  return year !== null && [...sentence.matchAll(YEAR)].some((m) => Number(m[1]) > year);
}

/**
 * Role of one metric: its words first (a change verb, a target word, a later year, a word of
 * accomplishment), then its section's role or the document's genre (`fallback`).
 */
export function roleOf(text: string, c: Candidate, fallback: MetricRole | null, year: number | null = null): MetricRole | null {
  const { before, whole } = sentenceAround(text, c);
  if (isChange(before)) return 'change';
  if (namesLaterYear(whole, year)) return 'target';
  const words = cut(whole);
  if (words.some((w) => TARGET_WORDS.has(w) || (fallback !== 'actual' && WEAK_TARGET_WORDS.has(w)))) return 'target';
  if (words.some((w) => ACTUAL_WORDS.has(w))) return 'actual';
  return fallback;
}
