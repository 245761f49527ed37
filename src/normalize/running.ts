// Rule 8b: running headers and footers. PDF copies repeat the page header (the title, an organ name) next to every
// page marker; such a line is dropped at the page breaks (its first occurrence at the top stays). A line counts when
// it stands right after (or right before) page breaks often enough, or once after a break when it equals a top line.
import { displayWidth, PAGE_BREAK } from './chars.js';
import { PARAGRAPH_OPENINGS } from './lines.js';

/** Running headers are short: longer lines are body text. */
export const RUNNING_MAX_WIDTH = 40;
/** How many non-empty lines at the top (before the first page break) hold the title a header may repeat. */
export const TOP_LINES = 3;
/** A line must stand at this share of the page breaks (and at least twice) to count without matching the top;
 * odd/even headers reach it, the organ line opening two parts of a long compilation does not. */
export const MIN_BREAK_SHARE = 0.4;

/** Sentence endings: a line ending in them is body text, not a header. */
const ENDS_SENTENCE = /[。！？；!?;，,、]$/;

function content(raw: string): string {
  return raw.split(PAGE_BREAK).join('').trim();
}

/** The key two copies of a header share: spacing differs from page to page. */
function key(line: string): string {
  return line.replace(/ /g, '');
}

function headerLike(line: string): boolean {
  const k = key(line);
  return (
    k.length >= 2 &&
    displayWidth(k) <= RUNNING_MAX_WIDTH &&
    /\p{Script=Han}/u.test(k) &&
    !ENDS_SENTENCE.test(k) &&
    !PARAGRAPH_OPENINGS.some((o) => o.pattern.test(k))
  );
}

export interface RunningRemoved {
  readonly text: string;
  readonly removed: number;
}

export function removeRunningHeaders(text: string): RunningRemoved {
  const lines = text.split('\n');
  // a break "ends" a line when nothing follows its last sentinel, and "starts" one when nothing precedes its first
  const breakAfter = (raw: string): boolean => raw.includes(PAGE_BREAK) && raw.slice(raw.lastIndexOf(PAGE_BREAK) + 1).trim() === '';
  const breakBefore = (raw: string): boolean => raw.includes(PAGE_BREAK) && raw.slice(0, raw.indexOf(PAGE_BREAK)).trim() === '';
  const breaks = lines.filter(breakAfter).length;
  if (breaks === 0) return { text, removed: 0 };
  // the first non-empty line after each break, and the last before each
  const after: number[] = [];
  const before: number[] = [];
  for (const [i, raw] of lines.entries()) {
    if (breakAfter(raw)) {
      let j = i + 1;
      while (j < lines.length && content(lines[j] ?? '') === '' && !(lines[j] ?? '').includes(PAGE_BREAK)) j++;
      if (j < lines.length && !(lines[j] ?? '').includes(PAGE_BREAK)) after.push(j);
    }
    if (breakBefore(raw)) {
      let j = i - 1;
      while (j >= 0 && content(lines[j] ?? '') === '' && !(lines[j] ?? '').includes(PAGE_BREAK)) j--;
      if (j >= 0 && !(lines[j] ?? '').includes(PAGE_BREAK)) before.push(j);
    }
  }
  const top: number[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.includes(PAGE_BREAK) || top.length >= TOP_LINES) break;
    if (content(raw) !== '') top.push(i);
  }
  const topKeys = new Set(top.map((i) => key(content(lines[i] ?? ''))));
  const need = Math.max(2, Math.ceil(MIN_BREAK_SHARE * breaks));
  const drop = new Set<number>();
  const pick = (positions: readonly number[], matchTop: boolean): void => {
    const counts = new Map<string, number>();
    for (const i of positions) {
      const line = content(lines[i] ?? '');
      if (headerLike(line)) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
    }
    for (const i of positions) {
      const k = key(content(lines[i] ?? ''));
      const n = counts.get(k) ?? 0;
      if (n >= need || (matchTop && n >= 1 && topKeys.has(k))) drop.add(i);
    }
  };
  pick(after, true);
  pick(before, false);
  for (const i of top) drop.delete(i);
  if (drop.size === 0) return { text, removed: 0 };
  // blank lines around a dropped header and its break are page layout, not paragraph breaks: they go with it
  const gone = new Set(drop);
  const sweep = (from: number, step: 1 | -1): void => {
    for (let j = from + step; j >= 0 && j < lines.length && content(lines[j] ?? '') === '' && !gone.has(j); j += step) {
      if (!(lines[j] ?? '').includes(PAGE_BREAK)) gone.add(j);
    }
  };
  for (const i of drop) {
    sweep(i, -1);
    sweep(i, 1);
  }
  return { text: lines.filter((_, i) => !gone.has(i)).join('\n'), removed: drop.size };
}
