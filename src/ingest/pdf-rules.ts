// Ruling lines of a PDF page: the strokes and thin filled rectangles that Word, WPS and
// LibreOffice draw as table borders, and the edges of filled cell backgrounds, read from pdf.js's
// operator list. Pure: the caller hands over the list and the op codes, so it is tested without pdf.js.
import { maxOf, minOf } from '../text/extremes.js';

/** An axis-parallel ruling line in page space (y up, as the text runs): x0 ≤ x1, y0 ≤ y1, one of the two extents ~0. */
export interface Rule {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** pdf.js OPS codes this reader follows (pass `pdfjs.OPS`). */
export interface PathOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly constructPath: number;
  readonly paintFormXObjectBegin: number;
  readonly paintFormXObjectEnd: number;
  readonly stroke: number;
  readonly closeStroke: number;
  readonly fill: number;
  readonly eoFill: number;
  readonly fillStroke: number;
  readonly eoFillStroke: number;
  readonly closeFillStroke: number;
  readonly closeEOFillStroke: number;
}

export interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/** pdf.js's path buffer codes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** A filled rectangle at most this thick (pt) is a drawn line. */
const THIN = 2.5;
/** Shorter segments are glyph parts, ticks or dots, not borders (pt). */
const MIN_LENGTH = 3;
/** How far from axis-parallel a segment may be (pt over its length). */
const SKEW = 0.5;

type Matrix = readonly [number, number, number, number, number, number];

/** 2-D affine product m1 × m2 (pdf.js's [a b c d e f] form; a missing entry counts as the identity's). */
export function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [a1 * a2 + c1 * b2, b1 * a2 + d1 * b2, a1 * c2 + c1 * d2, b1 * c2 + d1 * d2, a1 * e2 + c1 * f2 + e1, b1 * e2 + d1 * f2 + f1];
}

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

type Point = readonly [number, number];

/** The straight subpaths of a pdf.js path buffer (any subpath with a curve is dropped), closed ones flagged. */
function subpaths(buffer: ArrayLike<number>): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean }[] = [];
  let points: Point[] = [];
  let curved = false;
  const end = (closed: boolean): void => {
    if (!curved && points.length >= 2) out.push({ points, closed });
    points = [];
    curved = false;
  };
  for (let k = 0; k < buffer.length; ) {
    const op = buffer[k++];
    if (op === MOVE) {
      end(false);
      points.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (op === LINE) {
      points.push([buffer[k] ?? 0, buffer[k + 1] ?? 0]);
      k += 2;
    } else if (op === CURVE) {
      curved = true;
      k += 6;
    } else if (op === QUAD) {
      curved = true;
      k += 4;
    } else if (op === CLOSE) {
      const first = points[0];
      end(true);
      // drawing may go on from the closed subpath's start
      if (first) points.push(first);
    } else {
      break; // an unknown code: the rest cannot be read
    }
  }
  end(false);
  return out;
}

/** The segment a-b as a rule when it is axis-parallel and long enough. */
function ruleOf(a: Point, b: Point): Rule | null {
  const [x0, x1] = a[0] <= b[0] ? [a[0], b[0]] : [b[0], a[0]];
  const [y0, y1] = a[1] <= b[1] ? [a[1], b[1]] : [b[1], a[1]];
  if (Math.max(x1 - x0, y1 - y0) < MIN_LENGTH) return null;
  if (y1 - y0 <= SKEW) return { x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 };
  if (x1 - x0 <= SKEW) return { x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 };
  return null;
}

/** An axis-parallel rectangle's box, or null when the points are some other shape. */
function boxOf(points: readonly Point[]): Rule | null {
  const distinct = points.filter((p, i) => i === 0 || p[0] !== points[i - 1]?.[0] || p[1] !== points[i - 1]?.[1]);
  const pts = distinct.length === 5 && distinct[4]?.[0] === distinct[0]?.[0] && distinct[4]?.[1] === distinct[0]?.[1] ? distinct.slice(0, 4) : distinct;
  if (pts.length !== 4) return null;
  for (let i = 0; i < 4; i++) {
    const a = pts[i] as Point;
    const b = pts[(i + 1) % 4] as Point;
    if (Math.abs(a[0] - b[0]) > SKEW && Math.abs(a[1] - b[1]) > SKEW) return null;
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: minOf(xs), y0: minOf(ys), x1: maxOf(xs), y1: maxOf(ys) };
}

/**
 * A filled box as a rule when it is thin (a border drawn as a filled rectangle, as Word does). Wider
 * boxes are backgrounds: WPS shades every cell but also every line of body text, so their edges are no borders.
 */
function boxRule(box: Rule): Rule | null {
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  if (Math.max(w, h) < MIN_LENGTH) return null;
  if (h <= THIN) return { x0: box.x0, y0: (box.y0 + box.y1) / 2, x1: box.x1, y1: (box.y0 + box.y1) / 2 };
  if (w <= THIN) return { x0: (box.x0 + box.x1) / 2, y0: box.y0, x1: (box.x0 + box.x1) / 2, y1: box.y1 };
  return null;
}

/**
 * The ruling lines an operator list paints, in page space (`viewport` is pdf.js's viewport transform,
 * `height` the page height: y is flipped to grow upwards like the text runs). Paths only clipped
 * (endPath), curves and slanted lines are left out; form XObjects are followed through their matrices.
 */
export function rulesOf(list: OperatorList, ops: PathOps, viewport: readonly number[], height: number): Rule[] {
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const base = multiply([1, 0, 0, 1, 0, 0], viewport);
  const stack: Matrix[] = [];
  let ctm: Matrix = base;
  const rules: Rule[] = [];
  const toPage = (p: Point): Point => {
    const [x, y] = apply(ctm, p[0], p[1]);
    return [x, height - y];
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? base;
    else if (fn === ops.transform && Array.isArray(args)) ctm = multiply(ctm, args as number[]);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = Array.isArray(args) ? (args[0] as ArrayLike<number> | null) : null;
      if (matrix && matrix.length === 6) ctm = multiply(ctm, Array.from(matrix));
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? base;
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const paint = args[0] as number;
      const buffer = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      if (!buffer || (!strokes.has(paint) && !fills.has(paint))) continue;
      for (const { points, closed } of subpaths(buffer)) {
        const page = points.map(toPage);
        const box = fills.has(paint) ? boxOf(page) : null;
        if (box) {
          const rule = boxRule(box);
          if (rule) rules.push(rule);
          continue;
        }
        if (!strokes.has(paint)) continue;
        for (let k = 1; k < page.length; k++) {
          const r = ruleOf(page[k - 1] as Point, page[k] as Point);
          if (r) rules.push(r);
        }
        if (closed && page.length > 2) {
          const r = ruleOf(page.at(-1) as Point, page[0] as Point);
          if (r) rules.push(r);
        }
      }
    }
  }
  return rules;
}
