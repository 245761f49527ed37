// Web pages (.html/.htm) as saved from document sites: decode by BOM or meta charset, keep the body text only
// (no scripts, styles, navigation), one block a line, table rows as tab-separated cells.
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import type { Warning } from '../schema/document.js';
import type { IngestResult, Metadata } from '../types.js';
import { decodeEntities } from './docx-xml.js';
import { metadataOf } from './metadata.js';
import { decode, encodingFromLabel } from './encoding.js';
import { dropFakeSpaces } from './pdf-layout.js';
import { maxOf } from '../text/extremes.js';

/** Error codes of this reader (the README lists them). */
export const HTML_ERRORS = {
  HTML_UNREADABLE: 'the web page could not be parsed',
  HTML_NO_TEXT: 'the web page has no body text (only scripts, navigation or images)',
} as const;
export type HtmlErrorCode = keyof typeof HTML_ERRORS;

const fail = (code: HtmlErrorCode, detail?: string): IngestResult => ({
  ok: false,
  format: 'html',
  error: { code, message: detail ? `${HTML_ERRORS[code]}: ${detail}` : HTML_ERRORS[code] },
});

/** Charset labels that name a subset of another decoder: decode with the superset. */
const CHARSET_SUPERSETS: Readonly<Record<string, string>> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', gb_2312: 'gb18030', 'gb_2312-80': 'gb18030', big5: 'big5', 'big5-hkscs': 'big5', 'iso-8859-1': 'windows-1252' };

const latin1 = (b: Uint8Array): string => new TextDecoder('latin1').decode(b);

/** The charset a page declares in a <meta> tag (or an XML declaration) within its first 4 KB, lowercased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, 4096));
  for (const tag of head.matchAll(/<meta\b[^>]{0,500}>/gi)) {
    const m = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag[0]);
    if (m) return m[1]!.toLowerCase();
  }
  const xml = /<\?xml[^>]{0,200}encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml ? xml[1]!.toLowerCase() : null;
}

function decoderFor(label: string, fatal: boolean): InstanceType<typeof TextDecoder> | null {
  try {
    return new TextDecoder(CHARSET_SUPERSETS[label] ?? label, { fatal });
  } catch {
    return null;
  }
}

/** Decodes a page: BOM first, then the declared charset when the bytes are valid in it, else the text reader's detection. */
export function decodeHtml(bytes: Uint8Array, charsetHint: string | null = null): { text: string; encoding: string; warnings: Warning[] } {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const declared = hasBom ? null : (declaredCharset(bytes) ?? charsetHint);
  if (declared) {
    const decoder = decoderFor(encodingFromLabel(declared) ?? declared, true);
    if (decoder) {
      try {
        return { text: decoder.decode(bytes), encoding: decoder.encoding, warnings: [] };
      } catch {
        // the page lies about its charset: detect it from the bytes
      }
    }
  }
  const detected = decode(bytes);
  const warnings: Warning[] = [...detected.warnings];
  if (declared && decoderFor(encodingFromLabel(declared) ?? declared, false)) {
    warnings.push({ code: 'HTML_CHARSET_MISMATCH', message: `declared ${declared} but the bytes are ${detected.encoding}` });
  }
  return { text: detected.text, encoding: detected.encoding, warnings };
}

/** True when bytes look like markup (a web page saved under another extension, e.g. "Word HTML" .doc files). */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 1024)).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<') && /<(?:html|head|body|meta|!doctype html)\b/.test(head);
}

/** A MIME web archive (.mht, also what Word writes for "single file web page" .doc files). */
export function looksLikeMht(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 2048));
  return /^(?:MIME-Version|From|Subject|Date|Content-Type)\s*:/i.test(head.trimStart()) && /multipart\/related/i.test(head);
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const joined = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined[i] === '=' ? joined.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(joined.charCodeAt(i) & 0xff);
  }
  return new Uint8Array(out);
}

/** The first text/html part of a MIME web archive, its transfer encoding undone, with the charset its header names. */
export function mhtHtmlPart(bytes: Uint8Array): { bytes: Uint8Array; charset: string | null } | null {
  const text = latin1(bytes);
  const boundary = /boundary\s*=\s*"?([^"\r\n;]{1,200})"?/i.exec(text.slice(0, 4096))?.[1];
  if (!boundary) return null;
  for (const part of text.split(`--${boundary}`).slice(1)) {
    const split = /\r?\n\r?\n/.exec(part);
    if (!split) continue;
    const headers = part.slice(0, split.index);
    if (!/content-type\s*:\s*text\/html/i.test(headers)) continue;
    const body = part.slice(split.index + split[0].length);
    const transfer = /content-transfer-encoding\s*:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
    const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(headers)?.[1]?.toLowerCase() ?? null;
    const raw = transfer === 'quoted-printable' ? decodeQuotedPrintable(body) : transfer === 'base64' ? new Uint8Array(Buffer.from(body, 'base64')) : new Uint8Array(Buffer.from(body, 'latin1'));
    return { bytes: raw, charset };
  }
  return null;
}

// Elements that never hold document text.
const DROPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'head', 'title', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'input', 'textarea', 'map', 'audio', 'video']);
// Class or id words of site chrome (whole words only: "article-header" stays, a document title lives there).
const CHROME = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|sidebar|share|comments?|login|advert|ads|banner|toolbar|copyright|footer|topbar|pagination|pager)(?:$|[\s_-])/i;
// Elements that start and end a line.
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'article', 'main', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'hr', 'table', 'tbody', 'thead', 'tfoot', 'caption', 'address', 'center', 'figure', 'figcaption', 'body', 'html']);

const isElement = (n: Node): n is HTMLElement => n.nodeType === 1;

function dropped(el: HTMLElement): boolean {
  const tag = el.tagName?.toLowerCase() ?? '';
  if (DROPPED_TAGS.has(tag)) return true;
  const style = el.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) || el.getAttribute('hidden') !== undefined) return true;
  return CHROME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`);
}

/** Characters above which a table cell is page layout rather than data. */
const LAYOUT_CELL_CHARS = 300;

function isLayoutCell(cell: HTMLElement): boolean {
  return cell.querySelector('table') !== null || cell.text.replace(/\s+/g, '').length > LAYOUT_CELL_CHARS;
}

/** Parses markup once for the text and the metadata. */
function parseHtml(html: string): HTMLElement {
  // Word's "downlevel-revealed" conditionals (<![if !supportLists]>一、<![endif]>): keep the content, drop the markers
  // a doctype after leading blank lines and Word's processing instructions (<?xml:namespace … />) are
  // markup the parser would otherwise keep as text
  const cleaned = html.replace(/<!\[(?:if[^\]>]{0,100}|endif)\]>/gi, '').replace(/<!DOCTYPE[^>]{0,2000}>|<\?[^>]{0,2000}>/gi, '');
  return parse(cleaned, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
}

/** The page's <title> and the <meta> tags naming its title or publish date (ArticleTitle, og:title, PubDate …). */
export function htmlMetadata(root: HTMLElement): Metadata {
  const pairs: [string, string][] = [];
  const title = root.querySelector('title')?.text;
  if (title) pairs.push(['title', decodeEntities(title)]);
  for (const meta of root.querySelectorAll('meta')) {
    const key = meta.getAttribute('name') ?? meta.getAttribute('property') ?? meta.getAttribute('itemprop');
    const content = meta.getAttribute('content');
    if (key && content) pairs.push([key, decodeEntities(content)]);
  }
  return metadataOf(pairs, 'html');
}

/** The rows of a table element, not of tables nested in its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  const visit = (el: HTMLElement): void => {
    for (const child of el.childNodes) {
      if (!isElement(child)) continue;
      const tag = child.tagName?.toLowerCase() ?? '';
      if (tag === 'tr') rows.push(child);
      else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}

const cellsOf = (row: HTMLElement): HTMLElement[] => row.childNodes.filter((c): c is HTMLElement => isElement(c) && /^t[dh]$/i.test(c.tagName));

/** A table of data (no cell holds a nested table or a block of prose): its rows are read as a grid. */
function isDataTable(table: HTMLElement): boolean {
  const rows = ownRows(table);
  return rows.length > 0 && rows.every((r) => !cellsOf(r).some(isLayoutCell));
}

/** Most columns or rows one cell may span (a bigger value is a page-layout trick, not data). */
const MAX_SPAN = 50;

const spanOf = (cell: HTMLElement, name: string): number => {
  const n = Number.parseInt(cell.getAttribute(name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
};

/**
 * A table as a full grid: a cell spanning columns (colspan) or rows (rowspan) keeps its text in its
 * first position and leaves the others empty, so every row has as many cells as the table has
 * columns. Rows with no text are dropped.
 */
export function tableGrid(table: HTMLElement, textOf: (cell: HTMLElement) => string): string[][] {
  const grid: string[][] = [];
  // columns still covered by a rowspan from a row above: column → rows left
  const covered = new Map<number, number>();
  for (const row of ownRows(table)) {
    const out: string[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((covered.get(col) ?? 0) > 0) {
        out.push('');
        covered.set(col, (covered.get(col) ?? 1) - 1);
        col++;
      }
    };
    for (const cell of cellsOf(row)) {
      skipCovered();
      const colspan = spanOf(cell, 'colspan');
      const rowspan = spanOf(cell, 'rowspan');
      for (let k = 0; k < colspan; k++) {
        out.push(k === 0 ? textOf(cell) : '');
        if (rowspan > 1) covered.set(col, rowspan - 1);
        col++;
      }
    }
    skipCovered();
    // columns covered beyond this row's last cell
    for (const [c, left] of covered) {
      if (c >= col && left > 0) {
        while (out.length < c) out.push('');
        out[c] = '';
        covered.set(c, left - 1);
      }
    }
    grid.push(out);
  }
  const width = maxOf(grid.map((r) => r.length), 0);
  return grid.map((r) => [...r, ...Array<string>(width - r.length).fill('')]).filter((r) => r.some((c) => c !== ''));
}

/** The visible body text of markup: blocks as lines, table rows as tab-separated cells. */
export function htmlText(html: string | HTMLElement): string {
  const root = typeof html === 'string' ? parseHtml(html) : html;
  const body = root.querySelector('body') ?? root;
  const out: string[] = [];
  let line = '';
  const breakLine = (): void => {
    const clean = dropFakeSpaces(line.replace(/[ \t\n\r\f\u00a0]+/g, ' ')).trim();
    if (clean !== '') out.push(clean);
    line = '';
  };
  const inline = (node: Node): string => {
    if (!isElement(node)) return node.nodeType === 3 ? node.text : '';
    if (dropped(node)) return '';
    if (node.tagName?.toLowerCase() === 'br') return ' ';
    return node.childNodes.map(inline).join(' ');
  };
  const walk = (node: Node): void => {
    if (!isElement(node)) {
      if (node.nodeType === 3) line += node.text;
      return;
    }
    if (dropped(node)) return;
    const tag = node.tagName?.toLowerCase() ?? '';
    if (tag === 'br') return breakLine();
    if (tag === 'table' && isDataTable(node)) {
      breakLine();
      for (const row of tableGrid(node, (c) => dropFakeSpaces(inline(c).replace(/\s+/g, ' ')).trim())) out.push(row.join('\t'));
      return;
    }
    if (tag === 'tr') {
      breakLine();
      const cells = node.childNodes.filter((c): c is HTMLElement => isElement(c) && /^t[dh]$/i.test(c.tagName));
      // old sites lay whole pages out in tables: such a row holds blocks of text, not cells of data
      if (cells.some(isLayoutCell)) {
        cells.forEach((c) => (walk(c), breakLine()));
        return;
      }
      const row = cells.map((c) => dropFakeSpaces(inline(c).replace(/\s+/g, ' ')).trim());
      if (row.some((c) => c !== '')) out.push(row.join('\t'));
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) breakLine();
    node.childNodes.forEach(walk);
    if (block) breakLine();
  };
  walk(body);
  breakLine();
  return out.join('\n');
}

/** Reads a saved web page (or a single-file web archive, .mht). Never throws: an unparsable or empty page becomes a coded error. */
export async function readHtml(bytes: Uint8Array, _path = ''): Promise<IngestResult> {
  const mht = looksLikeMht(bytes);
  const archived = mht ? mhtHtmlPart(bytes) : null;
  if (mht && !archived) return fail('HTML_NO_TEXT', 'the web archive holds no HTML part');
  const { text: html, encoding, warnings } = archived ? decodeHtml(archived.bytes, archived.charset) : decodeHtml(bytes);
  let text: string;
  let metadata: Metadata;
  try {
    const root = parseHtml(html);
    text = htmlText(root);
    metadata = htmlMetadata(root);
  } catch (err) {
    return fail('HTML_UNREADABLE', err instanceof Error ? err.message : String(err));
  }
  if (text.trim() === '') return fail('HTML_NO_TEXT');
  return { ok: true, value: { text, format: 'html', encoding, pages: null, warnings, metadata } };
}
