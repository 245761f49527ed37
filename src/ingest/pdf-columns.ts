// Tables without ruling lines: consecutive lines whose pieces fall into the same columns. The
// columns come from the x-ranges the fullest rows cover; every row is then written as wide as the
// table (a piece spanning columns in the first of them), and a label wrapped onto a line of its own
// is joined to the row it belongs to. Pure.
import { dropFakeSpaces, LABEL_MARKER, type Line, type Segment } from './pdf-runs.js';
import { append, maxOf, minOf } from '../text/extremes.js';

/** How far apart (in font sizes) two lines of one table may stand. */
const ROW_GAP = 2.5;
/** Pieces closer than this (in font sizes) to a column overlap it. */
const TOUCH = 0.3;
/** A wrapped label's lines stand closer than rows do: at most this far apart (in font sizes). */
const WRAP_GAP = 1.45;
/** How far (pt) the lines of one wrapped label may start apart. */
const ALIGN = 1.5;
/** How far in (in font sizes) a wrapped label's next line may start (a hanging indent after its marker). */
const HANG = 2.5;
/** Longest line without cell gaps kept inside a table (a label-only row, a wrapped label). */
const LABEL_MAX = 30;

interface Column {
  x0: number;
  x1: number;
}

const pieces = (line: Line): readonly Segment[] => line.segments ?? [];
const near = (a: Line, b: Line): boolean => a.page === b.page && a.y - b.y > 0 && a.y - b.y <= ROW_GAP * Math.max(Math.min(a.size, b.size), 1);
/** A line set no larger than the rows around it (a heading above a table is set larger than its cells). */
const noLarger = (label: Line, rows: readonly Line[]): boolean => label.size <= 1.15 * minOf(rows.map((r) => r.size));

/** Runs of lines that may form one table: two tabular lines or more, short plain lines between them. */
function blocks(lines: readonly Line[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRow(lines[i])) {
      i++;
      continue;
    }
    let end = i + 1;
    for (;;) {
      const prev = lines[end - 1] as Line;
      const next = lines[end];
      if (!next || !near(prev, next)) break;
      if (isRow(next)) end++;
      else if (isLabel(next) && isRow(lines[end + 1]) && noLarger(next, [prev, lines[end + 1] as Line]) && near(next, lines[end + 1] as Line)) end += 2;
      else break;
    }
    if (lines.slice(i, end).filter(isRow).length >= 2) out.push([i, end]);
    i = end;
  }
  return out;
}

function isRow(line: Line | undefined): boolean {
  return line !== undefined && line.tabular && !line.columnXs && pieces(line).length >= 2;
}

function isLabel(line: Line): boolean {
  return !line.tabular && !line.columnXs && pieces(line).length === 1 && [...line.text].length <= LABEL_MAX;
}

/** The columns of a block: the x-ranges that its fullest rows' pieces cover, and any piece standing apart from them. */
function columnsOf(rows: readonly Line[]): Column[] {
  const most = maxOf(rows.map((r) => pieces(r).length));
  const size = Math.max(maxOf(rows.map((r) => r.size)), 1);
  const merge = (segs: readonly Segment[], into: Column[]): Column[] => {
    const cols = [...into.map((c) => ({ ...c }))];
    for (const s of [...segs].sort((a, b) => a.x0 - b.x0)) {
      const hit = cols.find((c) => s.x0 <= c.x1 + TOUCH * size && s.x1 >= c.x0 - TOUCH * size);
      if (hit) {
        hit.x0 = Math.min(hit.x0, s.x0);
        hit.x1 = Math.max(hit.x1, s.x1);
      } else cols.push({ x0: s.x0, x1: s.x1 });
    }
    return cols.sort((a, b) => a.x0 - b.x0);
  };
  const full = merge(rows.filter((r) => pieces(r).length === most).flatMap(pieces), []);
  // pieces of the other rows that overlap no column make columns of their own
  const apart = rows
    .flatMap(pieces)
    .filter((s) => !full.some((c) => s.x0 <= c.x1 + TOUCH * size && s.x1 >= c.x0 - TOUCH * size));
  return apart.length > 0 ? merge(apart, full) : full;
}

/** The row of cells a line makes: each piece in the first column it overlaps (or the nearest). */
function cellsOf(line: Line, columns: readonly Column[]): string[] {
  const cells = columns.map(() => '');
  for (const s of pieces(line)) {
    let k = columns.findIndex((c) => s.x0 <= c.x1 && s.x1 >= c.x0);
    if (k < 0) {
      const mid = (s.x0 + s.x1) / 2;
      k = columns.reduce((best, c, i) => (Math.abs((c.x0 + c.x1) / 2 - mid) < Math.abs(((columns[best]?.x0 ?? 0) + (columns[best]?.x1 ?? 0)) / 2 - mid) ? i : best), 0);
    }
    cells[k] = cells[k] === '' ? s.text : dropFakeSpaces(`${cells[k]} ${s.text}`);
  }
  return cells;
}

/**
 * The column in which `label` (a line of one piece) wraps with the row next to it, or -1: the
 * row's piece in that column starts where the label does, or a little further in (a hanging
 * indent after 5.); the rest of a label (below its row) never opens with a marker.
 */
function wrapsWith(label: Line, row: Line, columns: readonly Column[], labelFirst: boolean): number {
  const piece = pieces(label)[0];
  const size = Math.max(label.size, row.size, 1);
  if (!piece || Math.abs(label.y - row.y) > WRAP_GAP * size) return -1;
  if (!labelFirst && LABEL_MARKER.test(piece.text)) return -1;
  const k = columns.findIndex((c) => piece.x0 <= c.x1 && piece.x1 >= c.x0);
  const column = columns[k];
  if (!column) return -1;
  const own = pieces(row).find((s) => s.x0 <= column.x1 && s.x1 >= column.x0);
  if (!own) return -1;
  const [first, rest] = labelFirst ? [piece, own] : [own, piece];
  return rest.x0 >= first.x0 - ALIGN && rest.x0 <= first.x0 + HANG * size ? k : -1;
}

/**
 * Lines that stand in columns without ruling lines, rewritten as rows of one width: the pieces of
 * each line in their columns, a label wrapped onto a line of its own joined to its row (above or
 * below it), label-only lines kept as rows of their own.
 */
export function alignColumns(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const [start, end] of blocks(lines)) {
    append(out, lines.slice(at, start));
    const block = lines.slice(start, end);
    const columns = columnsOf(block.filter(isRow));
    const columnXs = columns.map((c) => c.x0);
    const left = minOf(columns.map((c) => c.x0));
    const right = maxOf(columns.map((c) => c.x1));
    const rows: { line: Line; cells: string[] }[] = [];
    // the first part of a wrapped label, waiting for its row on the next line
    let carry: { k: number; text: string } | null = null;
    block.forEach((line, i) => {
      const cells = cellsOf(line, columns);
      if (!isRow(line)) {
        // a wrapped label: its first part on a line of its own above the row, or its rest below it
        const below = block[i + 1];
        const down = below ? wrapsWith(line, below, columns, true) : -1;
        const last = rows.at(-1);
        const up = down < 0 && last ? wrapsWith(line, last.line, columns, false) : -1;
        if (down >= 0) {
          carry = { k: down, text: cells[down] ?? '' };
          return;
        }
        if (up >= 0 && last) {
          last.cells[up] = `${last.cells[up] ?? ''}${cells[up] ?? ''}`;
          return;
        }
      }
      if (carry) cells[carry.k] = `${carry.text}${cells[carry.k] ?? ''}`;
      carry = null;
      rows.push({ line, cells });
    });
    for (const { line, cells } of rows) {
      out.push({ ...line, text: cells.join('\t'), tabular: true, x: left, right, columnXs, cells, cellRows: cells.map(() => 1) });
    }
    at = end;
  }
  append(out, lines.slice(at));
  return out;
}
