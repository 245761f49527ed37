// Test helpers: run the extractor on one sentence written by us, check spans on every metric.
import { expect } from 'vitest';
import { extractMetrics } from '../../../src/extract/metrics/index.js';
import type { Metric, Section } from '../../../src/schema/document.js';
import { factsOf } from '../../facts/helpers.js';

/** Every metric of `text`, after asserting that each span slices back to the metric's text (facts decided as the pipeline does). */
export function metrics(text: string, sections: readonly Section[] = []): Metric[] {
  const facts = factsOf(text, { sections });
  const found = extractMetrics(text, sections, { year: facts.year?.year ?? null, genre: facts.genre });
  for (const m of found) expect(text.slice(m.span[0], m.span[1])).toBe(m.text);
  return found;
}

/** The one metric of `text` (fails when there is not exactly one). */
export function only(text: string): Metric {
  const found = metrics(text);
  expect(found.map((m) => m.text)).toHaveLength(1);
  return found[0] as Metric;
}

/** Checks a metric's normalized value (closely: it is computed) and unit; null: no normalized value. */
export function expectNormalized(m: Metric, value: number | null, unit: string | null): void {
  if (value === null) {
    expect(m.normalized).toBeNull();
    return;
  }
  expect(m.normalized?.unit).toBe(unit);
  expect(m.normalized?.value).toBeCloseTo(value, 6);
}
