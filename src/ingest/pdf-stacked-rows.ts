// Rows stacked inside one ruled row: a 三线表 (rules above and below the header and below the
// last row, none between data rows) puts all its data rows between two rules, so the grid sees one
// row. When several columns hold text on the same three or more baselines inside a grid row, and
// one of them holds figures, each baseline is a row of its own. A cell whose text merely wraps
// (one column on several lines, the others on one) stays one cell. Pure.
import type { Grid, GridCell } from './pdf-grid.js';
import type { TextRun } from './pdf-runs.js';

/** Baselines closer than this (in font sizes) are one line. */
const SAME_LINE = 0.45;
/** Where a glyph's middle sits above its baseline, in font sizes (as the cell placement reads it). */
const MID_HEIGHT = 0.35;
/** Fewest baselines a grid row needs before it is read as stacked rows. */
const MIN_LINES = 3;
/** Share of a figure column's lines that must be figures. */
const FIGURE_SHARE = 0.7;

const FIGURE = /^[-+−]?[\d,.]+\s*[%‰]?$/;

interface Baseline {
  /** Mean baseline y. */
  readonly y: number;
  readonly size: number;
}

/** The baselines of runs, top first. */
function baselines(runs: readonly TextRun[]): Baseline[] {
  const out: { ys: number[]; size: number }[] = [];
  for (const run of [...runs].sort((a, b) => b.y - a.y)) {
    const last = out.at(-1);
    if (last && Math.abs((last.ys.at(-1) as number) - run.y) <= SAME_LINE * Math.max(last.size, run.size, 1)) last.ys.push(run.y);
    else out.push({ ys: [run.y], size: run.size });
  }
  return out.map((b) => ({ y: b.ys.reduce((s, v) => s + v, 0) / b.ys.length, size: b.size }));
}

const nearest = (lines: readonly Baseline[], y: number): number => {
  let k = 0;
  for (let i = 1; i < lines.length; i++) if (Math.abs((lines[i] as Baseline).y - y) < Math.abs((lines[k] as Baseline).y - y)) k = i;
  return k;
};

/** The row boundaries splitting grid row `r` into one row per baseline, or null when it holds one row. */
function splitsOf(grid: Grid, r: number, runs: readonly TextRun[]): number[] | null {
  const top = grid.ys[r] as number;
  const bottom = grid.ys[r + 1] as number;
  const left = grid.xs[0] as number;
  const right = grid.xs.at(-1) as number;
  const inside = runs.filter((run) => {
    if (run.vertical) return false;
    const mid = run.y + MID_HEIGHT * run.size;
    const x = run.x + run.width / 2;
    return mid < top && mid > bottom && x > left && x < right;
  });
  const lines = baselines(inside);
  if (lines.length < MIN_LINES) return null;
  const cols = grid.xs.length - 1;
  // per column: the lines it has text on, and those lines' texts
  const perColumn = Array.from({ length: cols }, () => new Map<number, string>());
  for (const run of inside) {
    const x = run.x + run.width / 2;
    const c = grid.xs.findIndex((v, i) => i < cols && x >= v && x <= (grid.xs[i + 1] as number));
    if (c < 0) continue;
    const k = nearest(lines, run.y);
    const col = perColumn[c] as Map<number, string>;
    col.set(k, `${col.get(k) ?? ''}${run.str}`);
  }
  const need = Math.max(2, Math.ceil(lines.length / 2));
  const full = perColumn.filter((col) => col.size >= need);
  const figures = full.filter((col) => [...col.values()].filter((t) => FIGURE.test(t.replace(/\s+/g, ''))).length >= FIGURE_SHARE * col.size);
  if (full.length < 2 || figures.length < 1) return null;
  const mids = lines.map((b) => b.y + MID_HEIGHT * b.size);
  return mids.slice(1).map((m, i) => ((mids[i] as number) + m) / 2);
}

/** The grid with every grid row that stacks several rows of text split into one row per line. */
export function splitStackedRows(grid: Grid, runs: readonly TextRun[]): Grid {
  const rows = grid.ys.length - 1;
  const ys: number[] = [grid.ys[0] as number];
  // per old row: the new rows it became
  const firstOf: number[] = [];
  const lastOf: number[] = [];
  const splitRows = new Set<number>();
  for (let r = 0; r < rows; r++) {
    const splits = splitsOf(grid, r, runs);
    firstOf.push(ys.length - 1);
    if (splits) {
      ys.push(...splits);
      splitRows.add(r);
    }
    ys.push(grid.ys[r + 1] as number);
    lastOf.push(ys.length - 2);
  }
  if (splitRows.size === 0) return grid;
  const cells: GridCell[] = [];
  for (const cell of grid.cells) {
    if (cell.row === cell.lastRow && splitRows.has(cell.row)) {
      for (let n = firstOf[cell.row] as number; n <= (lastOf[cell.row] as number); n++) cells.push({ row: n, col: cell.col, lastRow: n, lastCol: cell.lastCol });
    } else cells.push({ row: firstOf[cell.row] as number, col: cell.col, lastRow: lastOf[cell.lastRow] as number, lastCol: cell.lastCol });
  }
  cells.sort((a, b) => a.row - b.row || a.col - b.col);
  return { ys, xs: grid.xs, cells };
}
