// Years named by section titles: in a 2023 summary, the section 三、2024年工作打算 speaks of 2024,
// so its year-less mentions (6月底前, 下半年) take 2024 rather than the document's year; a
// section 一、2023年工作回顾 reviews 2023 (so the report speaks from 2024).
import type { Section } from '../schema/document.js';
import { SECTION_NEXT_YEAR_WORDS, SECTION_REVIEW_WORDS, SECTION_YEAR_WORDS } from './lexicon.js';
import type { SectionYear } from './types.js';

/** Between the year and the kind word (2024年全市科技工作打算): a few characters, no sentence break. */
const YEAR_WORD_GAP = 8;
const BREAK = /[。，,；;：:！？!?、]/;
/** A written year opening the title (2024年, 2024年度); a range (2023—2024年) names no single year. */
const WRITTEN_YEAR = /^([12][0-9]{3})年度?/;

/** The kind word within YEAR_WORD_GAP after the year, before any break, or null. */
function kindWordAfter(rest: string, words: readonly string[] = SECTION_YEAR_WORDS): string | null {
  const window = rest.slice(0, YEAR_WORD_GAP + 4);
  const stop = window.search(BREAK);
  const scope = stop < 0 ? window : window.slice(0, stop);
  for (const w of words) {
    const at = scope.indexOf(w);
    if (at >= 0 && at <= YEAR_WORD_GAP) return w;
  }
  return null;
}

export interface TitleYear {
  /** The (last) year named. */
  readonly year: number;
  /** The first year named: earlier than `year` for 过去五年工作回顾. */
  readonly from: number;
  readonly review: boolean;
}

/** 过去一年工作回顾, 上年工作回顾, 五年来工作回顾: a review of the years before the document's own. */
const RELATIVE_REVIEW = /^(?:过去的?|近)?([一二三四五六七八九十两]|[1-9])年(?:来|以来)?|^(?:上|去)一?年(?:度)?/;

function smallNumber(s: string | undefined): number {
  if (s === undefined) return 1;
  if (/^[0-9]$/.test(s)) return Number(s);
  return '一二三四五六七八九十'.indexOf(s) + 1 || (s === '两' ? 2 : 1);
}

/**
 * The single year a section title names, or null: "2024年工作打算" → 2024; "2023年工作回顾" → 2023
 * (a review); "明年工作打算" → `current` + 1 (null without a current year). A year not followed by a
 * plan or review word (2023年引进人才11人, a heading run into its body) names nothing.
 */
export function sectionTitleYear(title: string, current: number | null): TitleYear | null {
  const t = title.trim();
  const written = WRITTEN_YEAR.exec(t);
  if (written?.[1]) {
    const rest = t.slice(written[0].length);
    const word = kindWordAfter(rest);
    if (word === null) return null;
    const year = Number(written[1]);
    return { year, from: year, review: kindWordAfter(rest, SECTION_REVIEW_WORDS) !== null };
  }
  if (current === null) return null;
  const relative = RELATIVE_REVIEW.exec(t);
  if (relative && kindWordAfter(t.slice(relative[0].length), SECTION_REVIEW_WORDS) !== null) {
    const back = t.startsWith('上') || t.startsWith('去') ? 1 : smallNumber(relative[1]);
    return { year: current - 1, from: current - back, review: true };
  }
  const next = SECTION_NEXT_YEAR_WORDS.find((w) => t.startsWith(w));
  if (next === undefined) return null;
  const rest = t.slice(next.length).replace(/^度/, '');
  return kindWordAfter(rest) ? { year: current + 1, from: current + 1, review: false } : null;
}

/** Every section whose title names a single year, deepest last (so a later match is nearer). */
export function sectionYears(sections: readonly Section[], current: number | null): SectionYear[] {
  const out: SectionYear[] = [];
  const walk = (list: readonly Section[], top: boolean): void => {
    for (const s of list) {
      const named = sectionTitleYear(s.title, current);
      if (named !== null) out.push({ span: s.span, year: named.year, from: named.from, review: named.review, top });
      walk(s.children, false);
    }
  };
  walk(sections, true);
  return out;
}

/** The nearest enclosing section naming a year, at `offset`, or null. */
export function sectionYearAt(years: readonly SectionYear[], offset: number): SectionYear | null {
  let best: SectionYear | null = null;
  for (const y of years) {
    // a section over several years (过去五年工作回顾) names no single year for its mentions
    if (offset < y.span[0] || offset >= y.span[1] || y.from !== y.year) continue;
    // nested spans: the narrower one is the nearer section
    if (!best || y.span[1] - y.span[0] <= best.span[1] - best.span[0]) best = y;
  }
  return best;
}
