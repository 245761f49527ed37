// The section builder: numbering markers → a tree of sections with spans (DESIGN.md).
// Candidates (markers.ts) → a consistent outline (outline.ts) → titles (titles.ts) → tree.
import type { Section } from '../schema/document.js';
import { scanMarkers } from './markers.js';
import { inTable, type TableData } from './tables.js';
import { chooseOutline, type OutlineEntry } from './outline.js';
import { restoreLostFirst } from './lost-heading.js';
import { titleAt } from './titles.js';
import { capped } from '../text/caps.js';

export interface SectionContext {
  /** Offsets where page markers were removed: a marker right after one is likely real. */
  readonly pageBreaks?: readonly number[];
  /** The document's tables: their rows ((一)予以公开 0 0 0) are never sections. */
  readonly tables?: readonly TableData[];
}

/** The section tree of one document's text; offsets are UTF-16 indices into `text`. */
export function buildSections(text: string, ctx: SectionContext = {}): Section[] {
  const tables = ctx.tables ?? [];
  // the outline around a table is found as if the table were not there
  const candidates = capped('markers', scanMarkers(text, ctx).filter((c) => !inTable(tables, c.start)));
  return treeOf(text, restoreLostFirst(text, chooseOutline(candidates)));
}

/**
 * Sections whose number is not printed (a lost first heading restored): they start with their title,
 * not with a marker. For a warning.
 */
export function inferredNumbers(text: string, sections: readonly Section[]): Section[] {
  return sections.flatMap((s) => [...(s.title !== '' && text.startsWith(s.title, s.span[0]) ? [s] : []), ...inferredNumbers(text, s.children)]);
}

interface Open {
  readonly section: Section;
  readonly depth: number;
}

/** Builds the tree from the outline: ids from sibling positions, spans to the next marker at the same level or above. */
export function treeOf(text: string, outline: readonly OutlineEntry[]): Section[] {
  const roots: Section[] = [];
  const open: Open[] = [];
  outline.forEach((entry, k) => {
    const { candidate: c, depth } = entry;
    const nextStart = outline[k + 1]?.candidate.start ?? text.length;
    while (open.length && (open[open.length - 1]?.depth ?? 0) >= depth) closeTop(open, c.start);
    const parent = open[open.length - 1]?.section ?? null;
    const siblings = parent ? parent.children : roots;
    const id = parent ? `${parent.id}.${siblings.length + 1}` : String(siblings.length + 1);
    const title = titleAt(text, c.end, nextStart, c.style === 'di-条').title;
    const section: Section = { id, number: c.number, level: open.length + 1, title, role: null, span: [c.start, text.length], children: [] };
    siblings.push(section);
    open.push({ section, depth });
  });
  while (open.length) closeTop(open, text.length);
  return roots;
}

function closeTop(open: Open[], end: number): void {
  const top = open.pop();
  if (top) top.section.span[1] = end;
}
