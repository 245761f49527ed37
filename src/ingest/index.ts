// Ingestion: a file's bytes → text, by format. Only this stage (and emit) touches files.
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Format } from '../schema/document.js';
import type { IngestResult } from '../types.js';
import { readDoc } from './doc.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf.js';
import { readText } from './text.js';

export { FORMAT_BY_EXTENSION, formatOf } from './formats.js';

/** What a reader must respect. */
export interface IngestLimits {
  /** The most bytes compressed parts (DOCX entries, PDF streams) may inflate to; null: no limit. */
  readonly maxInflatedBytes: number | null;
}

/** A reader for one format: bytes in, text or a coded failure out. Never throws for bad input. */
export type Reader = (bytes: Uint8Array, path: string, limits: IngestLimits) => Promise<IngestResult>;

const READERS: Readonly<Partial<Record<Format, Reader>>> = {
  txt: async (bytes) => readText(bytes, 'txt'),
  md: async (bytes) => readText(bytes, 'md'),
  pdf: (bytes, _path, limits) => readPdf(bytes, limits),
  docx: (bytes, _path, limits) => readDocx(bytes, limits),
  doc: (bytes, path, limits) => readDoc(bytes, path, limits),
  html: (bytes, path) => readHtml(bytes, path),
};

/** Reads bytes already in memory (stdin, tests) as the given format. */
export async function ingestBytes(bytes: Uint8Array, path: string, format: Format, limits: IngestLimits = { maxInflatedBytes: null }): Promise<IngestResult> {
  const reader = READERS[format];
  if (!reader) {
    return { ok: false, format, error: { code: 'UNSUPPORTED_FORMAT', message: `${format} files are not supported yet` } };
  }
  return reader(bytes, path, limits);
}

/**
 * Reads a file whole, refusing one over `maxBytes` before reading it (an error with code
 * TOO_LARGE). Reads through one open handle, so a file that grows meanwhile is cut at the limit.
 */
export async function readBytes(path: string | Buffer, maxBytes: number | null = null): Promise<Uint8Array> {
  // a FIFO would block the open, a device (/dev/zero) never end: only regular files are read
  const before = await stat(path);
  if (before.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  if (!before.isFile()) throw Object.assign(new Error('not a regular file (a device, pipe or socket)'), { code: 'ENOTREG' });
  if (maxBytes !== null && before.size > maxBytes) throw tooLarge(before.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    const info = await handle.stat();
    if (maxBytes !== null && info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const bytes = new Uint8Array(await handle.readFile());
    if (maxBytes !== null && bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, maxBytes: number): Error {
  const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  return Object.assign(new Error(`the file is ${mb(size)}, over the --max-bytes limit of ${mb(maxBytes)}`), { code: 'TOO_LARGE' });
}
