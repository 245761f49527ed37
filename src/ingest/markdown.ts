// Markdown → plain text for the pipeline: drop what is not content (front matter, images, comments,
// markup), keep the words and the line structure (one output line per input line, so line-start
// context for section markers survives). Numbered markers (1. 一、) are content and stay.
// The front matter's title and date are kept as metadata (markdownMetadata).
import type { Metadata } from '../types.js';
import { frontMatterPairs, metadataOf } from './metadata.js';

/** Front matter delimiters allowed on the first line: YAML `---` (closed by `---` or `...`) and TOML `+++`. */
const FRONT_MATTER: readonly { readonly open: string; readonly close: readonly string[] }[] = [
  { open: '---', close: ['---', '...'] },
  { open: '+++', close: ['+++'] },
];

/** A markup rule: `pattern` is matched against one line outside code fences. */
interface LineRule {
  readonly id: string;
  readonly pattern: RegExp;
}

/** Lines that are markup only and become empty. */
const DROP_LINE_RULES: readonly LineRule[] = [
  // [id]: https://… reference definitions
  { id: 'reference-definition', pattern: /^ {0,3}\[[^\[\]\n]+\]:[ \t]*\S/ },
  // --- *** ___ and setext underlines === / ---
  { id: 'thematic-break', pattern: /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|={3,}[ \t]*)$/ },
];

/** Line-start markup removed in this order (a quoted bullet loses both); the rest of the line stays. */
const PREFIX_RULES: readonly LineRule[] = [
  // > quoted text
  { id: 'blockquote', pattern: /^ {0,3}(?:>[ \t]?)+/ },
  // # heading; Chinese writers often omit the space (#一、总体要求)
  { id: 'heading', pattern: /^ {0,3}#{1,6}(?:[ \t]+|$|(?=[^\x00-\x7f]))/ },
  // - item, * item, + item, with an optional task box [ ] / [x]
  { id: 'bullet', pattern: /^[ \t]*[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/ },
];

/** Inline markup rules, in order; bracket classes exclude `[` so each attempt stops at the next one (linear). */
const INLINE_RULES: readonly (LineRule & { readonly replace: string })[] = [
  // ![alt](url) and ![alt][ref]: images are not content
  { id: 'image', pattern: /!\[[^\[\]\n]*\](?:\([^()\n]*\)|\[[^\[\]\n]*\])/g, replace: '' },
  // [^1] footnote references
  { id: 'footnote-ref', pattern: /\[\^[^\[\]\n]*\]/g, replace: '' },
  // [text](url "title") → text
  { id: 'inline-link', pattern: /\[([^\[\]\n]*)\]\([^()\n]*\)/g, replace: '$1' },
  // [text][ref] and [text][] → text
  { id: 'reference-link', pattern: /\[([^\[\]\n]+)\]\[[^\[\]\n]*\]/g, replace: '$1' },
  // <https://…> autolinks → the address
  { id: 'autolink', pattern: /<((?:https?|ftp|mailto):[^<>\s]*)>/g, replace: '$1' },
  // inline HTML tags (<br>, <span class="x">, </p>); 《》 and <5% are not tags
  { id: 'html-tag', pattern: /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:[ \t][^<>\n]*)?\/?>/g, replace: '' },
  // `code` → code
  { id: 'code-span', pattern: /`+([^`\n]*)`+/g, replace: '$1' },
];

/** Emphasis delimiters removed in pairs, longest first (`**` before `*`). */
const EMPHASIS_MARKERS: readonly string[] = ['**', '__', '~~', '*'];

/** Characters Markdown lets you escape with a backslash. */
const ESCAPABLE = '\\`*_{}[]()#+-.!|~<>';

/** Escaped characters are parked in the private use area while markup is removed, then restored. */
const PARK_BASE = 0xf0000;

/** A page number line such as "- 2 -" or "— 3 —". */
const PAGE_NUMBER = /^[ \t]*[-—][ \t]*\d+[ \t]*[-—][ \t]*$/;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Markdown text → plain text with the same number of lines. */
export function stripMarkdown(markdown: string): string {
  const lines = markdown.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const frontEnd = frontMatterEnd(lines);
  let fence: string | null = null;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i < frontEnd) {
      out.push('');
      continue;
    }
    if (fence !== null) {
      // inside a code fence the text is kept verbatim; the closing fence line goes
      const closing = FENCE.exec(line);
      if (closing && closing[1]?.[0] === fence[0] && (closing[1]?.length ?? 0) >= fence.length && line.trim() === closing[1]) {
        fence = null;
        out.push('');
      } else out.push(line);
      continue;
    }
    const removed = removeComments(line, inComment);
    inComment = removed.open;
    const opening = removed.text === line ? FENCE.exec(line) : null;
    if (opening) {
      fence = opening[1] ?? '```';
      out.push('');
      continue;
    }
    out.push(stripLine(removed.text));
  }
  return out.join('\n');
}

/** The title and dates of a Markdown file's front matter (Hugo, Jekyll, Hexo), as metadata. */
export function markdownMetadata(markdown: string): Metadata {
  const lines = markdown.split(/\r\n|\r|\n/);
  const end = frontMatterEnd(lines);
  return metadataOf(end > 0 ? frontMatterPairs(lines.slice(1, end - 1)) : [], 'front_matter');
}

/** Index of the first line after front matter (0 when there is none or it is never closed). */
function frontMatterEnd(lines: readonly string[]): number {
  const first = (lines[0] ?? '').trimEnd();
  const kind = FRONT_MATTER.find((f) => f.open === first);
  if (!kind) return 0;
  for (let i = 1; i < lines.length; i++) {
    if (kind.close.includes((lines[i] ?? '').trimEnd())) return i + 1;
  }
  return 0;
}

/** Removes `<!-- … -->` from one line; `open` says whether a comment continues onto the next line. */
function removeComments(line: string, inComment: boolean): { readonly text: string; readonly open: boolean } {
  let text = '';
  let pos = 0;
  let open = inComment;
  while (pos <= line.length) {
    if (open) {
      const end = line.indexOf('-->', pos);
      if (end < 0) return { text, open: true };
      pos = end + 3;
      open = false;
    } else {
      const start = line.indexOf('<!--', pos);
      if (start < 0) return { text: text + line.slice(pos), open: false };
      text += line.slice(pos, start);
      pos = start + 4;
      open = true;
    }
  }
  return { text, open };
}

function stripLine(line: string): string {
  let s = parkEscapes(line);
  if (DROP_LINE_RULES.some((r) => r.pattern.test(s)) || isTableDelimiter(s)) return '';
  // "- 2 -" is a page number left by a PDF conversion, not a bullet: the normalizer removes it
  if (PAGE_NUMBER.test(s)) return s;
  let heading = false;
  for (const rule of PREFIX_RULES) {
    const m = rule.pattern.exec(s);
    if (!m) continue;
    s = s.slice(m[0].length);
    if (rule.id === 'heading') heading = true;
  }
  if (heading) s = dropClosingHashes(s);
  if (s.trimStart().startsWith('|')) s = tableRow(s);
  for (const rule of INLINE_RULES) s = s.replace(rule.pattern, rule.replace);
  for (const marker of EMPHASIS_MARKERS) s = unwrapPairs(s, marker);
  return restoreEscapes(s);
}

/** `| --- | :---: |`: only pipes, colons, dashes and spaces, with at least one pipe and one dash. */
function isTableDelimiter(line: string): boolean {
  return line.includes('|') && line.includes('-') && /^[|: \t-]+$/.test(line);
}

/** `## 标题 ##` → `标题`: the optional closing hashes of an ATX heading. */
function dropClosingHashes(s: string): string {
  const t = s.trimEnd();
  let j = t.length;
  while (j > 0 && t[j - 1] === '#') j--;
  return j < t.length && (j === 0 || isSpace(t[j - 1])) ? t.slice(0, j).trimEnd() : s;
}

/** `| a | b |` → `a\tb`: cells separated by tabs, as every reader writes table rows. */
function tableRow(line: string): string {
  const cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((c) => c.trim()).join('\t');
}

/**
 * Removes emphasis markers in pairs: an opener followed by a non-space, a closer preceded by one
 * (so `2 * 3 * 4` and a lone `*` stay). A scanner, not a regex, to stay linear.
 */
export function unwrapPairs(line: string, marker: string): string {
  let out = '';
  let pos = 0;
  for (;;) {
    const open = findOpener(line, marker, pos);
    if (open < 0) break;
    const close = findCloser(line, marker, open + marker.length);
    if (close < 0) break;
    out += line.slice(pos, open) + line.slice(open + marker.length, close);
    pos = close + marker.length;
  }
  return out + line.slice(pos);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\t';
}

/** Space or punctuation (ASCII or CJK): where an underscore run may open or close emphasis. */
const BOUNDARY = /[\s\p{P}]/u;

/** CommonMark: `_` and `__` never open or close inside a word (填写__年__月 is a form blank, not emphasis). */
function atBoundary(ch: string | undefined, marker: string): boolean {
  return marker[0] !== '_' || ch === undefined || BOUNDARY.test(ch);
}

function findOpener(line: string, marker: string, from: number): number {
  for (let i = line.indexOf(marker, from); i >= 0; i = line.indexOf(marker, i + 1)) {
    const next = line[i + marker.length];
    const prev = line[i - 1];
    // a run longer than the marker (*** or ____ blanks) is not this marker
    if (!isSpace(next) && next !== marker[0] && prev !== marker[0] && atBoundary(prev, marker)) return i;
  }
  return -1;
}

function findCloser(line: string, marker: string, from: number): number {
  for (let i = line.indexOf(marker, from); i >= 0; i = line.indexOf(marker, i + 1)) {
    const prev = line[i - 1];
    const next = line[i + marker.length];
    if (i > from && !isSpace(prev) && prev !== marker[0] && next !== marker[0] && atBoundary(next, marker)) return i;
  }
  return -1;
}

function parkEscapes(line: string): string {
  if (!line.includes('\\')) return line;
  let out = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    const next = line[i + 1];
    const k = next === undefined ? -1 : ESCAPABLE.indexOf(next);
    if (ch === '\\' && k >= 0) {
      out += String.fromCodePoint(PARK_BASE + k);
      i++;
    } else out += ch;
  }
  return out;
}

function restoreEscapes(line: string): string {
  let out = '';
  for (const ch of line) {
    const k = (ch.codePointAt(0) ?? 0) - PARK_BASE;
    out += k >= 0 && k < ESCAPABLE.length ? ESCAPABLE[k] : ch;
  }
  return out;
}
