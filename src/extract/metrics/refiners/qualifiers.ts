// Qualifiers written away from their figure: before a verb of it (至多得推派10队, 至少召开1次), or once
// after the last figure of a list (分别增长30%、45%以上: both at least).
import { BOUND_WORDS, QUALIFIER_SUFFIXES } from '../lexicon.js';
import { alternation } from '../number.js';
import type { Qualifier } from '../../../schema/document.js';
import type { Candidate, Refiner } from '../types.js';

/** A bound word, then one to four characters of a verb phrase (no 的, 是, punctuation or digits). */
const BOUND_BEFORE = new RegExp(`(?<word>${alternation(BOUND_WORDS.map((b) => b.word))})(?<verb>[\\u4e00-\\u9fff]{1,4})$`);
const NOT_A_VERB = /[的是之]/;

export const qualifiersAcrossVerbs: Refiner = {
  id: 'qualifiers-across-verbs',
  refine: (cands, text) =>
    cands.map((c) => {
      if (c.start !== c.numberStart || c.qualifier !== 'exact') return c;
      const m = BOUND_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
      const word = m?.groups?.['word'];
      const verb = m?.groups?.['verb'] ?? '';
      if (!m || !word || NOT_A_VERB.test(verb) || /[零〇一二两三四五六七八九十百千万亿]$/.test(verb)) return c;
      const qualifier = BOUND_WORDS.find((b) => b.word === word)?.qualifier;
      if (!qualifier) return c;
      return { ...c, start: c.start - word.length - verb.length, between: c.start - verb.length, qualifier, prefixed: true };
    }),
};

/** Characters joining the figures of a list. */
const LIST_JOINERS = new Set(['、', '和', '及', '与', '或']);
const hasSuffix = (text: string, c: Candidate): boolean =>
  QUALIFIER_SUFFIXES.some((q) => q.qualifier !== null && text.slice(c.start, c.end).endsWith(q.word));

export const qualifiersOfLists: Refiner = {
  id: 'qualifiers-of-lists',
  refine: (cands, text) => {
    const out = [...cands];
    // from the end: the qualifier written after a list's last figure, carried back along the list
    let carried: Qualifier | null = null;
    for (let k = out.length - 1; k >= 0; k--) {
      const c = out[k] as Candidate;
      const next = out[k + 1];
      const joined = next !== undefined && c.unit === next.unit && LIST_JOINERS.has(text.slice(c.end, next.start));
      if (joined && carried && c.qualifier === 'exact') out[k] = { ...c, qualifier: carried };
      else carried = hasSuffix(text, c) ? c.qualifier : null;
    }
    return out;
  },
};
