// Shared helpers for the date tests: run the extractor and check every span against the text.
import { expect } from 'vitest';
import { type DateFacts, type DatesOptions, extractDates } from '../../../src/extract/dates/index.js';
import type { DateMention, Section, Warning } from '../../../src/schema/document.js';
import { factsOf } from '../../facts/helpers.js';

/** The year facts of `text` as the pipeline decides them; `reference` is --reference-date. */
export function dateFacts(text: string, reference: string | number | null = null, sections: readonly Section[] = []): DateFacts {
  return factsOf(text, { reference, sections });
}

/** Compact view of a mention: [text, value, end, kind, modifier, yearInferred]. */
export type Row = [string, string, string | null, DateMention['kind'], DateMention['modifier'], boolean];

export function run(text: string, referenceYear: number | null = null, options: DatesOptions = {}): { dates: DateMention[]; warnings: Warning[] } {
  const result = extractDates(text, [], dateFacts(text, referenceYear), options);
  for (const d of result.dates) expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
  return result;
}

export function rows(text: string, referenceYear: number | null = null, options: DatesOptions = {}): Row[] {
  return run(text, referenceYear, options).dates.map((d) => [d.text, d.value, d.end, d.kind, d.modifier, d.yearInferred]);
}

/** [text, value, end] only, for tests about which mentions are found. */
export function found(text: string, referenceYear: number | null = null, options: DatesOptions = {}): [string, string, string | null][] {
  return run(text, referenceYear, options).dates.map((d) => [d.text, d.value, d.end]);
}
