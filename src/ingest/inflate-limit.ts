// Decompression bombs: a budget of inflated bytes per file, spent as compressed parts are
// unpacked, and refused before it is passed. zlib stops at `maxOutputLength`, so a part is
// never inflated beyond what is left of the budget; a part declaring a larger size is refused
// before any inflating at all.
import { inflateRawSync, inflateSync } from 'node:zlib';

/** Thrown (and caught by the readers) when a file's compressed parts inflate beyond the budget. */
export class InflateLimitError extends Error {
  override readonly name = 'InflateLimitError';
}

export interface InflateBudget {
  /** Bytes still allowed; Infinity for no limit. */
  left: number;
  readonly limit: number | null;
}

export function inflateBudget(limit: number | null): InflateBudget {
  return { left: limit ?? Number.POSITIVE_INFINITY, limit };
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

function over(budget: InflateBudget, what: string): InflateLimitError {
  return new InflateLimitError(`${what} inflates beyond the limit of ${mb(budget.limit ?? 0)} (--max-inflated)`);
}

/** Refuses a part that says it will inflate beyond the budget, before inflating it. */
export function checkDeclared(budget: InflateBudget, declared: number, what: string): void {
  if (declared > budget.left) throw over(budget, what);
}

/**
 * Inflates `data` (raw deflate for ZIP entries, zlib for PDF streams) within the budget, and
 * spends what it took. Throws InflateLimitError past the budget; other zlib errors pass through.
 */
export function inflateWithin(budget: InflateBudget, data: Uint8Array, raw: boolean, what: string): Uint8Array {
  const cap = Number.isFinite(budget.left) ? Math.max(0, Math.floor(budget.left)) : undefined;
  try {
    const out = raw ? inflateRawSync(data, cap !== undefined ? { maxOutputLength: Math.max(1, cap) } : {}) : inflateSync(data, cap !== undefined ? { maxOutputLength: Math.max(1, cap), finishFlush: 2 } : { finishFlush: 2 });
    if (out.length > budget.left) throw over(budget, what);
    budget.left -= out.length;
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw over(budget, what);
    throw err;
  }
}

const latin1 = new TextDecoder('latin1');
const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
/** How far back from `stream` a stream's dictionary is looked for. */
const MAX_DICT = 4096;

/**
 * Inflates every FlateDecode stream of a PDF that is not an image, within the budget, and throws
 * InflateLimitError when they pass it: pdf.js would inflate them all in memory. (Images are not
 * decoded to read text; a scan's pages would pass any useful budget.) Linear in the file: each
 * `stream` keyword is found once, its dictionary read within a bounded window before it.
 */
export function checkPdfStreams(bytes: Uint8Array, budget: InflateBudget): void {
  if (budget.limit === null) return;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buf.indexOf(STREAM);
  while (at >= 0) {
    // "endstream" contains "stream": skip it
    if (at >= 3 && buf[at - 3] === 0x65 && buf[at - 2] === 0x6e && buf[at - 1] === 0x64) {
      at = buf.indexOf(STREAM, at + STREAM.length);
      continue;
    }
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const dict = latin1.decode(buf.subarray(Math.max(0, at - MAX_DICT), at));
    const header = dict.slice(dict.lastIndexOf('obj') + 1);
    const end = buf.indexOf(END_STREAM, start);
    const stop = end < 0 ? buf.length : end;
    if (header.includes('/FlateDecode') && !/\/Subtype\s*\/Image/.test(header)) {
      try {
        inflateWithin(budget, buf.subarray(start, stop), false, 'a PDF stream');
      } catch (err) {
        if (err instanceof InflateLimitError) throw err;
        // a damaged stream is pdf.js's to judge
      }
    }
    at = end < 0 ? -1 : buf.indexOf(STREAM, end + END_STREAM.length);
  }
}
