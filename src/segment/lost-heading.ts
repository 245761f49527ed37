// A first heading whose number was Word's automatic numbering (lost in a .doc, a PDF of one): the
// outline opens at 第二章 after items of an inner style (①…⑤) that stood under the lost 第一章.
// When a short line of its own stands before those items, it is that heading: the section is
// restored there, numbered as the ladder's first (the number is inferred, not printed) and
// holding the items before 第二章.
import type { MarkerCandidate, MarkerStyle } from './markers.js';
import { outranks, type OutlineEntry } from './outline.js';

/** The first marker of the styles whose lost first heading can be restored. */
const FIRST_MARKER: Readonly<Partial<Record<MarkerStyle, string>>> = { 'di-章': '第一章', 'cn-dun': '一、', 'cap-dun': '壹、' };
/** A heading line: short, no sentence punctuation, no figure. */
const HEADING_LINE = /^[\p{Script=Han}A-Za-z“”《》]{2,16}$/u;
/** …but not the document's title or an organ's name on its cover (…实施方案, …学校). */
const NOT_HEADING = /(?:计划|方案|规划|要点|总结|报告|意见|办法|细则|通知|学校|政府|委员会|局|办公室|公司|大学|学院|中心)$/;

/** The nearest heading line before `at` (never the text's first line), skipping lines of running text; null past a table row. */
function headingLineBefore(text: string, at: number): { start: number; end: number } | null {
  const firstLineEnd = text.indexOf('\n');
  let end = text.lastIndexOf('\n', at - 1);
  while (end > firstLineEnd && firstLineEnd >= 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const raw = text.slice(start, end);
    const line = raw.trim();
    if (line.includes('\t')) return null;
    if (HEADING_LINE.test(line)) return NOT_HEADING.test(line) ? null : { start: start + raw.length - raw.trimStart().length, end };
    end = start - 1;
  }
  return null;
}

/** The outline with a lost first heading restored, or as it was. */
export function restoreLostFirst(text: string, outline: readonly OutlineEntry[]): OutlineEntry[] {
  const k = outline.findIndex((e) => e.depth === 1 && FIRST_MARKER[e.candidate.style] !== undefined && e.candidate.ordinal === 2);
  if (k <= 0) return [...outline];
  const second = (outline[k] as OutlineEntry).candidate;
  const before = outline.slice(0, k);
  // the entries before it: all of inner styles, none of its own, the first at the top
  if (before.some((e) => e.candidate.style === second.style || !outranks(second.style, e.candidate.style)) || before[0]?.depth !== 1) return [...outline];
  const first = (before[0] as OutlineEntry).candidate;
  const line = headingLineBefore(text, first.start);
  if (!line) return [...outline];
  const restored: MarkerCandidate = {
    ...second,
    ordinal: 1,
    start: line.start,
    end: line.start,
    number: FIRST_MARKER[second.style] as string,
    prefix: '',
    opensPart: false,
  };
  return [{ candidate: restored, depth: 1 }, ...before.map((e) => ({ ...e, depth: e.depth + 1 })), ...outline.slice(k)];
}
