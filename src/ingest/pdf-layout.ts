// PDF layout: positioned text runs → lines → paragraphs. Pure, so it is tested without pdf.js.
// Coordinates are PDF user space: y grows upwards, so the top of a page has the largest y.
import { alignColumns } from './pdf-columns.js';
import { gridsOf } from './pdf-grid.js';
import { splitStackedRows } from './pdf-stacked-rows.js';
import { dropFakeSpaces, joinWrapped, type Line, median, type PageRuns, type Segment, type TextRun } from './pdf-runs.js';
import { fillGrid, joinContinuedTables, tableLines } from './pdf-table.js';
import { append, maxOf, minOf } from '../text/extremes.js';

export { dropFakeSpaces, type Line, type PageRuns, type TextRun } from './pdf-runs.js';

/** Gap, in font sizes, above which two runs on one line are separate table cells (pdf.js itself splits runs only at gaps over 0.6). */
const CELL_GAP = 0.8;
/** Gap, in font sizes, above which two Latin runs get a space. */
const WORD_GAP = 0.15;

/** A letter-spaced title (报  告, 第 1 页) has wide gaps between single characters: it is no table. A row of single digits is. */
const letterSpaced = (cells: readonly string[]): boolean =>
  (cells.every((cell) => [...cell].length <= 1) && cells.some((cell) => /[^\d\s]/.test(cell))) || spacedHeading(cells);

/** A numbered heading whose words are letter-spaced (一、综    合, 第一章 总    则): its marker and first character, then single characters. */
const SPACED_HEADING_HEAD = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[章节部分篇]\s*)\p{Script=Han}$/u;
const spacedHeading = (cells: readonly string[]): boolean =>
  cells.length <= 6 && SPACED_HEADING_HEAD.test(cells[0] ?? '') && cells.slice(1).every((cell) => /^\p{Script=Han}$/u.test(cell));

/**
 * A parenthesis opened in one piece and closed in a later one (出席人员: 159 人(应出席人数 221 人,出席159 人)):
 * the gaps are a form's spacing inside one sentence, not cell breaks; no table cell leaves one open.
 */
function parenthesisAcross(cells: readonly string[]): boolean {
  // the cell each open parenthesis was opened in, innermost last
  const opened: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    for (const ch of cells[i] ?? '') {
      if (ch === '(' || ch === '（') opened.push(i);
      else if ((ch === ')' || ch === '）') && opened.length > 0 && (opened.pop() as number) < i) return true;
    }
  }
  return false;
}

function joinRuns(runs: readonly TextRun[]): { text: string; tabular: boolean; segments: Segment[] } {
  const pieces: { x0: number; x1: number; text: string }[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const run of runs) {
    const piece = pieces.at(-1);
    const gap = run.x - end;
    const size = Math.max(run.size, 1);
    if (!piece || gap > CELL_GAP * size) pieces.push({ x0: run.x, x1: run.x + run.width, text: run.str });
    else {
      if (gap > WORD_GAP * size && !/\s$/.test(piece.text) && !/^\s/.test(run.str)) piece.text += ' ';
      piece.text += run.str;
      piece.x1 = Math.max(piece.x1, run.x + run.width);
    }
    end = Math.max(end, run.x + run.width);
  }
  const segments = pieces.map((p) => ({ ...p, text: dropFakeSpaces(p.text).trim() })).filter((p) => p.text !== '');
  const cells = segments.map((p) => p.text);
  if (segments.length < 2 || letterSpaced(cells) || parenthesisAcross(cells)) {
    const text = dropFakeSpaces(pieces.map((p) => p.text).join(' ')).trim();
    const first = segments[0];
    const last = segments.at(-1);
    return { text, tabular: false, segments: first && last ? [{ x0: first.x0, x1: last.x1, text }] : [] };
  }
  return { text: cells.join('\t'), tabular: true, segments };
}

/** Whether two runs on one baseline stand a cell gap apart: only then may the page hold a table (and its ruling lines are worth reading). */
export function hasCellGaps(runs: readonly TextRun[]): boolean {
  const sorted = runs.filter((r) => !r.vertical && r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1] as TextRun;
    const b = sorted[i] as TextRun;
    const size = Math.max(a.size, b.size, 1);
    if (Math.abs(a.y - b.y) <= 0.45 * size && b.x - (a.x + a.width) > CELL_GAP * size) return true;
  }
  return false;
}

/** Groups one page's runs into lines: ruled tables row by row, other horizontal text by baseline then x, vertical text by column right to left. */
export function pageLines(page: PageRuns, pageIndex: number): Line[] {
  let runs = page.runs.filter((r) => r.str.trim() !== '');
  const rows: Line[] = [];
  for (const grid of gridsOf(page.rules ?? [])) {
    const { table, rest } = fillGrid(splitStackedRows(grid, runs), runs);
    if (!table) continue;
    append(rows, tableLines(table, pageIndex));
    runs = rest;
  }
  const horizontal = runs.filter((r) => !r.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  let group: TextRun[] = [];
  const flush = (): void => {
    if (group.length === 0) return;
    const sorted = [...group].sort((a, b) => a.x - b.x);
    const { text, tabular, segments } = joinRuns(sorted);
    const first = sorted[0]!;
    const right = maxOf(sorted.map((r) => r.x + r.width));
    if (text !== '') {
      lines.push({ text, page: pageIndex, x: first.x, right, y: median(sorted.map((r) => r.y)), size: maxOf(sorted.map((r) => r.size)), tabular, segments });
    }
    group = [];
  };
  for (const run of horizontal) {
    const anchor = group[0];
    if (anchor && Math.abs(anchor.y - run.y) > 0.45 * Math.max(anchor.size, run.size, 1)) flush();
    group.push(run);
  }
  flush();
  // table rows take their places among the lines by height, each side keeping its own order
  const ordered: Line[] = [];
  let next = 0;
  for (const line of alignColumns(lines)) {
    while (next < rows.length && (rows[next] as Line).y > line.y) ordered.push(rows[next++] as Line);
    ordered.push(line);
  }
  append(ordered, rows.slice(next));
  append(ordered, verticalLines(runs.filter((r) => r.vertical), pageIndex));
  return ordered;
}

// Vertical runs: x is the column, y runs downwards through it; a column is one line.
function verticalLines(runs: readonly TextRun[], pageIndex: number): Line[] {
  const sorted = [...runs].sort((a, b) => b.x - a.x || b.y - a.y);
  const lines: Line[] = [];
  let column: TextRun[] = [];
  const flush = (): void => {
    if (column.length === 0) return;
    const ordered = [...column].sort((a, b) => b.y - a.y);
    const text = dropFakeSpaces(ordered.map((r) => r.str).join('')).trim();
    const first = ordered[0]!;
    // a column's "x" for paragraph purposes is how far down it starts (an indent shows as a lower start)
    const last = ordered.at(-1)!;
    if (text !== '') lines.push({ text, page: pageIndex, x: -first.y, right: -(last.y - last.width), y: first.x, size: first.size, tabular: false });
    column = [];
  };
  for (const run of sorted) {
    const anchor = column[0];
    if (anchor && Math.abs(anchor.x - run.x) > 0.45 * Math.max(anchor.size, run.size, 1)) flush();
    column.push(run);
  }
  flush();
  return lines;
}

/** Page-number lines on their own, matched with all whitespace removed (- 1 -, — 2 —, 第3页 共9页, 3/9, Page 2 of 9). */
const PAGE_NUMBER_PATTERNS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'dashed', pattern: /^[-–—―─~·•]{0,3}\d{1,4}[-–—―─~·•]{0,3}$/ },
  { id: 'di-ye', pattern: /^第[\d一二三四五六七八九十]{1,4}页(?:[,，、/]?共\d{1,4}页)?$/ },
  { id: 'gong-di', pattern: /^共\d{1,4}页[,，、/]?第\d{1,4}页$/ },
  { id: 'slash', pattern: /^\d{1,4}\/\d{1,4}$/ },
  { id: 'page-of', pattern: /^page\d{1,4}(?:of\d{1,4})?$/i },
];

export function isPageNumber(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return PAGE_NUMBER_PATTERNS.some((p) => p.pattern.test(t));
}

/** Share of the page height at the top and bottom where running headers and footers live. */
const BAND = 0.12;
/** How many lines at each end of a page may be header or footer. */
const BAND_LINES = 2;

const maskDigits = (s: string): string => s.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Removes page numbers and running headers/footers: lines in the top or bottom band repeated
 * (digits masked) on at least 40% of the pages. A larger-font line (a title equal to the header) stays.
 */
export function removeRunningLines(pages: readonly PageRuns[], linesByPage: readonly (readonly Line[])[]): Line[][] {
  const inBand = (line: Line, page: PageRuns, lines: readonly Line[], i: number): boolean => {
    if (line.x < 0) return false; // vertical columns have no header band here
    const top = i < BAND_LINES && line.y > page.height * (1 - BAND);
    const bottom = i >= lines.length - BAND_LINES && line.y < page.height * BAND;
    return top || bottom;
  };
  // key → sizes of its band lines, and the pages it appears on
  const seen = new Map<string, { pages: Set<number>; sizes: number[] }>();
  linesByPage.forEach((lines, p) => {
    const page = pages[p]!;
    lines.forEach((line, i) => {
      if (!inBand(line, page, lines, i)) return;
      const key = maskDigits(line.text);
      const entry = seen.get(key) ?? { pages: new Set<number>(), sizes: [] };
      entry.pages.add(p);
      entry.sizes.push(line.size);
      seen.set(key, entry);
    });
  });
  // 0.4 rather than half: odd and even pages may carry different headers
  const minPages = Math.max(2, Math.ceil(linesByPage.length * 0.4));
  return linesByPage.map((lines, p) => {
    const page = pages[p]!;
    return lines.filter((line, i) => {
      if (!inBand(line, page, lines, i)) return true;
      if (isPageNumber(line.text)) return false;
      const entry = seen.get(maskDigits(line.text));
      if (!entry || entry.pages.size < minPages) return true;
      // a title that happens to equal the running header is set larger than it
      return line.size > median(entry.sizes) * 1.15;
    });
  });
}

/** A numbering marker that starts a new paragraph (壹、 一、 (一) 1. 1、 (1) ① A. 第一章), in either script (layout comes before conversion). */
const MARKER_START = /^(?:[壹貳贰參参叁肆伍陸陆柒捌玖拾]{1,3}、|[A-Z][.．、](?![A-Za-z0-9])|[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[(（]\d{1,2}[)）]|[①-⑳]|第[一二三四五六七八九十]{1,3}[章节部分阶段条篇])/;
/** Punctuation that ends a sentence or introduces a list. */
const END_PUNCT = /[。！？：；!?:;]$/;

/** Joins lines into paragraphs: one paragraph a line, table rows kept as rows. */
export function buildParagraphs(lines: readonly Line[]): string[] {
  if (lines.length === 0) return [];
  // the body's size is that of the prose: a long table set small must not pass for it (nor its row pitch below)
  const prose = lines.filter((l) => !l.tabular);
  const bodySize = mode((prose.length > 0 ? prose : lines).map((l) => Math.round(l.size * 2) / 2));
  const body = lines.filter((l) => Math.abs(l.size - bodySize) < 0.5 && !l.tabular);
  const globalLeft = mode(body.map((l) => Math.round(l.x)));
  // mirrored margins: odd and even pages may start lines at different x
  const leftByPage = new Map<number, number>();
  for (const page of new Set(body.map((l) => l.page))) {
    const xs = body.filter((l) => l.page === page).map((l) => Math.round(l.x));
    // the margin is the leftmost x that several lines share (indented list items may outnumber body lines)
    const shared = [...new Set(xs)].filter((x) => xs.filter((v) => Math.abs(v - x) <= 1).length >= 2);
    leftByPage.set(page, shared.length > 0 ? minOf(shared) : globalLeft);
  }
  const rights = body.map((l) => l.right).sort((a, b) => a - b);
  const rightEdge = rights[Math.floor(rights.length * 0.8)] ?? 0;
  const pitches: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    // the prose's line pitch: table rows are spaced otherwise
    if (a.page === b.page && a.x >= 0 && b.x >= 0 && !a.tabular && !b.tabular) pitches.push(a.y - b.y);
  }
  const pitch = median(pitches.filter((d) => d > 0));

  const out: string[] = [];
  let current = lines[0]!.text;
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const left = leftByPage.get(line.page) ?? globalLeft;
    const prevLeft = leftByPage.get(prev.page) ?? globalLeft;
    const shifted = { left, rightEdge: rightEdge + prevLeft - globalLeft, bodySize, pitch };
    if (startsParagraph(prev, line, shifted)) {
      out.push(current);
      current = line.text;
    } else {
      current = joinWrapped(current, line.text);
    }
  }
  out.push(current);
  return out;
}

interface Layout {
  readonly left: number;
  readonly rightEdge: number;
  readonly bodySize: number;
  readonly pitch: number;
}

/** A pair of consecutive lines as the paragraph rules see it. */
interface Junction {
  readonly prev: Line;
  readonly line: Line;
  readonly layout: Layout;
  /** The previous line stops well before the right margin. */
  readonly short: boolean;
}

/** Paragraph rules in order: the first that decides says whether `line` starts a new paragraph ('break') or continues ('join'). */
export const PARAGRAPH_RULES: readonly { readonly id: string; readonly decide: (j: Junction) => 'break' | 'join' | null }[] = [
  { id: 'table-row', decide: ({ prev, line }) => (prev.tabular || line.tabular ? 'break' : null) },
  { id: 'font-size-change', decide: ({ prev, line }) => (Math.abs(prev.size - line.size) > 0.15 * Math.max(prev.size, line.size) ? 'break' : null) },
  // a title set larger than the body that wraps onto a second centred line is one paragraph
  { id: 'wrapped-title', decide: ({ prev, line, layout, short }) => (line.size > layout.bodySize * 1.1 && prev.size > layout.bodySize * 1.1 && !short ? 'join' : null) },
  { id: 'first-line-indent', decide: ({ line, layout }) => (line.x > layout.left + 0.8 * Math.max(line.size, 1) ? 'break' : null) },
  // a line a few characters short of the margin, without closing punctuation, wrapped before a long number or word
  {
    id: 'wrapped-early',
    decide: ({ prev, line, layout, short }) =>
      short && /^[A-Za-z0-9]/.test(line.text) && !/\p{P}$/u.test(prev.text) && prev.right > layout.rightEdge - 4 * Math.max(prev.size, 1) ? 'join' : null,
  },
  { id: 'short-line', decide: ({ short }) => (short ? 'break' : null) },
  { id: 'numbering-marker', decide: ({ line }) => (MARKER_START.test(line.text) ? 'break' : null) },
  { id: 'vertical-gap', decide: ({ prev, line, layout }) => (prev.page === line.page && layout.pitch > 0 && prev.y - line.y > 1.8 * layout.pitch ? 'break' : null) },
  {
    id: 'sentence-end',
    decide: ({ prev, line, layout }) => (END_PUNCT.test(prev.text) && prev.right < layout.rightEdge - 0.5 * Math.max(line.size, 1) ? 'break' : null),
  },
];

function startsParagraph(prev: Line, line: Line, layout: Layout): boolean {
  const junction: Junction = { prev, line, layout, short: prev.right < layout.rightEdge - 1.5 * Math.max(prev.size, 1) };
  for (const rule of PARAGRAPH_RULES) {
    const verdict = rule.decide(junction);
    if (verdict !== null) return verdict === 'break';
  }
  return false;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount || (c === bestCount && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/** Share of characters that cannot be real text (private use, control, replacement). */
export function garbageShare(text: string): number {
  let bad = 0;
  let total = 0;
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    total++;
    const c = ch.codePointAt(0)!;
    if ((c >= 0xe000 && c <= 0xf8ff) || c < 0x20 || c === 0xfffd || (c >= 0x7f && c < 0xa0) || c >= 0xf0000) bad++;
  }
  return total === 0 ? 1 : bad / total;
}

/** Lays out a whole document: lines per page, running lines removed, paragraphs joined across pages. */
export function layoutText(pages: readonly PageRuns[]): string {
  const linesByPage = pages.map((p, i) => pageLines(p, i));
  const kept = removeRunningLines(pages, linesByPage);
  return buildParagraphs(joinContinuedTables(kept.flat())).join('\n');
}
