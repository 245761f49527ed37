// Keywords: nodejieba's TF-IDF over the document text, weights rounded for stable output.
import type { Keyword } from '../schema/document.js';
import { keywords } from '../nlp/segmenter.js';

/** Words every plan or report is full of: they say nothing about what this one is about. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(['工作', '开展', '进一步', '加强', '推进', '提升', '落实', '积极', '认真', '不断', '全面', '做好', '实现', '提高', '我们']);

/** Redaction placeholders (XX, xx, ××) and numbers are not keywords. */
const PLACEHOLDER = /^(?:[XxＸｘ×*＊]+|\d+(?:\.\d+)?[年月日]?)$/;

function meaningful(word: string): boolean {
  return [...word].length >= 2 && /[\p{Script=Han}A-Za-z]/u.test(word) && !PLACEHOLDER.test(word) && !GENERIC_WORDS.has(word);
}

/** Candidates asked of the segmenter per keyword kept, so filtering still leaves `topN`. */
const OVERFETCH = 3;

/** The top `topN` keywords of `text` with weights rounded to 2 decimals. */
export function documentKeywords(text: string, topN = 10): Keyword[] {
  return keywords(text, topN * OVERFETCH)
    .filter((k) => meaningful(k.word))
    .slice(0, topN)
    .map((k) => ({ word: k.word, weight: Math.round(k.weight * 100) / 100 }));
}
