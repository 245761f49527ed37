// Rule 1: line endings, BOM, zero-width and control characters. Form feeds are page breaks and become the sentinel.
// Tabs inside a line separate table cells (the readers write table rows so) and stay; tabs that indent a line
// are indentation and become two spaces each.
import { PAGE_BREAK } from './chars.js';

// Invisible characters that carry nothing in plain text: zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks.
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// C0/C1 controls other than tab, newline and form feed.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

export function cleanControls(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(/\f/g, PAGE_BREAK)
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    // a table row may open with empty cells (\t\t自然人\t…): only a line with no tab after its text is indented
    .replace(/^[\t ]*\t[\t ]*(?=[^\t\n]*$)/gm, (indent) => indent.replace(/\t/g, '  '));
}
