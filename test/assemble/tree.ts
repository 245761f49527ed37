// Test helper: a section tree over a hand-written document, found by its headings.
import type { Section } from '../../src/schema/document.js';

export interface Spec {
  /** The heading as written, marker included: "一、指导思想". */
  readonly head: string;
  readonly children?: readonly Spec[];
}

const MARKER = /^(第[一二三四五六七八九十]+阶段|[(（]?[一二三四五六七八九十\d]+[)）]?[、.．]?)/;

/** Sections for `specs` in order; each runs to the next sibling (or its parent's end). */
export function tree(text: string, specs: readonly Spec[], from = 0, end = text.length, parent = '', level = 1): Section[] {
  const starts: number[] = [];
  let at = from;
  for (const spec of specs) {
    const i = text.indexOf(spec.head, at);
    if (i < 0) throw new Error(`heading not found: ${spec.head}`);
    starts.push(i);
    at = i + spec.head.length;
  }
  return specs.map((spec, k) => {
    const start = starts[k] ?? 0;
    const stop = starts[k + 1] ?? end;
    const marker = MARKER.exec(spec.head)?.[0] ?? '';
    const id = parent ? `${parent}.${k + 1}` : String(k + 1);
    return {
      id,
      number: marker.replace(/[、.．]$/, ''),
      level,
      title: spec.head.slice(marker.length).replace(/[。:：].*$/, ''),
      role: null,
      span: [start, stop] as [number, number],
      children: tree(text, spec.children ?? [], start + spec.head.length, stop, id, level + 1),
    };
  });
}
