// Table grids from ruling lines: borders that touch one another form a table; their x and y
// positions are the grid's column and row boundaries, and a border missing between two grid cells
// means one merged cell covers both. Pure.
import type { Rule } from './pdf-rules.js';
import { maxOf, minOf } from '../text/extremes.js';

/** A merged (or single) cell of a grid: the grid rows and columns it covers, inclusive. */
export interface GridCell {
  readonly row: number;
  readonly col: number;
  readonly lastRow: number;
  readonly lastCol: number;
}

/** A ruled table: boundaries top to bottom (y falling) and left to right, and its cells in reading order. */
export interface Grid {
  /** Row boundaries, top first (y grows upwards, so they fall). */
  readonly ys: readonly number[];
  /** Column boundaries, left first. */
  readonly xs: readonly number[];
  readonly cells: readonly GridCell[];
}

/** Rules this close (pt) are one line: double borders, a stroke beside a fill edge. */
const SNAP = 2;
/** How far apart (pt) two rules may end and still touch. */
const TOUCH = 2.5;
/** Grid rows or columns narrower than this (pt) are a double border, not a row. */
const MIN_CELL = 4;

const horizontal = (r: Rule): boolean => r.y1 - r.y0 < r.x1 - r.x0;

/** Joins rules on one line (within SNAP) that overlap or nearly meet into longer ones. */
export function mergeRules(rules: readonly Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const along of [true, false]) {
    // key: the fixed coordinate; span: the extent along the line
    const items = rules
      .filter((r) => horizontal(r) === along)
      .map((r) => (along ? { at: r.y0, from: r.x0, to: r.x1 } : { at: r.x0, from: r.y0, to: r.y1 }))
      .sort((a, b) => a.at - b.at || a.from - b.from);
    const lines: { at: number; segs: { from: number; to: number }[] }[] = [];
    for (const it of items) {
      const line = lines.at(-1);
      if (line && it.at - line.at <= SNAP) line.segs.push(it);
      else lines.push({ at: it.at, segs: [it] });
    }
    for (const line of lines) {
      const segs = [...line.segs].sort((a, b) => a.from - b.from);
      let cur: { from: number; to: number } | null = null;
      const flush = (): void => {
        if (!cur) return;
        out.push(along ? { x0: cur.from, y0: line.at, x1: cur.to, y1: line.at } : { x0: line.at, y0: cur.from, x1: line.at, y1: cur.to });
      };
      for (const s of segs) {
        if (cur && s.from <= cur.to + TOUCH) cur.to = Math.max(cur.to, s.to);
        else {
          flush();
          cur = { ...s };
        }
      }
      flush();
    }
  }
  return out;
}

/** Disjoint sets over 0 … n-1; a set's root is its smallest member (of grid cells, the top-left one). */
function disjointSets(n: number): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    let at = i;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at] as number] as number;
      at = parent[at] as number;
    }
    return at;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/** Whether a horizontal and a vertical rule cross or touch. */
function touches(h: Rule, v: Rule): boolean {
  return v.x0 >= h.x0 - TOUCH && v.x0 <= h.x1 + TOUCH && h.y0 >= v.y0 - TOUCH && h.y0 <= v.y1 + TOUCH;
}

/** Groups of rules that touch one another (each a candidate table). */
function components(rules: readonly Rule[]): Rule[][] {
  const { find, union } = disjointSets(rules.length);
  const hs = rules.map((r, i) => [r, i] as const).filter(([r]) => horizontal(r));
  const vs = rules.map((r, i) => [r, i] as const).filter(([r]) => !horizontal(r));
  for (const [h, i] of hs) for (const [v, j] of vs) if (touches(h, v)) union(i, j);
  const groups = new Map<number, Rule[]>();
  rules.forEach((r, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), r]);
  });
  return [...groups.values()];
}

/** Distinct positions, those within SNAP of each other taken as one (their mean). */
function cluster(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - (last.at(-1) as number) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length).filter((v, i, all) => i === 0 || v - (all[i - 1] as number) >= MIN_CELL);
}

/** Whether some rule on the line `at` (within SNAP) covers the point `mid` along it. */
const covered = (rules: readonly Rule[], along: 'h' | 'v', at: number, mid: number): boolean =>
  rules.some((r) =>
    along === 'h' ? Math.abs(r.y0 - at) <= SNAP && r.x0 - TOUCH <= mid && r.x1 + TOUCH >= mid : Math.abs(r.x0 - at) <= SNAP && r.y0 - TOUCH <= mid && r.y1 + TOUCH >= mid,
  );

/** The grid of one group of touching rules, or null when it has fewer than two rows or two columns. */
function gridOf(rules: readonly Rule[]): Grid | null {
  const hs = rules.filter(horizontal);
  const vs = rules.filter((r) => !horizontal(r));
  if (hs.length === 0 || vs.length === 0) return null;
  // the outer edges also where a border is missing (a table cut by the page end has no bottom rule)
  const ys = cluster([...hs.map((r) => r.y0), minOf(vs.map((r) => r.y0)), maxOf(vs.map((r) => r.y1))]).reverse();
  const xs = cluster([...vs.map((r) => r.x0), minOf(hs.map((r) => r.x0)), maxOf(hs.map((r) => r.x1))]);
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows < 1 || cols < 1 || rows * cols < 2) return null;
  // union grid cells that no border separates
  const id = (r: number, c: number): number => r * cols + c;
  const { find, union } = disjointSets(rows * cols);
  for (let r = 0; r < rows; r++) {
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c + 1 < cols && !covered(vs, 'v', xs[c + 1] as number, midY)) union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !covered(hs, 'h', ys[r + 1] as number, midX)) union(id(r, c), id(r + 1, c));
    }
  }
  const spans = new Map<number, { row: number; col: number; lastRow: number; lastCol: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      const s = spans.get(root);
      if (!s) spans.set(root, { row: r, col: c, lastRow: r, lastCol: c });
      else {
        s.row = Math.min(s.row, r);
        s.col = Math.min(s.col, c);
        s.lastRow = Math.max(s.lastRow, r);
        s.lastCol = Math.max(s.lastCol, c);
      }
    }
  }
  const cells = [...spans.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  // one cell covering everything is a frame around text, not a table
  if (cells.length < 2) return null;
  return { ys, xs, cells };
}

/** The ruled tables of a page, top first. */
export function gridsOf(rules: readonly Rule[]): Grid[] {
  return components(mergeRules(rules))
    .map(gridOf)
    .filter((g): g is Grid => g !== null)
    .sort((a, b) => (b.ys[0] as number) - (a.ys[0] as number));
}
