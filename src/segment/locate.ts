import type { Section } from '../schema/document.js';

/** The id of the deepest section whose span holds `offset`, or null before the first section. */
export function sectionIdAt(sections: readonly Section[], offset: number): string | null {
  for (const s of sections) {
    if (offset >= s.span[0] && offset < s.span[1]) return sectionIdAt(s.children, offset) ?? s.id;
  }
  return null;
}

/** Every section of the tree in document order. */
export function flattenSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children)]);
}
