// The facts of one document, decided once (src/facts/index.ts) and read by every later stage.
// Offsets are UTF-16 indices into the part's text, like every stage before assemble.
import type { DateKind, DateMention, IssuedSource, IssuerSource, Period, PeriodSource, Section, TitleSource, YearSource } from '../schema/document.js';
import type { Calendar } from '../text/calendar/types.js';
import type { Metadata } from '../types.js';
import type { Format } from '../schema/document.js';
import type { DocKind } from './lexicon.js';

/** A mention whose year is written (2024年3月5日, 2023年): what the facts rules read. */
export interface WrittenDate {
  readonly text: string;
  readonly value: string;
  readonly end: string | null;
  readonly kind: DateKind;
  readonly modifier: DateMention['modifier'];
  readonly span: readonly [number, number];
  /** The rule of the calendar grammar that read it (plan-period, year-range …). */
  readonly rule: string;
}

export type { IssuedSource, IssuerSource, PeriodSource, TitleSource, YearSource };

/** The year the document speaks from. */
export interface DocumentYear {
  /** The year of bare months (3月8日前); for a school-year document, of its autumn months. */
  readonly year: number;
  /** The year of 今年 (differs from `year` in a school-year summary written in its second year). */
  readonly current: number;
  /** A school-year document (2013—2014学年): months before September fall in `year` + 1. */
  readonly schoolYear: boolean;
  readonly source: YearSource;
}

/** A date the facts stage read, with the words it came from (span null when it came from metadata). */
export interface FactDate {
  readonly text: string;
  readonly value: string;
  readonly span: readonly [number, number] | null;
}

/** A section whose title names the year its year-less mentions fall in (2024年工作打算). */
export interface SectionYear {
  readonly span: readonly [number, number];
  /** The (last) year the title names. */
  readonly year: number;
  /** The first year it names (过去五年工作回顾 → five years back), else `year`. */
  readonly from: number;
  /** The section reviews that year (2023年工作回顾) rather than planning it. */
  readonly review: boolean;
  /** A top-level section. */
  readonly top: boolean;
}

export interface Facts {
  /** The calendar the document counts its years in (ROC: Taiwan documents, 112年 = 2023), read by every date rule. */
  readonly calendar: Calendar;
  readonly title: string | null;
  readonly titleSource: TitleSource | null;
  readonly titleSpan: readonly [number, number] | null;
  /** The kind of document the title names (计划 → plan, 总结 → report, 总结和…计划 → mixed), or an untitled opening's formula (向大会报告… → report). */
  readonly kind: DocKind | 'mixed' | null;
  /** The kind, or when there is no title the genre its opening words suggest (向大会报告… → report). */
  readonly genre: DocKind | 'mixed' | null;
  readonly issuer: string | null;
  readonly issuerSource: IssuerSource | null;
  readonly docNumber: string | null;
  readonly issued: FactDate | null;
  readonly issuedSource: IssuedSource | null;
  readonly year: DocumentYear | null;
  /** Years named by section titles, for their own year-less mentions. */
  readonly sectionYears: readonly SectionYear[];
  readonly period: Period | null;
  readonly periodSource: PeriodSource | null;
  /** The last year a report reviews (2023 in a report on 2023 that also plans 2024), else null. */
  readonly reviewedYear: number | null;
}

/** What the facts stage reads. */
export interface FactsInput {
  /** The part's normalized text. */
  readonly text: string;
  readonly sections: readonly Section[];
  /** From the splitter: the title on the part's label line, and the collection's title. */
  readonly heading: string | null;
  readonly collectionTitle: string | null;
  /** Offsets in `text` where page markers were removed. */
  readonly pageBreaks: readonly number[];
  /** Normalized titles and dates from the file's metadata (the first part of a file only). */
  readonly metadata: Metadata;
  /** The caller's --reference-date ("YYYY[-MM[-DD]]"), or null. */
  readonly referenceDate: string | null;
  /** The input format: in laid-out formats (PDF, Word) a title may wrap under its issuer's line. */
  readonly format?: Format;
}
