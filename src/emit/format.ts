// How records look on stdout: NDJSON by default (one compact line per record),
// or with --pretty one indented JSON array (a single valid JSON document).
import type { OutputRecord } from '../schema/document.js';

export type OutputStyle = 'ndjson' | 'pretty';

/** One NDJSON line, newline included. */
export function ndjsonLine(record: unknown): string {
  return `${JSON.stringify(record)}\n`;
}

/** A standalone indented JSON file (per-document files under --out), final newline included. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The text written for the `index`-th record of a stream (0-based). With "pretty",
 * the records form one array: `[` comes with the first record, `]` from `closing`.
 */
export function recordChunk(record: OutputRecord, index: number, style: OutputStyle): string {
  if (style === 'ndjson') return ndjsonLine(record);
  return prettyChunk(recordBody(record), index);
}

/** A record as an element of the --pretty array, indented one level, without separators. */
export function recordBody(record: OutputRecord): string {
  return JSON.stringify(record, null, 2).replace(/\n/g, '\n  ');
}

/** The `index`-th element of the --pretty array (0-based), given its body. */
export function prettyChunk(body: string, index: number): string {
  return `${index === 0 ? '[\n  ' : ',\n  '}${body}`;
}

/** What ends a stream of `count` records. */
export function closingChunk(count: number, style: OutputStyle): string {
  if (style === 'ndjson') return '';
  return count === 0 ? '[]\n' : '\n]\n';
}
