// Shared helpers of the section-builder tests.
import { expect } from 'vitest';
import type { Section } from '../../src/schema/document.js';
import { flattenSections } from '../../src/segment/locate.js';
import { buildSections } from '../../src/segment/sections.js';

/** id number level title, one string per section in document order. */
export function outline(text: string, pageBreaks: readonly number[] = []): string[] {
  return flattenSections(buildSections(text, { pageBreaks })).map((s) => `${s.id} ${s.number} ${s.level} ${s.title}`);
}

/** Spans start at their marker (half-width text), nest in their parent and do not overlap their siblings. */
export function checkSpans(text: string, sections: readonly Section[], outer: readonly [number, number] = [0, text.length]): void {
  let last = outer[0];
  for (const s of sections) {
    expect(text.slice(s.span[0], s.span[0] + s.number.length)).toBe(s.number);
    expect(s.span[0]).toBeGreaterThanOrEqual(last);
    expect(s.span[1]).toBeLessThanOrEqual(outer[1]);
    last = s.span[1];
    checkSpans(text, s.children, s.span);
  }
}
