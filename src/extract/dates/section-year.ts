// Years named by section titles: in a 2023 summary, the section 三、2024年工作打算 speaks of 2024,
// so its year-less mentions (6月底前, 下半年) take 2024 rather than the document's year.
import type { Section } from '../../schema/document.js';
import { SECTION_NEXT_YEAR_WORDS, SECTION_YEAR_WORDS } from './lexicon.js';

/** A section's span and the year its title names. */
export interface SectionYear {
  readonly span: readonly [number, number];
  readonly year: number;
}

/** Between the year and the kind word (2024年全市科技工作打算): a few characters, no sentence break. */
const YEAR_WORD_GAP = 8;
const BREAK = /[。，,；;：:！？!?、]/;
/** A written year opening the title (2024年, 2024年度); a range (2023—2024年) names no single year. */
const WRITTEN_YEAR = /^([12][0-9]{3})年度?/;

/** Whether a kind word stands within YEAR_WORD_GAP after the year, before any break. */
function kindWordAfter(rest: string): boolean {
  const window = rest.slice(0, YEAR_WORD_GAP + 4);
  const stop = window.search(BREAK);
  const scope = stop < 0 ? window : window.slice(0, stop);
  return SECTION_YEAR_WORDS.some((w) => {
    const at = scope.indexOf(w);
    return at >= 0 && at <= YEAR_WORD_GAP;
  });
}

/**
 * The single year a section title names, or null: "2024年工作打算" → 2024; "明年工作打算" →
 * `current` + 1 (null without a current year). A year not followed by a plan or review word
 * (2023年引进人才11人, a heading run into its body) names nothing.
 */
export function sectionTitleYear(title: string, current: number | null): number | null {
  const t = title.trim();
  const written = WRITTEN_YEAR.exec(t);
  if (written?.[1]) return kindWordAfter(t.slice(written[0].length)) ? Number(written[1]) : null;
  const next = SECTION_NEXT_YEAR_WORDS.find((w) => t.startsWith(w));
  if (next === undefined || current === null) return null;
  const rest = t.slice(next.length).replace(/^度/, '');
  return kindWordAfter(rest) ? current + 1 : null;
}

/** Every section whose title names a single year, deepest last (so a later match is nearer). */
export function sectionYears(sections: readonly Section[], current: number | null): SectionYear[] {
  const out: SectionYear[] = [];
  const walk = (list: readonly Section[]): void => {
    for (const s of list) {
      const year = sectionTitleYear(s.title, current);
      if (year !== null) out.push({ span: s.span, year });
      walk(s.children);
    }
  };
  walk(sections);
  return out;
}

/** The nearest enclosing section naming a year, at `offset`, or null. */
export function sectionYearAt(years: readonly SectionYear[], offset: number): SectionYear | null {
  let best: SectionYear | null = null;
  for (const y of years) {
    if (offset < y.span[0] || offset >= y.span[1]) continue;
    // nested spans: the narrower one is the nearer section
    if (!best || y.span[1] - y.span[0] <= best.span[1] - best.span[0]) best = y;
  }
  return best;
}
