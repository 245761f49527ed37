// Positioned text as the PDF reader's modules share it: runs from pdf.js, rebuilt lines, and the
// spacing rule for CJK text. Coordinates are PDF user space with y growing upwards.
import type { Rule } from './pdf-rules.js';

/** One run of text as pdf.js places it (baseline origin, advance width, font size). */
export interface TextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  /** Advance along the writing direction (downwards for vertical runs). */
  readonly width: number;
  readonly size: number;
  /** Vertical writing (ttb): columns read right to left, each top to bottom. */
  readonly vertical: boolean;
}

export interface PageRuns {
  readonly width: number;
  readonly height: number;
  readonly runs: readonly TextRun[];
  /** The page's ruling lines (table borders), when the page was searched for them. */
  readonly rules?: readonly Rule[];
}

/** A rebuilt line: its text and where it sits. */
export interface Line {
  readonly text: string;
  readonly page: number;
  readonly x: number;
  readonly right: number;
  readonly y: number;
  readonly size: number;
  /** A line holding table cells (real gaps became tabs). */
  readonly tabular: boolean;
  /** A row of a ruled table: where its columns start (rows of one table share the array; a table continued on the next page is matched on them). */
  readonly columnXs?: readonly number[];
  /** That row's cell texts (its `text` is them joined by tabs). */
  readonly cells?: readonly string[];
  /** Per cell, how many of the table's rows on this page it covers (a merged cell more than one, a covered position 0). */
  readonly cellRows?: readonly number[];
  /** A line of horizontal runs outside any ruled table: its pieces between cell gaps, where they stand (one piece for plain text). */
  readonly segments?: readonly Segment[];
}

/** A piece of a line between cell gaps: a cell's text on that line. */
export interface Segment {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

// CJK ideographs, CJK punctuation and full-width forms: no spaces belong next to them.
const CJK = '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u201c\\u201d\\u2018\\u2019\\u2014\\u2026';
const SPACE_AFTER_CJK = new RegExp(`([${CJK}])[ \\u00a0]+(?=[^ \\u00a0\\t])`, 'g');
const SPACE_BEFORE_CJK = new RegExp(`([^ \\u00a0\\t])[ \\u00a0]+(?=[${CJK}])`, 'g');

/** Drops the spaces pdf.js (and typesetters) put between CJK glyphs and between CJK and digits or Latin. */
export function dropFakeSpaces(line: string): string {
  return line.replace(SPACE_AFTER_CJK, '$1').replace(SPACE_BEFORE_CJK, '$1');
}

/** The lower median (of two values the smaller: one paragraph gap must not pass for the line pitch); 0 of none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** A line wrapped onto the next: only Latin words need a space back; CJK and digits join directly. */
export function joinWrapped(before: string, after: string): string {
  return /[A-Za-z,.;:]$/.test(before) && /^[A-Za-z]/.test(after) ? `${before} ${after}` : before + after;
}

// Vertical presentation forms (︑ ︒ ︵ ︶ ﹁ …): what a vertical font's glyphs decode to; NFKC gives the plain punctuation.
const VERTICAL_FORMS = /[\uFE10-\uFE19\uFE30-\uFE48]/g;

/** Vertical text's punctuation as it is written horizontally (三︑ → 三、). */
export function horizontalForms(text: string): string {
  return text.replace(VERTICAL_FORMS, (ch) => ch.normalize('NFKC'));
}

/** A numbering marker opening a table label ((五), 2., 三、, ①): the start of a label, never the rest of one. */
export const LABEL_MARKER = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[①-⑳])/;
