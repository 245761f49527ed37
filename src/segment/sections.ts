// The section builder: numbering markers → a tree of sections with spans (DESIGN.md).
import type { Section } from '../schema/document.js';

export interface SectionContext {
  /** Offsets where page markers were removed: a marker right after one is likely real. */
  readonly pageBreaks?: readonly number[];
}

/** STUB. */
export function buildSections(_text: string, _ctx: SectionContext = {}): Section[] {
  return [];
}
