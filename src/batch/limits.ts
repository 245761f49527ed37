// The limits that keep a batch bounded whatever its inputs (README "Limits"): how large an input
// may be, how long and how much memory its extraction may take, how far its compressed parts may
// inflate. Plain data and pure functions; the batch (src/cli/run.ts) and ingestion enforce them.

export interface Limits {
  /** Inputs larger than this many bytes are refused unread (TOO_LARGE); null: no limit. */
  readonly maxBytes: number | null;
  /** Seconds an input may take: fixed, or a base plus so many per MB of input; null: no limit. */
  readonly timeout: { readonly seconds: number } | { readonly baseSeconds: number; readonly perMBSeconds: number } | null;
  /** Old-generation heap of each worker thread, in MB (TOO_LARGE when it is not enough); null: no limit. */
  readonly maxMemoryMB: number | null;
  /** Bytes the compressed parts of one DOCX or PDF may inflate to (DECOMPRESSION_BOMB); null: no limit. */
  readonly maxInflatedBytes: number | null;
}

const MB = 1024 * 1024;

/** The CLI's defaults: generous for real documents (a 300-page PDF, a 20 MB text), fatal to nothing else. */
export const DEFAULT_LIMITS: Limits = {
  maxBytes: 200 * MB,
  timeout: { baseSeconds: 30, perMBSeconds: 10 },
  maxMemoryMB: 2048,
  maxInflatedBytes: 512 * MB,
};

/** No limit at all (the library's extractFile, and run() unless told otherwise). */
export const NO_LIMITS: Limits = { maxBytes: null, timeout: null, maxMemoryMB: null, maxInflatedBytes: null };

/** Milliseconds an input of `bytes` bytes may take, or null when there is no time limit. */
export function timeoutMs(limits: Limits, bytes: number): number | null {
  const t = limits.timeout;
  if (!t) return null;
  const seconds = 'seconds' in t ? t.seconds : t.baseSeconds + (t.perMBSeconds * bytes) / MB;
  return Math.round(seconds * 1000);
}

/** True when an input must go to a worker thread: only there can it be stopped or capped. */
export function needsWorker(limits: Limits): boolean {
  return limits.timeout !== null || limits.maxMemoryMB !== null;
}

/**
 * The largest text-like input (.txt, .md, web page) that a run of that one input extracts in its
 * own thread under the default limits: the text rules are linear (bench/growth.mjs), so it ends
 * in seconds, and it starts a second sooner without a worker. A time or memory limit given on the
 * command line, a PDF or Word file, a larger text or a second input always gets a worker.
 */
export const IN_THREAD_MAX_BYTES = 1024 * 1024;

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: MB, mb: MB, g: 1024 * MB, gb: 1024 * MB };

/** "200M", "1.5g", "65536", "64kb" → bytes; "0" → 0 (no limit); null when it is not a size. */
export function parseSize(value: string): number | null {
  const m = /^([0-9]{1,12}(?:\.[0-9]{1,6})?) ?([a-z]{0,2})$/i.exec(value.trim());
  const unit = SIZE_UNITS[(m?.[2] ?? '').toLowerCase()];
  if (!m || unit === undefined) return null;
  return Math.round(Number(m[1]) * unit);
}

/** "45", "2.5", "45s" → seconds; "0" → 0 (no limit); null when it is not a duration. */
export function parseSeconds(value: string): number | null {
  const m = /^([0-9]{1,9}(?:\.[0-9]{1,3})?) ?s?$/i.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/** "1.2 MB", "800 KB", "12 bytes": for messages. */
export function sizeText(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** The error codes the limits give (the README lists them). */
export const LIMIT_ERRORS = {
  TOO_LARGE: 'the input is too large',
  TIMEOUT: 'extracting the input took too long',
  DECOMPRESSION_BOMB: 'a compressed part inflates beyond the limit',
} as const;
