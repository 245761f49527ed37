// The document's year, decided once from the sources in precedence order (README: "Document
// facts"): date line → signature → title → document number → published metadata date → review
// section → --reference-date → the body's written years → the file's creation date. Planning
// periods (十四五) and target years (到2035年) never decide it.
import type { Calendar } from '../text/calendar/types.js';
import type { MetadataDate } from '../types.js';
import type { DateLineKind } from './date-line.js';
import type { TitleKind } from './kind.js';
import { REDACTED_YEAR_SOURCE, SCHOOL_YEAR_FIRST_MONTH } from '../text/calendar/lexicon.js';
import { PLAN_TITLE_WORDS, SUMMARY_TITLE_WORDS, TITLE_WORDS } from './lexicon.js';
import type { DocumentYear, SectionYear, WrittenDate, YearSource } from './types.js';
import { isPlanPeriod, writtenDates, yearOf } from './written.js';
import { maxOf } from '../text/extremes.js';
import { insideBookTitle } from '../text/book-title.js';

/** First month of a school year: earlier months of a school-year document fall in its second year. */
export const SCHOOL_YEAR_START_MONTH = SCHOOL_YEAR_FIRST_MONTH;
/** Last month in which a summary's signature is still about the year before (a report signed in January). */
const REVIEW_SIGNED_UNTIL_MONTH = 2;
/** How much of the start holds the title line and the genre words. */
const HEAD = 300;
/** Between a title's year and its kind word (2014年义务教育阶段工作要点): no sentence break. */
const TITLE_GAP = 30;
const SENTENCE_BREAK = /[。，,；;：:！？!?\n]/;
const REDACTED = new RegExp(REDACTED_YEAR_SOURCE);

/** Years a title names, and what they mean. */
export interface TitleYears {
  readonly start: number;
  readonly end: number;
  /** The kind word after the year (要点, 总结 …). */
  readonly word: string;
  /** The year is a school year (2014-2015学年). */
  readonly schoolYear: boolean;
}

/** The first kind word (要点, 计划, 总结 …) within TITLE_GAP after `from`, before any sentence break. */
function titleWordAfter(text: string, from: number): string | null {
  const window = text.slice(from, from + TITLE_GAP);
  const stop = window.search(SENTENCE_BREAK);
  const scope = stop < 0 ? window : window.slice(0, stop);
  let best: { word: string; at: number } | null = null;
  for (const word of TITLE_WORDS) {
    const at = scope.indexOf(word);
    if (at >= 0 && (!best || at < best.at)) best = { word, at };
  }
  return best?.word ?? null;
}

/** The text of the title line before `to`, back to the previous sentence break. */
function lineBefore(text: string, to: number): { text: string; start: number } {
  const window = text.slice(Math.max(0, to - TITLE_GAP), to);
  let cut = 0;
  for (let i = window.length - 1; i >= 0; i--) {
    if (SENTENCE_BREAK.test(window[i] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  return { text: window.slice(cut), start: to - window.length + cut };
}

/**
 * Years named by a title-like phrase at the start of `text` (the title itself, or the head of the
 * document): "2014年…工作要点" → 2014–2014; "2014-2015学年…计划" → 2014–2015; "XX年工作总结和
 * 2018年工作思路" → 2017–2018 (the summary is of the year before). Planning periods are not read.
 */
export function titleYears(text: string, head = HEAD, dates: readonly WrittenDate[] = writtenDates(text.slice(0, head + TITLE_GAP))): TitleYears | null {
  const written = dates.filter((d) => !isPlanPeriod(d));
  for (const d of written) {
    if (d.span[0] >= head) break;
    // a title starts its line: only an issuer's name may come before the year (教育局XX年工作总结和…)
    const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
    const prefix = text.slice(lineStart, d.span[0]);
    if (prefix.length > TITLE_GAP || SENTENCE_BREAK.test(prefix)) continue;
    const word = titleWordAfter(text, d.span[1]);
    if (!word) continue;
    const start = yearOf(d.value);
    const end = d.end ? yearOf(d.end) : start;
    const schoolYear = d.end !== null && d.text.includes('学');
    if (PLAN_TITLE_WORDS.includes(word)) {
      const before = lineBefore(text, d.span[0]);
      if (SUMMARY_TITLE_WORDS.some((w) => before.text.includes(w))) {
        const earlier = written.find((e) => e.span[0] >= before.start && e.span[1] <= d.span[0]);
        if (earlier) return { start: yearOf(earlier.value), end, word: '总结', schoolYear: false };
        if (REDACTED.test(before.text) || !/[0-9]/.test(before.text)) return { start: start - 1, end, word: '总结', schoolYear: false };
      }
    }
    return { start, end, word, schoolYear };
  }
  return null;
}

/** Latest year among the most mentioned ones (a report speaks from its latest busy year). */
export function frequentYear(dates: readonly WrittenDate[]): number | null {
  const counts = new Map<number, number>();
  for (const d of dates) {
    // planning periods and targets (到2035年) name years the document looks towards, not its own
    if (isPlanPeriod(d) || d.kind === 'deadline') continue;
    for (const v of d.end ? [d.value, d.end] : [d.value]) counts.set(yearOf(v), (counts.get(yearOf(v)) ?? 0) + 1);
  }
  const max = Math.max(0, ...counts.values());
  if (max === 0) return null;
  const busy = [...counts].filter(([, n]) => n >= max / 2).map(([y]) => y);
  return maxOf(busy);
}

/** Words in a date's clause before it that set a target for that time (目标是要在2020年, 力争2025年). */
const TARGET_BEFORE = /(?:目标|力争|争取|预计|确保)[^，,。；;！？!?\n]{0,8}$/;

/** Whether the date at `at` is the time a target is set for. */
function targetYear(text: string, at: number): boolean {
  return TARGET_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** Longest name of a cited document (《…》) looked through. */
const BOOK_TITLE = { reach: 80, sameLine: false } as const;

/** A date printed by the document: its date line or its signature (with where it came from). */
export interface PrintedDate {
  readonly value: string;
  readonly source: 'date_line' | 'signature';
  /** For a date line: how it is written (a speech's ——date在…会议上 speaks in the moment). */
  readonly lineKind?: DateLineKind;
}

export interface YearInput {
  readonly text: string;
  /** The document's calendar, for the years of its title. */
  readonly calendar: Calendar;
  /** The decided title, or null. */
  readonly title: string | null;
  readonly genre: TitleKind;
  /** Every mention of the text whose year is written. */
  readonly dates: readonly WrittenDate[];
  readonly printed: PrintedDate | null;
  readonly docNumberYear: number | null;
  readonly metadataDates: readonly MetadataDate[];
  /** Section titles naming a written year (read without a current year). */
  readonly sectionYears: readonly SectionYear[];
  readonly referenceDate: string | null;
}

const plain = (year: number, source: YearSource): DocumentYear => ({ year, current: year, schoolYear: false, source });

/** The title's years: read from the decided title, else from a title-like phrase in the head. */
function titleOrHeadYears(input: YearInput): TitleYears | null {
  if (input.title) {
    const titleDates = writtenDates(input.title, input.calendar);
    const own = titleYears(input.title, input.title.length, titleDates);
    if (own) return own;
    // the decided title's own year, whatever kind word follows it (万载县2015年国民经济和社会发展统计公报)
    const first = titleDates.find((d) => !isPlanPeriod(d) && d.kind !== 'deadline');
    if (first) return { start: yearOf(first.value), end: yearOf(first.end ?? first.value), word: '', schoolYear: first.end !== null && first.text.includes('学') };
  }
  return titleYears(input.text, HEAD, input.dates);
}

/** A summary signed early in the next year is about the year before (工作总结 … 2019年1月8日 → 2018). */
function reviewedBySignature(input: YearInput, printed: PrintedDate): number {
  const year = yearOf(printed.value);
  const month = Number(printed.value.slice(5, 7));
  const summary = input.genre !== 'plan' && input.text.slice(0, HEAD).includes('总结');
  return printed.source === 'signature' && month > 0 && month <= REVIEW_SIGNED_UNTIL_MONTH && summary ? year - 1 : year;
}

/** The year a review section names, plus one (一、2023年工作回顾 → a 2024 report), or null. */
function reviewSectionYear(sections: readonly SectionYear[]): number | null {
  const reviews = sections.filter((s) => s.top && s.review).map((s) => s.year);
  return reviews.length > 0 ? maxOf(reviews) + 1 : null;
}

/** The year the document speaks from, or null when nothing names one. */
export function decideYear(input: YearInput): DocumentYear | null {
  const title = titleOrHeadYears(input);
  const printed = input.printed;
  const printedYear = printed ? yearOf(printed.value) : null;
  if (title?.schoolYear) {
    // 今年 in a school-year document: the printed year, else the second year for a summary
    const summary = SUMMARY_TITLE_WORDS.includes(title.word);
    const current = printedYear !== null && printedYear >= title.start && printedYear <= title.end ? printedYear : summary ? title.end : title.start;
    return { year: title.start, current, schoolYear: true, source: 'title' };
  }
  if (printed && printedYear !== null) {
    // a plan signed in December for next year, a summary signed in January: the title's year
    if (title && title.start === title.end && Math.abs(title.start - printedYear) === 1) return plain(title.start, 'title');
    return plain(title ? printedYear : reviewedBySignature(input, printed), printed.source);
  }
  if (title) return plain(title.start, 'title');
  if (input.docNumberYear !== null) return plain(input.docNumberYear, 'doc_number');
  const published = input.metadataDates.find((d) => d.strength === 'published');
  if (published) return plain(yearOf(published.value), 'metadata');
  const review = reviewSectionYear(input.sectionYears);
  if (review !== null) return plain(review, 'review_section');
  const reference = /^([12][0-9]{3})/.exec(input.referenceDate ?? '')?.[1];
  if (reference) return plain(Number(reference), 'reference_date');
  // a year inside a cited document's name (根据《…规划纲要(2011～2025年)》) is that document's
  // …and a year a target is set for (目标是要在2020年大致达到…) is one the document looks towards
  const frequent = frequentYear(input.dates.filter((d) => !insideBookTitle(input.text, d.span[0], d.span[0], BOOK_TITLE) && !targetYear(input.text, d.span[0])));
  if (frequent !== null) return plain(frequent, 'body');
  // when the file was made (PDF CreationDate, Word's created): a copy or a scan may be years later
  const created = input.metadataDates.find((d) => d.strength === 'created');
  return created ? plain(yearOf(created.value), 'metadata') : null;
}
