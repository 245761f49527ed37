// Word 97-2003 .doc reader (word-extractor). Offices often save other formats under .doc:
// a ZIP package is read as .docx, a web page ("Word HTML") or a web archive (.mht) as HTML.
import { createRequire } from 'node:module';
import type { IngestResult } from '../types.js';
import { isEncryptedOoxml, isOle, isZip, readDocx, wordFailure } from './docx.js';
import { looksLikeHtml, looksLikeMht, readHtml } from './html.js';

/** Tidies word-extractor's body: cell marks came out as tabs, so every table row ends in one extra tab. */
export function tidyDocBody(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => trimSpaces(line.endsWith('\t') ? line.slice(0, -1) : line))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\u00a0';

/** Trims spaces (not tabs: an empty first or last cell is a tab) from both ends. */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && isSpace(line[start])) start++;
  while (end > start && isSpace(line[end - 1])) end--;
  return line.slice(start, end);
}

interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
}

/** Reads a .doc. Never throws: damaged and encrypted files become coded errors. */
export async function readDoc(bytes: Uint8Array, path: string, limits: { readonly maxInflatedBytes: number | null } = { maxInflatedBytes: null }): Promise<IngestResult> {
  if (isZip(bytes)) {
    const result = await readDocx(bytes, limits);
    return result.ok ? { ok: true, value: { ...result.value, format: 'doc' } } : result;
  }
  if (looksLikeHtml(bytes) || looksLikeMht(bytes)) {
    const result = await readHtml(bytes, path);
    return result.ok ? { ok: true, value: { ...result.value, format: 'doc' } } : result;
  }
  if (!isOle(bytes)) return wordFailure('doc', 'DOC_CORRUPT', 'not an OLE compound file');
  if (isEncryptedOoxml(bytes)) return wordFailure('doc', 'DOC_ENCRYPTED');
  try {
    // loaded on first use only; the package ships no type declarations
    const WordExtractor = createRequire(import.meta.url)('word-extractor') as new () => { extract(b: Buffer): Promise<WordDocument> };
    const doc = await new WordExtractor().extract(Buffer.from(bytes));
    const text = tidyDocBody(doc.getBody({ filterUnicode: false }));
    if (text === '') return wordFailure('doc', 'DOC_NO_TEXT');
    return { ok: true, value: { text, format: 'doc', encoding: null, pages: null, warnings: [] } };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/encrypt|password/i.test(message)) return wordFailure('doc', 'DOC_ENCRYPTED');
    return wordFailure('doc', 'DOC_CORRUPT', message);
  }
}
