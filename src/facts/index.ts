// Facts: the document's title, issuer, number, issue date, year and period, decided once from
// everything the part and its file carry (text header and tail, metadata, the caller's
// reference date) and passed down to extraction and assembly. Pure over plain data.
import { type DateLineKind, findDateLine, headerStandingDate, meetingDate } from './date-line.js';
import { findDocNumber, metadataDocNumber } from './doc-number.js';
import { findIssuer, metadataIssuer } from './issuer.js';
import { documentGenre, openingKind, titleKind } from './kind.js';
import { decidePeriod, MINUTES_TITLE } from './period.js';
import { sectionYears } from './section-years.js';
import { closingSignature, printedDate, type Signature, signatures, tailDate } from './signature.js';
import { headerEnd } from './text.js';
import { calendarOf } from '../text/calendar/roc.js';
import { findTitle, type TitleResult } from './title.js';
import type { FactDate, Facts, FactsInput, IssuedSource } from './types.js';
import { decideYear, type PrintedDate } from './year.js';
import { writtenDates } from './written.js';

export type { DocumentYear, Facts, FactsInput, SectionYear, YearSource } from './types.js';
export { SCHOOL_YEAR_START_MONTH } from './year.js';
export { sectionYearAt } from './section-years.js';

/** How much of the end holds a signature that names no organ (a date alone on the last line). */
const TAIL = 200;
/** How much of the start holds a header signature (某某小学 2016年5月 under a report's title). */
const HEAD = 400;

interface IssuedFound {
  readonly date: FactDate;
  readonly source: IssuedSource;
  /** For a date line: how it was written. */
  readonly lineKind?: DateLineKind;
}


const fromText = (text: string, span: readonly [number, number], value: string): FactDate => ({ text: text.slice(span[0], span[1]), value, span });

/**
 * The issue date, first found: a meeting record's 时间: field, the date line under the title, a date followed by 印发, the closing
 * signature (before any attachment), a date standing alone at the end or in the header, a
 * signature-shaped date the calendar grammar does not read (二0一三年三月), and only then a
 * published date from the metadata.
 */
function findIssued(input: FactsInput, written: ReturnType<typeof writtenDates>, end: number, closing: Signature | undefined, minutes: boolean): IssuedFound | null {
  const { text } = input;
  // a meeting record is of the day its 时间: field gives
  const line = (minutes ? meetingDate(text, written) : null) ?? findDateLine(text, written, end);
  if (line) return { date: fromText(text, line.date.span, line.date.value), source: 'date_line', lineKind: line.kind };
  const printed = printedDate(text, written);
  if (printed) return { date: fromText(text, printed.span, printed.value), source: 'printed' };
  const mentionAt = (at: number): string | undefined => written.find((d) => d.span[0] === at)?.value;
  if (closing) return { date: fromText(text, closing.date.span, mentionAt(closing.date.span[0]) ?? closing.date.value), source: 'signature' };
  const tail = tailDate(text, written);
  if (tail) return { date: fromText(text, tail.span, tail.value), source: 'signature' };
  const header = headerStandingDate(text, written);
  if (header) return { date: fromText(text, header.span, header.value), source: 'date_line' };
  const shaped = signatures(text, Math.max(0, text.length - TAIL)).pop() ?? signatures(text, 0, Math.min(text.length, HEAD)).find((s) => s.issuer);
  if (shaped) return { date: fromText(text, shaped.date.span, mentionAt(shaped.date.span[0]) ?? shaped.date.value), source: 'signature' };
  const published = input.metadata.dates.find((d) => d.strength === 'published');
  if (published) return { date: { text: published.value, value: published.value, span: null }, source: 'metadata' };
  return null;
}

/** Where a notice's carried document starts over (its title written again after the notice): the notice is signed just above. */
function carriedStarts(text: string, found: TitleResult): number[] {
  const fromNotice = found.source === 'notice' && found.span !== null;
  // a metadata title that named a notice's carried document (X印发Y的通知 → Y): Y written again as its own start
  if (!fromNotice && !(found.source === 'metadata' && found.title)) return [];
  const name = fromNotice && found.span ? text.slice(found.span[0], found.span[1]) : (found.title as string);
  const out: number[] = [];
  for (let at = text.indexOf(name, fromNotice && found.span ? found.span[1] : 1); at >= 0; at = text.indexOf(name, at + name.length)) {
    // the name quoted again inside the notice (现将《…》印发), or named by its notice's title (…印发Y的通知), is not where the document starts
    if (text[at - 1] !== '《' && !/(?:印发|转发|下发)$/.test(text.slice(Math.max(0, at - 2), at))) out.push(at);
  }
  return out;
}

/**
 * A speech's date line kept in a metadata title (标题: 政府工作报告——2019年1月23日在…会议上), when a
 * scraper moved it there: the day the report was delivered.
 */
function deliveredInMetadata(input: FactsInput, calendar: ReturnType<typeof calendarOf>): string | null {
  for (const { value } of input.metadata.titles) {
    const line = findDateLine(value, writtenDates(value, calendar), value.length);
    if (line && (line.kind === 'dash' || line.kind === 'venue')) return line.date.value;
  }
  return null;
}

/** Decides the facts of one document. */
export function decideFacts(input: FactsInput): Facts {
  const { text, sections } = input;
  const end = headerEnd(text, sections);
  // the calendar first: every date rule below reads years in it
  const calendar = calendarOf(text);
  const written = writtenDates(text, calendar);
  const found = findTitle({
    text,
    sections,
    heading: input.heading,
    collectionTitle: input.collectionTitle,
    pageBreaks: input.pageBreaks,
    metadataTitles: input.metadata.titles.map((t) => t.value),
    laidOut: input.format === 'pdf' || input.format === 'docx' || input.format === 'doc',
  });
  // an untitled document may still say what it is (我代表国务院,向大会报告政府工作)
  const kind = titleKind(found.title) ?? (found.title === null ? openingKind(text) : null);
  const genre = documentGenre(kind, text);
  // a number the document prints wins over the one its metadata gives
  const docNumber = findDocNumber(text, sections) ?? metadataDocNumber((input.metadata.docNumbers ?? []).map((d) => d.value));
  const closing = closingSignature(text, end, carriedStarts(text, found));
  const issued = findIssued(input, written, end, closing, MINUTES_TITLE.test(found.title ?? ''));
  const printed: PrintedDate | null =
    issued && issued.source !== 'metadata' ? { value: issued.date.value, source: issued.source === 'date_line' ? 'date_line' : 'signature' } : null;
  const writtenSections = sectionYears(sections, null);
  const year = decideYear({
    text,
    calendar,
    title: found.title,
    genre,
    dates: written,
    printed,
    docNumberYear: docNumber?.year ?? null,
    metadataDates: input.metadata.dates,
    sectionYears: writtenSections,
    referenceDate: input.referenceDate,
  });
  const allSections = year ? sectionYears(sections, year.current) : writtenSections;
  const line = issued?.source === 'date_line' ? issued.lineKind : null;
  const delivered = line === 'dash' || line === 'venue' ? (issued?.date.value ?? null) : issued?.source === 'metadata' ? deliveredInMetadata(input, calendar) : null;
  const period = decidePeriod({ text, calendar, title: found.title, genre, year, dates: written, sectionYears: allSections, delivered, issued: issued?.date.value ?? null });
  // the title as written (spaces kept) tells joint issuers apart: 中共中央 国务院关于…
  const titleAsWritten = found.span ? text.slice(found.span[0], found.span[1]) : found.title;
  const issuer =
    findIssuer({ text, headerEnd: end, title: titleAsWritten, numberCode: docNumber?.code ?? null, closing, titleSpan: found.span }) ??
    metadataIssuer((input.metadata.issuers ?? []).map((i) => i.value));
  return {
    calendar,
    title: found.title,
    titleSource: found.source,
    titleSpan: found.span,
    kind,
    genre,
    issuer: issuer?.value ?? null,
    issuerSource: issuer?.source ?? null,
    docNumber: docNumber?.value ?? null,
    issued: issued?.date ?? null,
    issuedSource: issued?.source ?? null,
    year,
    sectionYears: allSections,
    period: period?.period ?? null,
    periodSource: period?.source ?? null,
    reviewedYear: period?.reviewed ?? null,
  };
}
