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

function engine(): Jieba {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const loaded = require('nodejieba') as Jieba;
    loaded.load();
    jieba = loaded;
  }
  return jieba;
}

/** Words of `text` in order; their concatenation is `text`. */
export function cut(text: string): string[] {
  return text ? engine().cut(text, true) : [];
}

/** Words with part-of-speech tags, in order. */
export function tag(text: string): TaggedWord[] {
  return text ? engine().tag(text) : [];
}

/** TF-IDF keywords, best first. */
export function keywords(text: string, topN: number): WeightedWord[] {
  return text ? engine().extract(text, topN) : [];
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
