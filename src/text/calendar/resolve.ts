// Year resolution: a mention without a written year takes it from a nearby written date,
// from 今年/同年, or from the document's reference year (yearInferred).
import { daysInMonth } from './tokens.js';
import type { Candidate, DateParts } from './types.js';

export interface Resolved {
  readonly candidate: Candidate;
  readonly value: string;
  readonly end: string | null;
  readonly yearInferred: boolean;
}

/** How far (UTF-16 units) a written year-and-month carries to later bare months: 2010年1月…;4月…;8月. */
const ANCHOR_REACH = 200;
/** How far a written bare year carries to a later bare month in the same sentence. */
const YEAR_ANCHOR_REACH = 60;
/** How far a mention naming a month carries it to a later range of bare days (3月…,5日至8日). */
const MONTH_ANCHOR_REACH = 100;

const pad = (n: number): string => String(n).padStart(2, '0');

/** ISO form of resolved fields, as precise as written. */
export function isoOf(year: number, month: number | null, day: number | null): string {
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The year a document speaks from, as the resolver uses it. */
export interface Reference {
  /** Year of bare months (3月8日前). */
  readonly year: number;
  /** Year of 今年 (differs from `year` in a school-year summary written in the second year). */
  readonly current: number;
  /** In a school-year document (2013—2014学年), bare months before this one fall in year + 1. */
  readonly nextYearBefore: number | null;
}

/** A plain reference year. */
export const referenceOf = (year: number | null): Reference | null => (year === null ? null : { year, current: year, nextYearBefore: null });

interface Anchor {
  readonly year: number;
  readonly month: number | null;
  readonly end: number;
}

/** The month (and year) a range of bare days at `start` falls in: the last month named close before it, in its paragraph. */
function monthFor(text: string, anchor: Anchor | null, start: number): { year: number; month: number } | null {
  if (anchor === null || anchor.month === null) return null;
  const between = text.slice(anchor.end, start);
  return between.length <= MONTH_ANCHOR_REACH && !/\n\s*\n/.test(between) ? { year: anchor.year, month: anchor.month } : null;
}

/** Whether a written date's year may carry to a later bare month at `start`. */
function anchorReaches(text: string, anchor: Anchor, start: number, month: number): boolean {
  const between = text.slice(anchor.end, start);
  if (/\n\s*\n/.test(between)) return false;
  if (anchor.month === null) return between.length <= YEAR_ANCHOR_REACH && !/[。；;！？\n]/.test(between);
  return between.length <= ANCHOR_REACH && anchor.month <= month;
}

/** The year a section title names for the mentions in its span (2024年工作打算), and where that section starts. */
export interface SectionReference {
  readonly year: number;
  readonly start: number;
}

/**
 * Resolves every candidate's year. Mentions that need a reference year when there is none
 * come back in `unresolved`. `sectionAt` gives the year of the nearest enclosing section that
 * names one: it beats the document's year, and anchors written before that section.
 */
export function resolveCandidates(
  text: string,
  candidates: readonly Candidate[],
  reference: Reference | null,
  sectionAt: (offset: number) => SectionReference | null = () => null,
): { resolved: Resolved[]; unresolved: Candidate[] } {
  const resolved: Resolved[] = [];
  const unresolved: Candidate[] = [];
  let lastWrittenYear: number | null = null;
  let anchor: Anchor | null = null;
  /** The last resolved mention naming a month, for ranges of bare days after it. */
  let monthAnchor: Anchor | null = null;

  const yearFor = (p: DateParts, start: number): { year: number | null; inferred: boolean; anchored: boolean } => {
    if (p.year !== null) return { year: p.year, inferred: false, anchored: false };
    if (p.implicitYear) {
      const section = sectionAt(start);
      if (section !== null) return { year: section.year, inferred: true, anchored: false };
    }
    if (p.yearOffset !== undefined) return { year: reference === null ? null : reference.current + p.yearOffset, inferred: true, anchored: false };
    if (p.yearFromPrevious !== undefined) {
      const base = lastWrittenYear ?? reference?.current ?? null;
      return { year: base === null ? null : base + p.yearFromPrevious, inferred: true, anchored: false };
    }
    const section = sectionAt(start);
    const anchorInside = anchor !== null && (section === null || anchor.end > section.start);
    if (anchor && anchorInside && p.month !== null && anchorReaches(text, anchor, start, p.month)) return { year: anchor.year, inferred: true, anchored: true };
    if (section !== null) return { year: section.year, inferred: true, anchored: false };
    if (reference === null) return { year: null, inferred: true, anchored: false };
    const next = reference.nextYearBefore !== null && p.month !== null && p.month < reference.nextYearBefore;
    return { year: next ? reference.year + 1 : reference.year, inferred: true, anchored: false };
  };

  for (const c of candidates) {
    if (c.from.monthFromPrevious) {
      // 5日至8日 with no month named before it cannot be placed: it is left out, not a missing year
      const placed = monthFor(text, monthAnchor, c.start);
      const last = c.to?.day ?? c.from.day;
      if (placed === null || c.from.day === null || last === null || last > daysInMonth(placed.year, placed.month)) continue;
      const end = c.to ? isoOf(placed.year, placed.month, c.to.day) : null;
      resolved.push({ candidate: c, value: isoOf(placed.year, placed.month, c.from.day), end, yearInferred: true });
      monthAnchor = { year: placed.year, month: placed.month, end: c.end };
      continue;
    }
    const from = yearFor(c.from, c.start);
    if (from.year === null) {
      unresolved.push(c);
      continue;
    }
    let end: string | null = null;
    let endYear = from.year;
    let endMonth = c.from.month;
    if (c.to) {
      const to = c.to;
      if (to.year !== null) endYear = to.year;
      else if (to.yearOffset !== undefined && !to.implicitYear && reference !== null) endYear = reference.current + to.yearOffset;
      else if (to.month !== null && c.from.month !== null && to.month < c.from.month) endYear = from.year + 1; // 11月—3月
      endMonth = to.month ?? (to.day !== null ? c.from.month : null);
      end = isoOf(endYear, endMonth, to.day);
    }
    resolved.push({ candidate: c, value: isoOf(from.year, c.from.month, c.from.day), end, yearInferred: from.inferred });
    if (c.from.year !== null && c.rule !== 'plan-period') lastWrittenYear = c.to?.year ?? c.from.year;
    // written dates (and those anchored on them) carry their year to the bare months after them; a
    // planning period's name (十三五 → 2016–2020) is no year a month is in (布局“十三五”目标,6月份前报送)
    if ((!from.inferred || from.anchored) && c.rule !== 'plan-period') anchor = { year: endYear, month: endMonth, end: c.end };
    if (endMonth !== null) monthAnchor = { year: endYear, month: endMonth, end: c.end };
  }
  return { resolved, unresolved };
}
