// Rule 9: the title that site pages repeat at the top ("T\nT T 一年来,…", or the same line again after the chrome)
// is kept once. Only the top of the text is looked at, up to the first body paragraph.
import { displayWidth, PAGE_BREAK } from './chars.js';

/** How many non-empty lines from the top may hold repeated titles. */
export const TITLE_REGION_LINES = 15;
/** A title repeated in one line is at least this many characters (short words repeat legitimately). */
const MIN_REPEATED_TITLE = 4;
const TITLE_MAX_WIDTH = 60;

function titleLike(line: string): boolean {
  return line.length > 0 && displayWidth(line) <= TITLE_MAX_WIDTH && !/[。，,;；]/.test(line);
}

function bodyLike(line: string): boolean {
  return /[。，,;；]/.test(line) || displayWidth(line) > TITLE_MAX_WIDTH;
}

/** Removes leading copies of a title from one line: "T T rest" → "T rest" → (T already seen, rest is body) "rest". */
function stripRepeats(line: string, seen: ReadonlySet<string>): string {
  let cur = line;
  for (;;) {
    const sp = cur.indexOf(' ');
    if (sp < MIN_REPEATED_TITLE) return cur;
    const head = cur.slice(0, sp);
    if (head.includes(PAGE_BREAK)) return cur;
    const rest = cur.slice(sp + 1);
    const repeated = rest === head || rest.startsWith(`${head} `);
    if (repeated || (seen.has(head) && bodyLike(rest))) cur = rest;
    else return cur;
  }
}

export function dedupeTitles(text: string): string {
  const lines = text.split('\n');
  const seen = new Set<string>();
  const out: string[] = [];
  let nonEmpty = 0;
  let i = 0;
  for (; i < lines.length && nonEmpty < TITLE_REGION_LINES; i++) {
    const raw = lines[i] ?? '';
    const lead = raw.startsWith(PAGE_BREAK) ? PAGE_BREAK : '';
    const line = raw.slice(lead.length);
    if (line.trim().length === 0) {
      out.push(raw);
      continue;
    }
    nonEmpty++;
    const stripped = stripRepeats(line, seen);
    if (seen.has(stripped) && titleLike(stripped)) {
      if (lead) out.push(lead);
      continue;
    }
    out.push(lead + stripped);
    if (titleLike(stripped)) seen.add(stripped);
    if (bodyLike(stripped)) {
      i++;
      break;
    }
  }
  return [...out, ...lines.slice(i)].join('\n');
}
