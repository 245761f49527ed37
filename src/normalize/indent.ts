// Rule 4b: first-line indentation ("　　为深入贯彻…") starts a paragraph. The indentation is lost when spaces are
// tidied (rule 5), so before that a blank line is put in front of each indented line; line joining (rule 11) keeps it.
// Wrapped continuation lines are never indented in such text, so a non-indented line is still joined as before.
import { PAGE_BREAK } from './chars.js';
import { PAGE_LINE_RULES } from './pages.js';

/** Leading spaces (after width folding: "　　" is two) beyond the document's own margin that count as an indent. */
export const MIN_INDENT = 2;
/** When more indented lines than this share follow a line ending mid-sentence, indentation is layout, not paragraphs. */
export const MAX_CONTINUED_SHARE = 1 / 3;

/** Line endings that certainly continue on the next line: an indent after them is a layout accident. */
/** A page-marker line is centred, not indented, and a break before it would cut a sentence that spans pages. */
function isMarker(content: string): boolean {
  return PAGE_LINE_RULES.some((r) => r.line.test(content));
}

const CONTINUES = /[，,、(（《“‘【]$/;

function leadingSpaces(raw: string): number {
  const line = raw.split(PAGE_BREAK).join('');
  let n = 0;
  // ideographic spaces are folded to " " by rule 2 already; counted here too so the rule stands on its own
  while (n < line.length && (line[n] === ' ' || line[n] === '\u3000')) n++;
  return n;
}

export function markIndentedParagraphs(text: string): string {
  const lines = text.split('\n');
  const filled = lines.filter((l) => l.split(PAGE_BREAK).join('').trim().length > 0);
  if (filled.length < 2) return text;
  // a margin every line shares (some PDF readers pad every line) is not an indent
  const margin = filled.reduce((m, l) => Math.min(m, leadingSpaces(l)), Infinity);
  const starts: number[] = [];
  let continued = 0;
  let prev = '';
  for (const [i, line] of lines.entries()) {
    const content = line.split(PAGE_BREAK).join('').trim();
    if (content.length === 0) {
      if (!line.includes(PAGE_BREAK)) prev = '';
      continue;
    }
    if (isMarker(content)) continue;
    if (prev && leadingSpaces(line) - margin >= MIN_INDENT) {
      if (CONTINUES.test(prev)) continued++;
      else starts.push(i);
    }
    prev = content;
  }
  if (starts.length === 0 || continued > MAX_CONTINUED_SHARE * (starts.length + continued)) return text;
  const at = new Set(starts);
  return lines.flatMap((line, i) => (at.has(i) ? ['', line] : [line])).join('\n');
}
