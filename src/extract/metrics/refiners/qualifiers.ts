// Qualifiers written away from their figure: before a verb of it (至多得推派10队, 至少召开1次), or once
// for a whole list, after its last figure (分别增长30%、45%以上: both at least) or before its first
// (分别突破300亿元和3000亿元: both more than).
import { BOUND_WORDS, QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES } from '../lexicon.js';
import { alternation } from '../number.js';
import type { Qualifier } from '../../../schema/document.js';
import type { Candidate, Refiner } from '../types.js';

/** A bound word, then one to four characters of a verb phrase (no 的, 是, punctuation or digits). */
const BOUND_BEFORE = new RegExp(`(?<word>${alternation(BOUND_WORDS.map((b) => b.word))})(?<verb>[\\u4e00-\\u9fff]{1,4})$`);
const NOT_A_VERB = /[的是之]/;
/** Bounds that are also adjectives of names (最高人民法院, 最低生活保障): only a short verb may follow them (最高补助, 最高可获). */
const ADJECTIVE_BOUNDS: readonly string[] = ['最高', '最低'];
const SHORT_VERB = /^(?:可[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,2})$/;

export const qualifiersAcrossVerbs: Refiner = {
  id: 'qualifiers-across-verbs',
  refine: (cands, text) =>
    cands.map((c) => {
      if (c.start !== c.numberStart || c.qualifier !== 'exact') return c;
      const m = BOUND_BEFORE.exec(text.slice(Math.max(0, c.start - 8), c.start));
      const word = m?.groups?.['word'];
      const verb = m?.groups?.['verb'] ?? '';
      if (!m || !word || NOT_A_VERB.test(verb) || /[零〇一二两三四五六七八九十百千万亿]$/.test(verb)) return c;
      if (ADJECTIVE_BOUNDS.includes(word) && !SHORT_VERB.test(verb)) return c;
      const qualifier = BOUND_WORDS.find((b) => b.word === word)?.qualifier;
      if (!qualifier) return c;
      return { ...c, start: c.start - word.length - verb.length, between: c.start - verb.length, qualifier, prefixed: true };
    }),
};

/** Characters joining the figures of a list. */
const LIST_JOINERS = new Set(['、', '和', '及', '与', '或']);
const hasPrefix = (text: string, c: Candidate): boolean =>
  c.qualifier !== 'exact' && QUALIFIER_PREFIXES.some((q) => q.qualifier !== null && text.slice(c.start, c.end).startsWith(q.word));
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
    // from the start: a bound written before a list's first figure holds for the list (分别突破300亿元和3000亿元)
    let leading: Qualifier | null = null;
    for (let k = 0; k < out.length; k++) {
      const c = out[k] as Candidate;
      const prev = out[k - 1];
      const joined = prev !== undefined && c.unit === prev.unit && LIST_JOINERS.has(text.slice(prev.end, c.start));
      if (joined && leading && c.qualifier === 'exact' && c.start === c.numberStart) out[k] = { ...c, qualifier: leading };
      else leading = hasPrefix(text, c) ? c.qualifier : null;
    }
    return out;
  },
};

/** A note on the bound right after 以上/以下: (含100万元) includes it, (不含100万元) excludes it. */
const BOUND_NOTE = /^[(（](不)?(?:含|包含|包括)([^()（）\n]{0,20})[)）]/;
const EXCLUDED: Readonly<Partial<Record<Qualifier, Qualifier>>> = { at_least: 'more_than', at_most: 'less_than' };

/**
 * 100万元以下(不含100万元): the bound is excluded (less_than; 以上(不含) → more_than); (含…) keeps it
 * included. The figure written again inside the note restates the bound: it is no metric of its own.
 */
export const boundNotes: Refiner = {
  id: 'bound-notes',
  refine: (cands, text) => {
    const restated = new Set<Candidate>();
    const out = cands.map((c) => {
      if (c.qualifier !== 'at_least' && c.qualifier !== 'at_most') return c;
      const m = BOUND_NOTE.exec(text.slice(c.end, c.end + 30));
      if (!m) return c;
      const noteStart = c.end;
      const noteEnd = c.end + m[0].length;
      for (const o of cands) if (o !== c && o.start >= noteStart && o.end <= noteEnd && o.value === c.value) restated.add(o);
      const qualifier = m[1] ? (EXCLUDED[c.qualifier] ?? c.qualifier) : c.qualifier;
      return qualifier === c.qualifier ? c : { ...c, qualifier };
    });
    return restated.size === 0 ? out : out.filter((c) => !restated.has(c));
  },
};
