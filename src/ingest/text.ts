// Plain text and Markdown: decode the bytes (encoding detection lives in ./encoding.ts), refuse
// binary data with a coded failure, and for Markdown keep only the content (./markdown.ts).
import type { Warning } from '../schema/document.js';
import type { IngestResult } from '../types.js';
import { binaryFormatOf, decode, stripControlChars } from './encoding.js';
import { readFieldHeader } from './field-header.js';
import { markdownMetadata, stripMarkdown } from './markdown.js';

/**
 * Reads a .txt or .md file's bytes. Synchronous and pure; never throws for bad input.
 * An empty (or blank) file is read as empty text; the pipeline reports it (NO_TEXT).
 */
export function readText(bytes: Uint8Array, format: 'txt' | 'md'): IngestResult {
  const binary = binaryFormatOf(bytes);
  if (binary !== null) {
    return unreadable(format, `this looks like ${binary}, not ${format === 'md' ? 'Markdown' : 'plain'} text; give it the right extension`);
  }
  const decoded = decode(bytes);
  if (decoded.unreadable !== null) return unreadable(format, decoded.unreadable);
  const cleaned = stripControlChars(decoded.text);
  const warnings: Warning[] = [...decoded.warnings];
  if (cleaned.removed > 0) {
    const n = cleaned.removed;
    const what = n === 1 ? '1 stray control character (NUL or the like) was' : `${n} stray control characters (NUL and the like) were`;
    warnings.push({ code: 'CONTROL_CHARS_REMOVED', message: `${what} removed` });
  }
  // Markdown's front matter, or the field header that scraped pages saved as text often open with (标题: …)
  const { text, metadata } = format === 'md' ? { text: stripMarkdown(cleaned.text), metadata: markdownMetadata(cleaned.text) } : readFieldHeader(cleaned.text);
  const found = metadata.titles.length + metadata.dates.length > 0 ? { metadata } : {};
  return { ok: true, value: { text, format, encoding: decoded.encoding, pages: null, warnings, ...found } };
}

function unreadable(format: 'txt' | 'md', why: string): IngestResult {
  return { ok: false, format, error: { code: 'UNREADABLE_TEXT', message: `cannot read this file as text: ${why}` } };
}
