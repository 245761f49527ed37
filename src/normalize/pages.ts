// Rule 7: page markers (-1-, - 2 -, — 3 —, 第1页 共12页, 1/12) removed wherever they stand; a PAGE_BREAK
// sentinel stays in their place. A marker between dashes inside a line is accepted only as part of an
// increasing run of page numbers (-1- … -2- … -3-), so ranges such as 3-4处 or 2014-2015学年 survive.
import { PAGE_BREAK } from './chars.js';

const DASH = '[-‐‑‒–—―]';

export interface MarkerRule {
  readonly id: string;
  /** Matches a whole trimmed line that is nothing but a page marker. */
  readonly line: RegExp;
}

/** Whole-line page markers: unambiguous on a line of their own. */
export const PAGE_LINE_RULES: readonly MarkerRule[] = [
  { id: 'dash-number', line: new RegExp(`^${DASH}{1,2} ?\\d{1,3} ?${DASH}{1,2}$`) },
  { id: 'di-ye', line: /^第 ?\d{1,3} ?页(?: ?[,，/]? ?共 ?\d{1,3} ?页)?$/ },
  { id: 'gong-di-ye', line: /^共 ?\d{1,3} ?页 ?[,，/]? ?第 ?\d{1,3} ?页$/ },
  { id: 'page-n-of-m', line: /^(?:Page|PAGE|page) ?\d{1,3}(?: ?(?:of|OF|\/) ?\d{1,3})?$/ },
];

/** A page-of-total marker inside a line: its 共 makes it unambiguous. */
const INLINE_PAGE_OF_TOTAL = / ?第 ?\d{1,3} ?页 ?[,，/]? ?共 ?\d{1,3} ?页 ?/g;

/** A number between dashes inside a line; accepted only in a page-number sequence. */
const INLINE_DASH = new RegExp(` ?(?<![\\d\\-‐‑‒–—―])${DASH}{1,2} ?(\\d{1,3}) ?${DASH}{1,2}(?!${DASH}) ?`, 'g');
/** 第N页 inside a line; accepted only in a page-number sequence. */
const INLINE_DI_YE = / ?第 ?(\d{1,3}) ?页 ?/g;
/** "N/M" on a line of its own; accepted when two or more share the total M and N counts up. */
const SLASH_LINE = /^(\d{1,3}) ?\/ ?(\d{1,3})$/;

/** Largest gap between consecutive page numbers of one run (a marker lost in copying). */
export const MAX_PAGE_STEP = 3;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly page: number;
  /** Markers in one run must share it (the total of N/M, else 0). */
  readonly group: number;
}

/** Picks runs of candidates whose page numbers increase by 1..MAX_PAGE_STEP in text order; runs of one are rejected. */
export function pageRuns(candidates: readonly Candidate[]): Candidate[] {
  const left = [...candidates];
  const accepted: Candidate[] = [];
  for (;;) {
    const n = left.length;
    const best = new Array<number>(n).fill(1);
    const prev = new Array<number>(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const ci = left[i] as Candidate;
      for (let j = 0; j < i; j++) {
        const cj = left[j] as Candidate;
        const step = ci.page - cj.page;
        if (cj.group === ci.group && step >= 1 && step <= MAX_PAGE_STEP && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
          best[i] = (best[j] ?? 0) + 1;
          prev[i] = j;
        }
      }
    }
    let end = -1;
    for (let i = 0; i < n; i++) if (end < 0 || (best[i] ?? 0) > (best[end] ?? 0)) end = i;
    if (end < 0 || (best[end] ?? 0) < 2) break;
    const run: number[] = [];
    for (let i = end; i >= 0; i = prev[i] ?? -1) run.push(i);
    for (const i of run) accepted.push(left[i] as Candidate);
    for (const i of run.sort((a, b) => b - a)) left.splice(i, 1);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Caps the candidates a sequence search looks at, so a table full of "-1-" cells stays linear enough. */
const MAX_CANDIDATES = 400;

function collect(text: string, pattern: RegExp, group: (m: RegExpExecArray) => number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) {
    if (out.length >= MAX_CANDIDATES) break;
    out.push({ start: m.index, end: m.index + m[0].length, page: Number(m[1]), group: group(m) });
  }
  return out;
}

export interface PagesRemoved {
  readonly text: string;
  readonly count: number;
}

export function removePageMarkers(text: string): PagesRemoved {
  let count = 0;
  // 1. whole lines; N/M lines wait for the sequence check
  const slashLines: Candidate[] = [];
  let offset = 0;
  const lines = text.split('\n').map((line) => {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.split(PAGE_BREAK).join('').trim();
    if (PAGE_LINE_RULES.some((r) => r.line.test(trimmed))) {
      count++;
      return PAGE_BREAK;
    }
    const slash = SLASH_LINE.exec(trimmed);
    if (slash && Number(slash[1]) <= Number(slash[2])) {
      slashLines.push({ start, end: start + line.length, page: Number(slash[1]), group: Number(slash[2]) });
    }
    return line;
  });
  let out = lines.join('\n');
  // 2. markers inside lines (and N/M lines): only those in an increasing run of page numbers
  const inline = [
    ...pageRuns(slashLines),
    ...pageRuns([...collect(out, INLINE_DASH, () => 0), ...collect(out, INLINE_DI_YE, () => -1)].sort((a, b) => a.start - b.start)),
    ...collect(out, INLINE_PAGE_OF_TOTAL, () => -2),
  ].sort((a, b) => a.start - b.start);
  if (inline.length === 0) return { text: out, count };
  let result = '';
  let last = 0;
  for (const c of inline) {
    if (c.start < last) continue; // overlapping candidates: the earlier one won
    result += out.slice(last, c.start) + PAGE_BREAK;
    last = c.end;
    count++;
  }
  out = result + out.slice(last);
  return { text: out, count };
}
