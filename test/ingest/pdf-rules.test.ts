// Ruling lines from a pdf.js operator list, and the grids they form. The op codes are made up here
// (the reader passes pdfjs.OPS); path buffers use pdf.js's DrawOPS codes (0 move, 1 line, 2 curve, 4 close).
import { describe, expect, it } from 'vitest';
import { gridsOf, mergeRules } from '../../src/ingest/pdf-grid.js';
import { rulesOf, type PathOps, type Rule } from '../../src/ingest/pdf-rules.js';

const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
};
/** An unrotated page 842 high: pdf.js's viewport flips y down, the reader flips it back up. */
const VIEWPORT = [1, 0, 0, -1, 0, 842];
const path = (paint: number, ...buffer: number[]): [number, unknown] => [OPS.constructPath, [paint, [Float32Array.from(buffer)], null]];
const rules = (...ops: [number, unknown][]): Rule[] =>
  rulesOf({ fnArray: ops.map(([fn]) => fn), argsArray: ops.map(([, args]) => args) }, OPS, VIEWPORT, 842);
const line = (x0: number, y0: number, x1: number, y1: number): number[] => [0, x0, y0, 1, x1, y1];
const rect = (x: number, y: number, w: number, h: number): number[] => [0, x, y, 1, x + w, y, 1, x + w, y + h, 1, x, y + h, 4];

describe('rulesOf', () => {
  it('a stroked horizontal line in page space (y up, as the text)', () => expect(rules(path(OPS.stroke, ...line(100, 100, 300, 100)))).toEqual([{ x0: 100, y0: 100, x1: 300, y1: 100 }]));
  it('a stroked vertical line, ends in order', () => expect(rules(path(OPS.stroke, ...line(100, 100, 100, 50)))).toEqual([{ x0: 100, y0: 50, x1: 100, y1: 100 }]));
  it('a content stream that flips y (as WPS writes it) is flipped back', () =>
    expect(rules([OPS.transform, [1, 0, 0, -1, 0, 842]], path(OPS.stroke, ...line(100, 100, 300, 100)))).toEqual([{ x0: 100, y0: 742, x1: 300, y1: 742 }]));
  it('a stroked rectangle gives its four edges', () => expect(rules(path(OPS.stroke, ...rect(100, 100, 200, 50)))).toHaveLength(4));
  it('a thin filled rectangle is one line (Word draws borders so)', () => expect(rules(path(OPS.fill, ...rect(100, 100, 200, 0.5)))).toEqual([{ x0: 100, y0: 100.25, x1: 300, y1: 100.25 }]));
  it('a thin filled upright rectangle is a vertical line', () => expect(rules(path(OPS.eoFill, ...rect(100, 100, 0.5, 80)))).toEqual([{ x0: 100.25, y0: 100, x1: 100.25, y1: 180 }]));
  it('a wide filled box (a cell or line background) is no border', () => expect(rules(path(OPS.eoFill, ...rect(100, 100, 200, 28)))).toEqual([]));
  it('a path only used to clip (endPath) paints nothing', () => expect(rules(path(99, ...line(100, 100, 300, 100)))).toEqual([]));
  it('a slanted line is no rule', () => expect(rules(path(OPS.stroke, ...line(100, 100, 300, 150)))).toEqual([]));
  it('a curve is no rule', () => expect(rules(path(OPS.stroke, 0, 100, 100, 2, 150, 100, 200, 100, 300, 100))).toEqual([]));
  it('a dot is no rule', () => expect(rules(path(OPS.stroke, ...line(100, 100, 101, 100)))).toEqual([]));
  it('a transform moves the paths after it', () =>
    expect(rules([OPS.transform, [1, 0, 0, 1, 50, 0]], path(OPS.stroke, ...line(100, 100, 300, 100)))).toEqual([{ x0: 150, y0: 100, x1: 350, y1: 100 }]));
  it('restore undoes a transform', () =>
    expect(rules([OPS.save, null], [OPS.transform, [1, 0, 0, 1, 50, 0]], [OPS.restore, null], path(OPS.stroke, ...line(100, 100, 300, 100)))[0]?.x0).toBe(100));
  it('a form XObject’s matrix applies inside it only', () => {
    const got = rules([OPS.paintFormXObjectBegin, [[2, 0, 0, 2, 0, 0], null]], path(OPS.stroke, ...line(10, 10, 20, 10)), [OPS.paintFormXObjectEnd, null], path(OPS.stroke, ...line(10, 10, 20, 10)));
    expect(got.map((r) => r.x1)).toEqual([40, 20]);
  });
  it('two subpaths in one path', () => expect(rules(path(OPS.stroke, ...line(100, 100, 300, 100), ...line(100, 200, 300, 200)))).toHaveLength(2));
});

/** The borders of a grid: horizontal lines at ys (full width), vertical lines at xs (full height). */
const grid = (xs: number[], ys: number[]): Rule[] => [
  ...ys.map((y) => ({ x0: xs[0]!, y0: y, x1: xs.at(-1)!, y1: y })),
  ...xs.map((x) => ({ x0: x, y0: ys.at(-1)!, x1: x, y1: ys[0]! })),
];

describe('mergeRules', () => {
  it('joins pieces of one line that meet', () =>
    expect(mergeRules([{ x0: 0, y0: 10, x1: 50, y1: 10 }, { x0: 51, y0: 10.5, x1: 100, y1: 10.5 }])).toEqual([{ x0: 0, y0: 10, x1: 100, y1: 10 }]));
  it('keeps pieces with a gap apart', () => expect(mergeRules([{ x0: 0, y0: 10, x1: 50, y1: 10 }, { x0: 60, y0: 10, x1: 100, y1: 10 }])).toHaveLength(2));
  it('keeps parallel lines apart', () => expect(mergeRules([{ x0: 0, y0: 10, x1: 50, y1: 10 }, { x0: 0, y0: 20, x1: 50, y1: 20 }])).toHaveLength(2));
});

describe('gridsOf', () => {
  it('a 2 × 2 grid', () => {
    const [g] = gridsOf(grid([100, 200, 300], [700, 680, 660]));
    expect([g?.xs, g?.ys, g?.cells.length]).toEqual([[100, 200, 300], [700, 680, 660], 4]);
  });
  it('a border missing in the top row: one cell spans both columns', () => {
    const rules = [...grid([100, 200, 300], [700, 680, 660]).filter((r) => !(r.x0 === 200 && r.x1 === 200)), { x0: 200, y0: 660, x1: 200, y1: 680 }];
    expect(gridsOf(rules)[0]?.cells).toEqual([
      { row: 0, col: 0, lastRow: 0, lastCol: 1 },
      { row: 1, col: 0, lastRow: 1, lastCol: 0 },
      { row: 1, col: 1, lastRow: 1, lastCol: 1 },
    ]);
  });
  it('a border missing in the left column: one cell spans both rows', () => {
    const rules = [...grid([100, 200, 300], [700, 680, 660]).filter((r) => r.y0 !== 680), { x0: 200, y0: 680, x1: 300, y1: 680 }];
    expect(gridsOf(rules)[0]?.cells[0]).toEqual({ row: 0, col: 0, lastRow: 1, lastCol: 0 });
  });
  it('a lone box is a frame, not a table', () => expect(gridsOf(grid([100, 300], [700, 660]))).toEqual([]));
  it('a lone line is no table', () => expect(gridsOf([{ x0: 100, y0: 700, x1: 300, y1: 700 }])).toEqual([]));
  it('a table cut by the page end (no bottom border) still has its last row', () => {
    const rules = grid([100, 200, 300], [700, 680, 660]).map((r) => (r.x0 === r.x1 ? { ...r, y0: 640 } : r));
    expect(gridsOf(rules)[0]?.ys).toEqual([700, 680, 660, 640]);
  });
  it('two tables apart, top first', () => {
    const got = gridsOf([...grid([100, 200, 300], [300, 280, 260]), ...grid([100, 200, 300], [700, 680, 660])]);
    expect(got.map((g) => g.ys[0])).toEqual([700, 300]);
  });
  it('a double border counts once', () => expect(gridsOf([...grid([100, 200, 300], [700, 680, 660]), { x0: 100, y0: 681, x1: 300, y1: 681 }])[0]?.ys).toHaveLength(3));
});
