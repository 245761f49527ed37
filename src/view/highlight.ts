// The document's text with its marks (sections, tables, metrics, dates) woven in, built in one pass
// at generation time, so a 50,000-character report opens as plain HTML with nothing left to compute.
// Marks are [start, end) in code points, as records count spans; they may nest and overlap: a mark
// that crosses the end of an enclosing one is closed there and opened again as a continuation.
import { escapeHtml } from './escape.js';

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Element name: span or mark. */
  readonly tag: 'span' | 'mark';
  /** Attributes already escaped (`class="m money" data-m="3"`), without the id. */
  readonly attrs: string;
  /** Given to the first piece of the mark only (a continuation has none). */
  readonly id?: string;
  /** Extra attributes of the first piece only (tabindex: one stop per mark for the keyboard). */
  readonly firstAttrs?: string;
  /** Among marks with the same span, lower ranks enclose higher ones. */
  readonly rank: number;
}

/** Maps code-point offsets of `text` to UTF-16 indices (identity when the text has no astral characters). */
export function utf16Offsets(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => Math.min(cp, text.length);
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    offsets.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
  }
  offsets.push(text.length);
  return (cp) => offsets[Math.min(Math.max(cp, 0), offsets.length - 1)] ?? text.length;
}

/** The number of code points of `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) i++;
    n++;
  }
  return n;
}

const byStart = (a: Mark, b: Mark): number => a.start - b.start || b.end - a.end || a.rank - b.rank;

/** HTML of `text` (escaped) with `marks` as nested elements. Empty or out-of-range marks are clamped or dropped. */
export function highlight(text: string, marks: readonly Mark[]): string {
  const length = codePointLength(text);
  const toUnit = utf16Offsets(text);
  const usable = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.start < m.end)
    .sort(byStart);
  const ends = new Set<number>();
  for (const m of usable) ends.add(m.end);
  const out: string[] = [];
  const open: Mark[] = [];
  const opened = new Set<Mark>();
  const openTag = (m: Mark): void => {
    const first = !opened.has(m);
    opened.add(m);
    const id = first && m.id !== undefined ? ` id="${escapeHtml(m.id)}"` : '';
    const extra = first ? (m.firstAttrs ? ` ${m.firstAttrs}` : '') : ' data-cont=""';
    out.push(`<${m.tag}${id} ${m.attrs}${extra}>`);
    open.push(m);
  };
  let next = 0; // the next mark to open
  let at = 0; // code points written so far
  const boundaries = [...new Set([0, length, ...usable.map((m) => m.start), ...ends])].sort((a, b) => a - b);
  for (const p of boundaries) {
    if (p > at) {
      out.push(escapeHtml(text.slice(toUnit(at), toUnit(p))));
      at = p;
    }
    // close what ends here; what sits above it and goes on is closed too, then opened again
    if (open.some((m) => m.end === p)) {
      const reopen: Mark[] = [];
      while (open.some((m) => m.end === p)) {
        const top = open.pop() as Mark;
        out.push(`</${top.tag}>`);
        if (top.end !== p) reopen.unshift(top);
      }
      for (const m of reopen) openTag(m);
    }
    while (next < usable.length && (usable[next] as Mark).start === p) openTag(usable[next++] as Mark);
  }
  while (open.length > 0) out.push(`</${(open.pop() as Mark).tag}>`);
  return out.join('');
}
