// Data passed between the date parsers, refiners and the resolver (chrono-node's shape).
import type { DateKind, DateMention } from '../../schema/document.js';

type DateModifier = NonNullable<DateMention['modifier']>;

/** The calendar fields of one end of a mention, as written (null = not written). */
export interface DateParts {
  readonly year: number | null;
  readonly month: number | null;
  readonly day: number | null;
  /** Year written relative to the document's reference year: 今年 0, 明年 +1, 去年 −1. */
  readonly yearOffset?: number;
  /** No year word is written (年底前, 上半年): `yearOffset` 0 is assumed, and a section naming a year overrides it. */
  readonly implicitYear?: boolean;
  /** Year written relative to the previous explicit year: 同年 0, 次年 +1. */
  readonly yearFromPrevious?: number;
  /** Only days written (5日至8日): the month and year are those of the mention naming a month just before. */
  readonly monthFromPrevious?: boolean;
}

/** What a parser makes of one match; the engine adds the position. */
export interface Parsed {
  readonly from: DateParts;
  /** The end of a range, null for a single date. */
  readonly to: DateParts | null;
  readonly kind: DateKind;
  readonly modifier: DateModifier | null;
}

/** A parsed mention with its place in the text (UTF-16 offsets, [start, end)). */
export interface Candidate extends Parsed {
  readonly start: number;
  readonly end: number;
  /** Id of the rule that found it (for debugging and tie-breaking). */
  readonly rule: string;
}

/**
 * The calendar a document counts its years in: the Gregorian one, or the ROC (Minguo) calendar of
 * Taiwan documents, whose year 1 is 1912 (112年 = 2023). A fact about the whole document.
 */
export type Calendar = 'gregorian' | 'roc';

/** Switches for the parsers and refiners. */
export interface ParseOptions {
  /**
   * Also extract mentions with no written number: 年底前, 上半年, 秋季开学, bare 今年,
   * plan names (十三五). Off by default: the annotation convention counts only written dates.
   */
  readonly vague: boolean;
  /** The document's calendar (default gregorian): in an ROC document a bare 112年 is 2023. */
  readonly calendar?: Calendar;
}

/** A rule: a global, sticky-free regular expression and what a match means. Null rejects the match. */
export interface DateParser {
  readonly id: string;
  readonly pattern: RegExp;
  /** Only run when `vague` mentions are asked for. */
  readonly vague?: boolean;
  /** Only run in documents counting years in this calendar. */
  readonly calendar?: Calendar;
  extract(match: RegExpExecArray): Parsed | null;
}
