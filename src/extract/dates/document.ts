// Document-level dates: the year the document speaks from (reference year), its signing
// date (issued) and the years it plans for or reviews (period). Pure over text and mentions.
import type { DateMention, DateValue } from '../../schema/document.js';
import { scan } from './engine.js';
import { PLAN_TITLE_WORDS, REDACTED_YEAR_SOURCE, SUMMARY_TITLE_WORDS, TITLE_WORDS } from './lexicon.js';
import { parseChineseNumeral } from '../numerals.js';
import { refine } from './refiners.js';

export interface Period {
  readonly start: string;
  readonly end: string;
}

export type DocumentYearSource = 'title' | 'doc-number' | 'issued' | 'frequency';

export interface DocumentYear {
  /** The year of bare months (for a school year, of its autumn months). */
  readonly year: number;
  readonly source: DocumentYearSource;
  /** The year of 今年: the signing year, or the second year of a school-year summary. */
  readonly current: number;
  /** A school-year document (2013—2014学年): months before September fall in `year` + 1. */
  readonly schoolYear: boolean;
}

/** First month of a school year: earlier months of a school-year document fall in its second year. */
export const SCHOOL_YEAR_START_MONTH = 8;

/** How much of the start of a document holds its title, doc number and header date. */
const HEAD = 300;
/** How much of the end of a document holds the issuer and the signing date. */
const TAIL = 300;
/** Between a title's year and its kind word (2014年义务教育阶段工作要点): no sentence break. */
const TITLE_GAP = 30;
const SENTENCE_BREAK = /[。，,；;：:！？!?\n]/;
/** Redacted years in a title (教育局XX年工作总结): the summary's own year is unknown. */
const REDACTED = new RegExp(REDACTED_YEAR_SOURCE);

const yearOf = (iso: string): number => Number(iso.slice(0, 4));
const written = (dates: readonly DateMention[]): DateMention[] => dates.filter((d) => !d.yearInferred);

/** A document number at the start of a line near the top: 灞校发〔2014〕05号. */
const DOC_NUMBER = /(?:^|\n)(?:-[0-9]{1,3}-)?[ \t]*[\u4e00-\u9fff]{1,10}[〔【[(（][ \t]?([12][0-9]{3})[ \t]?[〕】\])）][ \t]?第?[0-9]{1,4}[ \t]?号/;

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

interface TitleYears {
  readonly start: number;
  readonly end: number;
  /** The kind word after the year (要点, 总结 …). */
  readonly word: string;
  /** The year is a school year (2014-2015学年). */
  readonly schoolYear: boolean;
}

/**
 * Years named by a title-like phrase in the head: "2014年…工作要点" → 2014–2014; "2014-2015学年…计划"
 * → 2014–2015; "XX年工作总结和2018年工作思路" → 2017–2018 (the summary is of the year before).
 */
function titleYears(text: string, dates: readonly DateMention[], head = HEAD): TitleYears | null {
  for (const d of written(dates)) {
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
        const earlier = written(dates).find((e) => e.span[0] >= before.start && e.span[1] <= d.span[0]);
        if (earlier) return { start: yearOf(earlier.value), end, word: '总结', schoolYear: false };
        if (REDACTED.test(before.text) || !/[0-9]/.test(before.text)) return { start: start - 1, end, word: '总结', schoolYear: false };
      }
    }
    return { start, end, word, schoolYear };
  }
  return null;
}

/** Latest year among the most mentioned ones (a report speaks from its latest busy year). */
function frequentYear(dates: readonly DateMention[]): number | null {
  const counts = new Map<number, number>();
  for (const d of written(dates)) {
    for (const v of d.end ? [d.value, d.end] : [d.value]) counts.set(yearOf(v), (counts.get(yearOf(v)) ?? 0) + 1);
  }
  const max = Math.max(0, ...counts.values());
  if (max === 0) return null;
  const busy = [...counts].filter(([, n]) => n >= max / 2).map(([y]) => y);
  return Math.max(...busy);
}

/**
 * The year a document speaks from, for mentions without a year: its title's year, its document
 * number's year, its signing date's year, or else the latest of its most mentioned years.
 */
export function inferDocumentYear(text: string, dates: readonly DateMention[]): DocumentYear | null {
  const issued = inferIssued(text, dates);
  const issuedYear = issued ? yearOf(issued.value) : null;
  const plain = (year: number, source: DocumentYearSource): DocumentYear => ({ year, source, current: year, schoolYear: false });
  const title = titleYears(text, dates);
  if (title?.schoolYear) {
    // 今年 in a school-year document: the signing year, else the second year for a summary
    const summary = SUMMARY_TITLE_WORDS.includes(title.word);
    const current = issuedYear !== null && issuedYear >= title.start && issuedYear <= title.end ? issuedYear : summary ? title.end : title.start;
    return { year: title.start, source: 'title', current, schoolYear: true };
  }
  // a summary-and-plan title speaks from the summary's year
  if (title) return plain(title.start, 'title');
  const doc = DOC_NUMBER.exec(text.slice(0, HEAD));
  if (doc?.[1]) return plain(Number(doc[1]), 'doc-number');
  if (issued && issuedYear !== null) return plain(reviewedYear(text, issued.value) ?? issuedYear, 'issued');
  const frequent = frequentYear(dates);
  return frequent === null ? null : plain(frequent, 'frequency');
}

/** Last month in which a summary is still about the year before (a report signed in January). */
const REVIEW_SIGNED_UNTIL_MONTH = 2;

/** The year a summary signed early in the next year reviews (2019年1月8日 → 2018), else null. */
function reviewedYear(text: string, issued: string): number | null {
  const month = Number(issued.slice(5, 7));
  if (!month || month > REVIEW_SIGNED_UNTIL_MONTH) return null;
  return text.slice(0, HEAD).includes('总结') ? yearOf(issued) - 1 : null;
}

/** 近三年工作总结, 五年来工作回顾: how many years a title looks back over. */
const YEARS_BACK = /(?:近|这)([二三四五六七八九十两]|[2-9])年|([二三四五六七八九十两]|[2-9])年来/;

function yearsBack(title: string): number | null {
  const m = YEARS_BACK.exec(title);
  const n = m ? (m[1] ?? m[2] ?? '') : '';
  const v = /^[0-9]$/.test(n) ? Number(n) : n === '两' ? 2 : parseChineseNumeral(n);
  return v !== null && v >= 2 && v <= 10 ? v : null;
}

/** Characters that end the words before a date inside a sentence (于2014年…, 截至2014年…). */
const IN_SENTENCE_BEFORE = /[，,。；;、：:（(“"《于在至到从自止为是的及和与]$/;
/** Longest issuer name that may stand before a signing date on its line. */
const ISSUER_MAX = 30;

/** A written date of at least month precision that can be a signing date. */
const signable = (d: DateMention): boolean => !d.yearInferred && d.kind === 'point' && d.modifier === null && d.value.length >= 7;

/**
 * Whether a date stands alone at the end of a short line (on its own or after an issuer's name),
 * not at the end of a wrapped line of a sentence.
 */
function standsAlone(text: string, d: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
  const prefix = text.slice(lineStart, d.span[0]);
  if (prefix.length > ISSUER_MAX || SENTENCE_BREAK.test(prefix) || IN_SENTENCE_BEFORE.test(prefix)) return false;
  return /^[ \t]*(?:\n|$)/.test(text.slice(d.span[1], d.span[1] + 40));
}

/**
 * The signing date: one followed by 印发; else the last date standing alone near the end
 * (after the issuer); else one standing alone in the header of the document.
 */
export function inferIssued(text: string, dates: readonly DateMention[]): DateValue | null {
  const candidates = dates.filter(signable);
  const value = (d: DateMention): DateValue => ({ text: d.text, value: d.value, span: d.span });
  const printed = candidates.find((d) => /^[ \t]*(?:印发|签发|制发)/.test(text.slice(d.span[1], d.span[1] + 6)));
  if (printed) return value(printed);
  const tailStart = text.trimEnd().length - TAIL;
  const tail = candidates.filter((d) => d.span[0] >= tailStart && standsAlone(text, d)).at(-1);
  if (tail) return value(tail);
  const header = candidates.find((d) => d.span[0] < HEAD && standsAlone(text, d));
  return header ? value(header) : null;
}

/** Years named in a title string (run through the same parsers, plan names included). */
function periodFromTitle(title: string): Period | null {
  const found = refine(title, scan(title, { vague: true })).filter((c) => c.from.year !== null);
  const first = found[0];
  if (!first || first.from.year === null) return null;
  const ranged = found.find((c) => c.to?.year != null);
  if (ranged?.from.year != null && ranged.to?.year != null) return { start: String(ranged.from.year), end: String(ranged.to.year) };
  const years = found.map((c) => c.from.year ?? first.from.year ?? 0);
  const last = Math.max(...years);
  if (years.length === 1) {
    const before = title.slice(0, first.start);
    const after = title.slice(first.end);
    const summaryThenPlan = SUMMARY_TITLE_WORDS.some((w) => before.includes(w)) && PLAN_TITLE_WORDS.some((w) => after.includes(w));
    if (summaryThenPlan) return { start: String(last - 1), end: String(last) };
  }
  return { start: String(Math.min(...years)), end: String(last) };
}

/**
 * The years a plan covers or a report reviews: from the title (given, or found in the head),
 * else from the span of a timeline of dated phases, else the document's own year.
 */
export function inferPeriod(text: string, dates: readonly DateMention[], title?: string | null): Period | null {
  if (title) {
    const fromTitle = periodFromTitle(title);
    if (fromTitle) return fromTitle;
  }
  const head = titleYears(text, dates);
  if (head) return { start: String(head.start), end: String(head.end) };
  const phases = written(dates).filter((d) => d.kind === 'range' && d.end !== null && d.value.length >= 7);
  if (phases.length >= 2) {
    const start = Math.min(...phases.map((d) => yearOf(d.value)));
    const end = Math.max(...phases.map((d) => yearOf(d.end ?? d.value)));
    return { start: String(start), end: String(end) };
  }
  const year = inferDocumentYear(text, dates);
  if (!year) return null;
  // 近三年工作总结 signed in 2019 reviews 2016–2018
  const back = yearsBack(title ?? text.slice(0, HEAD));
  return { start: String(back ? year.year - back + 1 : year.year), end: String(year.year) };
}
