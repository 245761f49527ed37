// Dates: calendar mentions resolved to ISO (CONTRACT.md § DateMention).
// scan (parsers.ts) → refine (refiners.ts) → document year (document.ts) → resolve (resolve.ts).
import type { DateMention, Section, Warning } from '../../schema/document.js';
import { sectionIdAt } from '../../segment/locate.js';
import type { ExtractContext } from '../../types.js';
import { SCHOOL_YEAR_START_MONTH, inferDocumentYear } from './document.js';
import { scan } from './engine.js';
import { REDACTED_YEAR_SOURCE } from './lexicon.js';
import { refine } from './refiners.js';
import { type Reference, type Resolved, type SectionReference, referenceOf, resolveCandidates } from './resolve.js';
import { sectionYearAt, sectionYears } from './section-year.js';

export { inferDocumentYear, inferIssued, inferPeriod } from './document.js';
export type { DocumentYear, Period } from './document.js';

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

/** The year a caller's reference gives ("2014", "2014-03-01"), when any. */
function callerYear(ctx: ExtractContext): number | null {
  if (ctx.referenceYear !== null) return ctx.referenceYear;
  const m = /^([12][0-9]{3})/.exec(ctx.referenceDate ?? '');
  return m ? Number(m[1]) : null;
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
 * Every calendar mention of one document's normalized text. Mentions without a written year
 * take the document's own year (title, document number, signing date) or else the caller's
 * reference (`ctx`); without either they are left out with one NO_REFERENCE_YEAR warning.
 */
export function extractDates(
  text: string,
  sections: readonly Section[],
  ctx: ExtractContext,
  options: DatesOptions = {},
): DatesResult {
  const candidates = refine(text, scan(text, { vague: options.vague ?? false }));
  // first pass: the mentions whose year is written tell which year the document speaks from
  const writtenOnly = resolveCandidates(text, candidates, null)
    .resolved.filter((r) => !r.yearInferred)
    .map((r) => toMention(r, text, sections));
  const own = inferDocumentYear(text, writtenOnly);
  const caller = callerYear(ctx);
  const reference: Reference | null =
    own && (own.source !== 'frequency' || caller === null)
      ? { year: own.year, current: own.current, nextYearBefore: own.schoolYear ? SCHOOL_YEAR_START_MONTH : null }
      : referenceOf(caller);

  // sections titled with one year (2024年工作打算, 明年工作思路) give their own mentions that year
  const years = sectionYears(sections, reference?.current ?? null);
  const sectionAt = (offset: number): SectionReference | null => {
    const section = sectionYearAt(years, offset);
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
