// Ruled tables as text: the runs inside a grid are put into its cells, a cell's lines joined into
// one text, and each grid row written as one line of tab-separated cells, every row as wide as the
// grid (a merged cell's text in its top-left position, the positions it covers empty). Pure.
import type { Grid, GridCell } from './pdf-grid.js';
import { dropFakeSpaces, joinWrapped, LABEL_MARKER, type Line, median, type TextRun } from './pdf-runs.js';
import { maxOf, minOf } from '../text/extremes.js';

/** Gap, in font sizes, above which two Latin runs in a cell get a space. */
const WORD_GAP = 0.15;
/** How far (in font sizes) a run may cross a column border before it is cut there. */
const CROSS = 0.3;
/** Where a glyph's middle sits above its baseline, in font sizes. */
const MID_HEIGHT = 0.35;

/** A table rebuilt from a grid: its rows of cell texts and where it sits on the page. */
export interface GridTable {
  readonly rows: readonly (readonly string[])[];
  /** Per row and cell, the rows it covers (1 for a plain cell, 0 for a position a merged cell covers). */
  readonly rowSpans: readonly (readonly number[])[];
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  /** The rows' y (their middles), top first. */
  readonly rowYs: readonly number[];
  /** The usual font size of its text. */
  readonly size: number;
  /** The column boundaries the kept columns start at (for telling a continuation on the next page). */
  readonly columnXs: readonly number[];
}

const within = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;

/** Cuts a run where it crosses column borders (a run may hold the text of two cells), sharing its width evenly among its characters. */
export function splitAtColumns(run: TextRun, xs: readonly number[]): TextRun[] {
  const chars = [...run.str];
  if (chars.length < 2 || run.vertical) return [run];
  const advance = run.width / chars.length;
  const margin = CROSS * Math.max(run.size, 1);
  const cuts = xs.filter((x) => x > run.x + margin && x < run.x + run.width - margin);
  if (cuts.length === 0) return [run];
  const out: TextRun[] = [];
  let from = 0;
  for (const cut of [...cuts, Number.POSITIVE_INFINITY]) {
    const to = cut === Number.POSITIVE_INFINITY ? chars.length : Math.round((cut - run.x) / advance);
    if (to > from) out.push({ ...run, str: chars.slice(from, to).join(''), x: run.x + from * advance, width: (to - from) * advance });
    from = Math.max(from, to);
  }
  return out;
}

/** A cell's runs as one text: lines top to bottom, runs left to right, a wrapped CJK line joined without a space; vertical text (a narrow row label set upright) column by column, right to left. */
export function cellText(runs: readonly TextRun[]): string {
  const vertical = runs
    .filter((r) => r.vertical)
    .sort((a, b) => b.x - a.x || b.y - a.y)
    .map((r) => r.str.replace(/\s+/g, ''))
    .join('');
  const sorted = runs.filter((r) => !r.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextRun[][] = [];
  for (const run of sorted) {
    const line = lines.at(-1);
    const anchor = line?.[0];
    if (line && anchor && Math.abs(anchor.y - run.y) <= 0.45 * Math.max(anchor.size, run.size, 1)) line.push(run);
    else lines.push([run]);
  }
  let text = '';
  for (const line of lines) {
    let part = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const run of [...line].sort((a, b) => a.x - b.x)) {
      if (part !== '' && run.x - end > WORD_GAP * Math.max(run.size, 1)) part += ' ';
      part += run.str;
      end = Math.max(end, run.x + run.width);
    }
    part = dropFakeSpaces(part.replace(/\s+/g, ' ')).trim();
    if (part === '') continue;
    text = joinWrapped(text, part);
  }
  return dropFakeSpaces(text + vertical);
}

/** The grid cell holding a point, or null outside the grid. */
function cellAt(grid: Grid, byPosition: readonly (GridCell | undefined)[], x: number, y: number): GridCell | null {
  const cols = grid.xs.length - 1;
  const c = grid.xs.findIndex((v, i) => i < cols && x >= v && x <= (grid.xs[i + 1] as number));
  const r = grid.ys.findIndex((v, i) => i < grid.ys.length - 1 && y <= v && y >= (grid.ys[i + 1] as number));
  if (c < 0 || r < 0) return null;
  return byPosition[r * cols + c] ?? null;
}

/** How far (share of the width) a heading's text may stand from the middle of what it heads. */
const CENTRED = 0.1;

/**
 * The column a cell's text belongs at: its own, or that of empty cells on its left when the text is
 * centred over them and it together (WPS may draw a border through a merged heading: 行政诉讼 over
 * an empty cell and its own). Only leftwards: positions right of a text are read as covered anyway.
 */
function centredOver(grid: Grid, byPosition: readonly (GridCell | undefined)[], cell: GridCell, inside: ReadonlyMap<GridCell, readonly TextRun[]>): number {
  const runs = inside.get(cell);
  if (!runs || runs.length === 0 || runs.some((r) => r.vertical)) return cell.col;
  const cols = grid.xs.length - 1;
  const mid = (minOf(runs.map((r) => r.x)) + maxOf(runs.map((r) => r.x + r.width))) / 2;
  const end = grid.xs[cell.lastCol + 1] as number;
  const off = (from: number): number => Math.abs(mid - ((grid.xs[from] as number) + end) / 2);
  let best = cell.col;
  for (let c = cell.col - 1; c >= 0; c--) {
    const left = byPosition[cell.row * cols + c];
    if (!left || left.row !== cell.row || left.lastRow !== cell.lastRow || (inside.get(left)?.length ?? 0) > 0) break;
    if (off(left.col) < off(best) && off(left.col) <= CENTRED * (end - (grid.xs[left.col] as number))) best = left.col;
    c = left.col;
  }
  return best;
}

/**
 * Puts the runs that fall inside the grid into its cells. Returns the table (null when fewer than two
 * rows and two columns hold text: a frame around a paragraph, a box around a title) and the runs left outside it.
 */
export function fillGrid(grid: Grid, runs: readonly TextRun[]): { table: GridTable | null; rest: TextRun[] } {
  const cols = grid.xs.length - 1;
  const rows = grid.ys.length - 1;
  const byPosition: (GridCell | undefined)[] = [];
  for (const cell of grid.cells) {
    for (let r = cell.row; r <= cell.lastRow; r++) for (let c = cell.col; c <= cell.lastCol; c++) byPosition[r * cols + c] = cell;
  }
  const left = grid.xs[0] as number;
  const right = grid.xs.at(-1) as number;
  const top = grid.ys[0] as number;
  const bottom = grid.ys.at(-1) as number;
  const inside = new Map<GridCell, TextRun[]>();
  const rest: TextRun[] = [];
  const taken: TextRun[] = [];
  for (const run of runs) {
    // a vertical run hangs down from its origin
    const midY = run.vertical ? run.y - run.width / 2 : run.y + MID_HEIGHT * run.size;
    const midX = run.vertical ? run.x + run.size / 2 : run.x + run.width / 2;
    if (!within(midY, bottom, top) || !within(midX, left, right)) {
      rest.push(run);
      continue;
    }
    taken.push(run);
    if (run.vertical) {
      const cell = cellAt(grid, byPosition, midX, midY);
      if (cell) inside.set(cell, [...(inside.get(cell) ?? []), run]);
      continue;
    }
    for (const piece of splitAtColumns(run, grid.xs.slice(1, -1))) {
      const cell = cellAt(grid, byPosition, piece.x + piece.width / 2, midY);
      if (!cell) continue;
      inside.set(cell, [...(inside.get(cell) ?? []), piece]);
    }
  }
  const texts = new Map<GridCell, string>([...inside].map(([cell, rs]) => [cell, cellText(rs)]));
  const anchors = new Map(grid.cells.map((cell) => [cell, centredOver(grid, byPosition, cell, inside)]));
  const full: string[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => ''));
  const spans: number[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => 0));
  for (const cell of grid.cells) {
    const row = full[cell.row] as string[];
    const at = anchors.get(cell) ?? cell.col;
    row[at] = texts.get(cell) ?? '';
    (spans[cell.row] as number[])[at] = cell.lastRow - cell.row + 1;
  }
  const keptRows = full.map((_, r) => r).filter((r) => full[r]?.some((t) => t !== ''));
  const keptCols = Array.from({ length: cols }, (_, c) => c).filter((c) => full.some((row) => row[c] !== ''));
  if (keptRows.length < 2 || keptCols.length < 2) return { table: null, rest: [...runs] };
  // a merged cell's row count among the rows kept (rows without any text are dropped)
  const spanOf = (r: number, c: number): number => {
    const n = spans[r]?.[c] ?? 0;
    return n === 0 ? 0 : keptRows.filter((k) => k >= r && k < r + n).length;
  };
  return {
    table: {
      rows: keptRows.map((r) => keptCols.map((c) => full[r]?.[c] ?? '')),
      rowSpans: keptRows.map((r) => keptCols.map((c) => spanOf(r, c))),
      top,
      bottom,
      left,
      right,
      rowYs: keptRows.map((r) => ((grid.ys[r] as number) + (grid.ys[r + 1] as number)) / 2),
      size: median(taken.map((r) => r.size)),
      columnXs: keptCols.map((c) => grid.xs[c] as number),
    },
    rest,
  };
}

/** A table's rows as tabular lines of the page. */
export function tableLines(table: GridTable, page: number): Line[] {
  return table.rows.map((cells, i) => ({
    text: cells.join('\t'),
    page,
    x: table.left,
    right: table.right,
    y: table.rowYs[i] as number,
    size: table.size,
    tabular: true,
    columnXs: table.columnXs,
    cells,
    cellRows: table.rowSpans[i] ?? [],
  }));
}

/** How far (pt) the edges and column borders of a table's part on the next page may stand from the part before. */
const EDGE = 3;

/** Column starts of several parts as one list: positions within EDGE of one another are one column. */
function unionColumns(parts: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const x of parts.flat().sort((a, b) => a - b)) {
    if (out.length === 0 || x - (out.at(-1) as number) > EDGE) out.push(x);
  }
  return out;
}

/** For each of a row's columns (by start x), the index of the nearest of the wider columns. */
function placesIn(from: readonly number[], to: readonly number[]): number[] {
  return from.map((x) => {
    let k = 0;
    for (let i = 1; i < to.length; i++) if (Math.abs((to[i] as number) - x) < Math.abs((to[k] as number) - x)) k = i;
    return k;
  });
}

/** A row spread over wider columns: each cell at the column nearest its own start, the columns between left empty (covered). */
function spread(line: Line, to: readonly number[]): Line {
  const cells = to.map(() => '');
  const cellRows = to.map(() => 0);
  placesIn(line.columnXs ?? [], to).forEach((k, j) => {
    cells[k] = `${cells[k] ?? ''}${line.cells?.[j] ?? ''}`;
    cellRows[k] = Math.max(cellRows[k] ?? 0, line.cellRows?.[j] ?? 0);
  });
  return { ...line, text: cells.join('\t'), cells, cellRows, columnXs: to };
}

const FIGURE = /^[-+−]?[\d,.]+%?$/;

/**
 * Where a merged label cell breaks across the page (（四）无 | 法提供), the part on the next page
 * is the rest of its text: a cell of the continuation's first row that covers several rows, is no
 * figure and opens with no numbering marker joins the cell above it, and its own position is left empty.
 */
function joinBrokenCells(last: Line, first: Line): [Line, Line] {
  const upper = [...(last.cells ?? [])];
  const lower = [...(first.cells ?? [])];
  lower.forEach((text, k) => {
    const above = upper[k] ?? '';
    if (text === '' || above === '' || (first.cellRows?.[k] ?? 0) < 2 || FIGURE.test(text) || LABEL_MARKER.test(text)) return;
    upper[k] = above + text;
    lower[k] = '';
  });
  return [
    { ...last, cells: upper, text: upper.join('\t') },
    { ...first, cells: lower, text: lower.join('\t') },
  ];
}

/**
 * A table that breaks across a page comes as two grids: where one page's last line is a table row and
 * the next page's first line a row of a table with the same edges, both parts are one table, and their
 * rows are spread over the union of their columns so that every row is as wide as the others.
 */
export function joinContinuedTables(lines: readonly Line[]): Line[] {
  // runs of rows of one table, and which of them continue the one before (where each part starts)
  const groups: { start: number; end: number; xs: (readonly number[])[]; breaks: number[] }[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as Line;
    if (!first.columnXs) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && lines[end]?.columnXs === first.columnXs) end++;
    const last = groups.at(-1);
    const before = lines[i - 1];
    const continues =
      last !== undefined &&
      last.end === i &&
      before !== undefined &&
      before.page + 1 === first.page &&
      Math.abs(before.x - first.x) <= EDGE &&
      Math.abs(before.right - first.right) <= EDGE;
    if (continues) {
      last.end = end;
      last.xs.push(first.columnXs);
      last.breaks.push(i);
    } else groups.push({ start: i, end, xs: [first.columnXs], breaks: [] });
    i = end;
  }
  const out = [...lines];
  for (const group of groups) {
    if (group.xs.length < 2) continue;
    const union = unionColumns(group.xs);
    for (let k = group.start; k < group.end; k++) out[k] = spread(out[k] as Line, union);
    for (const at of group.breaks) [out[at - 1], out[at]] = joinBrokenCells(out[at - 1] as Line, out[at] as Line);
  }
  return out;
}
