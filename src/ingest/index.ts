// Ingestion: a file's bytes → text, by format. Only this stage (and emit) touches files.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Format } from '../schema/document.js';
import type { IngestResult } from '../types.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

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

/** A reader for one format: bytes in, text or a coded failure out. Never throws for bad input. */
export type Reader = (bytes: Uint8Array, path: string) => Promise<IngestResult>;

const READERS: Readonly<Partial<Record<Format, Reader>>> = {
  txt: async (bytes) => readText(bytes, 'txt'),
  md: async (bytes) => readText(bytes, 'md'),
  pdf: (bytes) => readPdf(bytes),
  docx: (bytes) => readDocx(bytes),
  doc: (bytes, path) => readDoc(bytes, path),
  html: (bytes, path) => readHtml(bytes, path),
};

/** Reads bytes already in memory (stdin, tests) as the given format. */
export async function ingestBytes(bytes: Uint8Array, path: string, format: Format): Promise<IngestResult> {
  const reader = READERS[format];
  if (!reader) {
    return { ok: false, format, error: { code: 'UNSUPPORTED_FORMAT', message: `${format} files are not supported yet` } };
  }
  return reader(bytes, path);
}

export async function readBytes(path: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path));
}
