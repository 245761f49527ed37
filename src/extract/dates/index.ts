// Dates: calendar mentions resolved to ISO (CONTRACT.md § DateMention).
// scan and refine (src/text/calendar) → resolve against the document's year, which the facts
// stage decided (src/facts): this module never infers a year of its own.
import type { DateMention, Section, Warning } from '../../schema/document.js';
import { type DocumentYear, SCHOOL_YEAR_START_MONTH, type SectionYear, sectionYearAt } from '../../facts/index.js';
import { sectionIdAt } from '../../segment/locate.js';
import { capped } from '../../text/caps.js';
import { scan } from '../../text/calendar/engine.js';
import { REDACTED_YEAR_SOURCE } from '../../text/calendar/lexicon.js';
import { refine } from '../../text/calendar/refiners.js';
import { type Reference, type Resolved, type SectionReference, resolveCandidates } from '../../text/calendar/resolve.js';
import type { Calendar, ParseOptions } from '../../text/calendar/types.js';

/** What the dates read from the facts stage. */
export interface DateFacts {
  /** The document's year (null when nothing names one: year-less mentions are then left out). */
  readonly year: DocumentYear | null;
  /** Sections whose titles name a year (2024年工作打算): their year-less mentions take it. */
  readonly sectionYears: readonly SectionYear[];
  /** The calendar the document counts its years in (default gregorian; roc: a bare 112年 is 2023). */
  readonly calendar?: Calendar;
}

export interface DatesResult {
  readonly dates: DateMention[];
  readonly warnings: Warning[];
}

export interface DatesOptions {
  /** Also extract mentions with no number written (年底前, 上半年, 十三五, bare 今年). Default false. */
  readonly vague?: boolean;
}

const REDACTED_YEAR = new RegExp(REDACTED_YEAR_SOURCE, 'g');

function toMention(r: Resolved, text: string, sections: readonly Section[]): DateMention {
  const c = r.candidate;
  return {
    text: text.slice(c.start, c.end),
    value: r.value,
    end: r.end,
    kind: c.kind,
    modifier: c.modifier,
    yearInferred: r.yearInferred,
    sectionId: sectionIdAt(sections, c.start),
    span: [c.start, c.end],
  };
}

/** One warning for the document's redacted years, or none. */
function redactedWarning(text: string): Warning | null {
  const all = [...text.matchAll(REDACTED_YEAR)];
  const first = all[0];
  if (!first) return null;
  return {
    code: 'REDACTED_YEAR',
    message: `${all.length} redacted year${all.length > 1 ? 's' : ''} such as "${first[0]}" left out of the dates`,
    span: [first.index, first.index + first[0].length],
  };
}

/**
 * Every calendar mention of one document's normalized text. Mentions without a written year take
 * the document's year from `facts`, or the year of the section they stand in; without one they
 * are left out with one NO_REFERENCE_YEAR warning.
 */
export function extractDates(text: string, sections: readonly Section[], facts: DateFacts, options: DatesOptions = {}): DatesResult {
  const parse: ParseOptions = { vague: options.vague ?? false, calendar: facts.calendar ?? 'gregorian' };
  const candidates = capped('dates', refine(text, scan(text, parse), parse));
  const own = facts.year;
  const reference: Reference | null = own
    ? { year: own.year, current: own.current, nextYearBefore: own.schoolYear ? SCHOOL_YEAR_START_MONTH : null }
    : null;
  const sectionAt = (offset: number): SectionReference | null => {
    const section = sectionYearAt(facts.sectionYears, offset);
    return section ? { year: section.year, start: section.span[0] } : null;
  };
  const { resolved, unresolved } = resolveCandidates(text, candidates, reference, sectionAt);
  const dates = resolved.map((r) => toMention(r, text, sections));
  const warnings: Warning[] = [];
  const redacted = redactedWarning(text);
  if (redacted) warnings.push(redacted);
  const first = unresolved[0];
  if (first) {
    warnings.push({
      code: 'NO_REFERENCE_YEAR',
      message: `${unresolved.length} date mention${unresolved.length > 1 ? 's' : ''} without a year left out: the document gives no year (use --reference-date)`,
      span: [first.start, first.end],
    });
  }
  return { dates, warnings };
}
