// Test helpers: the facts of a hand-written document, as the pipeline decides them.
import { decideFacts, type Facts } from '../../src/facts/index.js';
import type { Section } from '../../src/schema/document.js';
import type { Metadata } from '../../src/types.js';

export interface FactsOptions {
  readonly sections?: readonly Section[];
  readonly metadata?: Metadata;
  /** --reference-date: "YYYY[-MM[-DD]]" (a number is read as a year). */
  readonly reference?: string | number | null;
  readonly heading?: string | null;
}

export function factsOf(text: string, options: FactsOptions = {}): Facts {
  const reference = options.reference ?? null;
  return decideFacts({
    text,
    sections: options.sections ?? [],
    heading: options.heading ?? null,
    collectionTitle: null,
    pageBreaks: [],
    metadata: options.metadata ?? { titles: [], dates: [] },
    referenceDate: reference === null ? null : String(reference),
  });
}
