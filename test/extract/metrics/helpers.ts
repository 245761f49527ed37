// Test helpers: run the extractor on one sentence written by us, check spans on every metric.
import { expect } from 'vitest';
import { extractMetrics } from '../../../src/extract/metrics/index.js';
import type { Metric, Section } from '../../../src/schema/document.js';

export const ctx = { referenceYear: null, referenceDate: null } as const;

/** Every metric of `text`, after asserting that each span slices back to the metric's text. */
export function metrics(text: string, sections: readonly Section[] = []): Metric[] {
  const found = extractMetrics(text, sections, ctx);
  for (const m of found) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  return found;
}

/** The one metric of `text` (fails when there is not exactly one). */
export function only(text: string): Metric {
  const found = metrics(text);
  expect(found.map((m) => m.text)).toHaveLength(1);
  return found[0] as Metric;
}
