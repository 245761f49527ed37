// Keywords: nodejieba's TF-IDF over the document text, the vocabulary every official document
// repeats left out, weights scaled so the document's best keyword weighs 1.
import type { Keyword } from '../schema/document.js';
import { keywords } from '../nlp/segmenter.js';

/**
 * Words every plan or report is full of (the verbs and nouns of official style, the speaker's 我们/
 * 我区, time words of a review): they say nothing about what this one is about.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '工作', '开展', '进一步', '加强', '推进', '提升', '落实', '积极', '认真', '不断', '全面', '做好', '实现', '提高', '我们',
  '发展', '建设', '推动', '加快', '完善', '实施', '坚持', '加大', '深化', '强化', '健全', '持续', '促进', '扎实', '切实',
  '大力', '统筹', '着力', '重点', '高质量', '有效', '水平', '能力', '机制', '体系', '支持', '深入', '取得', '组织', '相关',
  '有关', '各类', '各级', '部门', '单位', '同志', '我区', '我县', '我市', '我省', '我校', '全市', '全县', '全区', '全省',
  '今年', '全年', '去年', '同比', '增长', '完成', '一批', '稳步', '显著', '明显', '不断完善', '全力', '努力',
]);

/** Redaction placeholders (XX, xx, ××) and numbers are not keywords. */
const PLACEHOLDER = /^(?:[XxＸｘ×*＊]+|\d+(?:\.\d+)?[年月日]?)$/;

function meaningful(word: string): boolean {
  return [...word].length >= 2 && /[\p{Script=Han}A-Za-z]/u.test(word) && !PLACEHOLDER.test(word) && !GENERIC_WORDS.has(word);
}

/** Candidates asked of the segmenter per keyword kept, so filtering still leaves `topN`. */
const OVERFETCH = 3;

/** The top `topN` keywords of `text`, the best weighing 1 and the others in proportion (3 decimals). */
export function documentKeywords(text: string, topN = 10): Keyword[] {
  const top = keywords(text, topN * OVERFETCH)
    .filter((k) => meaningful(k.word))
    .slice(0, topN);
  const best = top[0]?.weight ?? 0;
  return top.map((k) => ({ word: k.word, weight: best > 0 ? Math.round((k.weight / best) * 1000) / 1000 : 0 }));
}
