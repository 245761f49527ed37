// Internal data of the metrics extractor: what a rule finds before refiners label it.
import type { Dimension, Qualifier } from '../../schema/document.js';

/** A metric as a rule reads it: numbers, unit and qualifier; label, role and section come later. */
export interface Candidate {
  readonly rule: string;
  /** [start, end) of the whole mention (qualifier words included), UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
  /** Where the first number starts (after a qualifier prefix). */
  readonly numberStart: number;
  /** The first number as written (一百二十, 3.12). */
  readonly numeral: string;
  readonly value: number;
  readonly max: number | null;
  readonly unit: string;
  readonly dimension: Dimension;
  readonly normalized: { readonly value: number; readonly unit: string } | null;
  readonly qualifier: Qualifier;
  /** Did the rule see a qualifier prefix (近千万元)? Bare magnitudes need one. */
  readonly prefixed: boolean;
  /**
   * Where words standing between a qualifier and the number start (至多得推派10队: 得推派). The
   * mention runs from the qualifier; labels and roles read these words as those before the number.
   */
  readonly between?: number;
}

/** A rule: a pattern the engine scans for, and a function building a candidate from one match. */
export interface MetricRule {
  readonly id: string;
  /** Must carry the g flag; the engine copies it before scanning. */
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, text: string): Candidate | null;
}

/** A refiner: a pure function over the whole candidate list (drops, merges, widens). */
export interface Refiner {
  readonly id: string;
  refine(candidates: readonly Candidate[], text: string): Candidate[];
}
