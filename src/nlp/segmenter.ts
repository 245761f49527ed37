// The one place that talks to the word segmenter (nodejieba). Its dictionary costs
// about 1 s and 250 MB per process, so it loads lazily, once, on first use; swapping
// the segmenter means changing this file only.
import { createRequire } from 'node:module';

export interface TaggedWord {
  readonly word: string;
  /** ICTCLAS-style part-of-speech tag: n, v, vn, m, q, p, ... */
  readonly tag: string;
}

export interface WeightedWord {
  readonly word: string;
  readonly weight: number;
}

interface Jieba {
  load(): void;
  cut(text: string, hmm?: boolean): string[];
  tag(text: string): { word: string; tag: string }[];
  extract(text: string, topN: number): { word: string; weight: number }[];
}

let jieba: Jieba | null = null;

/**
 * Shared with a worker pool (src/batch/pool.ts GUARD): 1 while inside nodejieba, so the pool
 * never terminates this thread mid-call (which aborts the process); 2 once the pool is stopping it.
 */
let guard: Int32Array | null = null;

export function setNativeGuard(shared: Int32Array): void {
  guard = shared;
}

/** Runs a nodejieba call under the guard. */
function native<T>(call: () => T): T {
  if (!guard) return call();
  if (Atomics.compareExchange(guard, 0, 0, 1) !== 0) throw new Error('the extraction was abandoned');
  try {
    return call();
  } finally {
    Atomics.store(guard, 0, 0);
  }
}

function engine(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as Jieba;
    loaded.load();
    jieba = loaded;
  }
  return jieba;
}

/**
 * The longest piece of text given to the segmenter at once. Its HMM works on a whole run between
 * punctuation and needs hundreds of bytes per character of it (a 1 MB line of digits: 400 MB), so
 * long texts are cut into pieces, after a sentence or clause end where there is one.
 */
const MAX_PIECE = 2000;
/** Where a piece may end: after these, the segmenter starts afresh anyway. */
const PIECE_ENDS = new Set(['\n', '。', '！', '？', '；', '，', '!', '?', ';']);

/** `text` as consecutive pieces of at most MAX_PIECE code units (never splitting a surrogate pair). */
export function pieces(text: string, max: number = MAX_PIECE): string[] {
  if (text.length <= max) return text ? [text] : [];
  const out: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    let end = from + max;
    // the last clause end in the second half of the window, else a hard cut
    for (let k = end - 1; k >= from + max / 2; k--) {
      if (PIECE_ENDS.has(text[k] ?? '')) {
        end = k + 1;
        break;
      }
    }
    const unit = text.charCodeAt(end - 1);
    if (unit >= 0xd800 && unit <= 0xdbff) end--;
    out.push(text.slice(from, end));
    from = end;
  }
  out.push(text.slice(from));
  return out;
}

/** Words of `text` in order; their concatenation is `text`. */
export function cut(text: string): string[] {
  if (!text) return [];
  const jieba = engine();
  return pieces(text).flatMap((p) => native(() => jieba.cut(p, true)));
}

/** Words with part-of-speech tags, in order. */
export function tag(text: string): TaggedWord[] {
  if (!text) return [];
  const jieba = engine();
  return pieces(text).flatMap((p) => native(() => jieba.tag(p)));
}

/** TF-IDF keywords, best first (the pieces joined by line breaks, which the segmenter never crosses). */
export function keywords(text: string, topN: number): WeightedWord[] {
  if (!text) return [];
  const jieba = engine();
  const input = text.length <= MAX_PIECE ? text : pieces(text).join('\n');
  return native(() => jieba.extract(input, topN));
}

/** Offsets in `text` where a word starts (always includes 0 for non-empty text). */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const w of cut(text)) {
    starts.push(at);
    at += w.length;
  }
  return starts;
}
