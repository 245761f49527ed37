// Plain text and Markdown: decode the bytes (encoding detection lives in ./encoding.ts).
import type { IngestResult } from '../types.js';

/** STUB: UTF-8 only. */
export function readText(bytes: Uint8Array, format: 'txt' | 'md'): IngestResult {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { ok: true, value: { text, format, encoding: 'utf-8', pages: null, warnings: [] } };
}
