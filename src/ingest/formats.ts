// Which format a file is, from its extension: a light module (no reader) that the batch may load.
import { extname } from 'node:path';
import type { Format } from '../schema/document.js';

/** File extensions → format. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, Format>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.doc': 'doc',
  '.html': 'html',
  '.htm': 'html',
  '.mht': 'html',
  '.mhtml': 'html',
  // pages saved from dynamic sites keep their server's extension
  '.shtml': 'html',
  '.xhtml': 'html',
  '.jsp': 'html',
  '.asp': 'html',
  '.aspx': 'html',
  '.php': 'html',
};

export function formatOf(path: string): Format | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}
