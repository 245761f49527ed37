// Figures given respectively (分别): each figure of the list takes the label of the matching figure
// before it (第一产业增加值…,第二产业增加值…,分别比上年增长4.0%、9.2%) or the matching name of a list of
// names before 分别 (基本养老金、低保标准和生活补贴再次提高,月人均分别提高221元、90元、350元).
import { labelBefore, stemOf } from './label-words.js';
import type { Candidate } from './types.js';

/** What joins the figures of a list (4.0%、9.2%和12.3%). */
const JOINER = /^\s*[、和及与]\s*$/;
/** What joins the names of a list. */
const NAME_JOINERS = /[、和及与]/g;
const SENTENCE_END = /[。;；!！?？\n]/;
const CLAUSE_END = /[,，。;；:：!！?？\n]/;
/** The words between 分别 and the list: a change verb at most (分别比上年增长). */
const MAX_BETWEEN = 8;
/** A name of a list is taken whole up to this length (企业退休人员养老金), else its noun phrase. */
const MAX_NAME = 12;

/** The label of one name of a list: the name without trailing verbs, or its final noun phrase when long. */
function nameLabel(item: string): string | null {
  const stem = stemOf(item.trim());
  return stem.length >= 2 && stem.length <= MAX_NAME && /^[\u4e00-\u9fff]+$/.test(stem) ? stem : labelBefore(item)?.label ?? null;
}

/** Runs of figures joined as a list: [first index, last index] with at least two figures. */
function runsOf(text: string, cands: readonly Candidate[]): [number, number][] {
  const runs: [number, number][] = [];
  let first = 0;
  for (let k = 1; k <= cands.length; k++) {
    const a = cands[k - 1] as Candidate;
    const b = cands[k];
    const joined = b !== undefined && a.dimension === b.dimension && JOINER.test(text.slice(a.end, b.start));
    if (!joined) {
      if (k - 1 > first) runs.push([first, k - 1]);
      first = k;
    }
  }
  return runs;
}

/** The words between 分别 and the list's first figure, when 分别 opens the list's clause part. */
function respectivelyBefore(text: string, at: number): { readonly at: number; readonly between: string } | null {
  const from = Math.max(0, at - MAX_BETWEEN - 2);
  const i = text.lastIndexOf('分别', at);
  if (i < from) return null;
  const between = text.slice(i + 2, at);
  return CLAUSE_END.test(between) ? null : { at: i, between };
}

/** The last names of a list ending right before `at` in its clause (A、B和C再次提高,月人均), n of them. */
function namesBefore(text: string, at: number, n: number): (string | null)[] | null {
  let end = at;
  // the list may stand in the clause before 分别's (…和环卫工人工资再次提高,月人均分别提高)
  for (let tries = 0; tries < 2; tries++) {
    let from = end;
    while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
    const clause = text.slice(from, end);
    const items = clause.split(NAME_JOINERS);
    if (items.length >= n) return items.slice(-n).map(nameLabel);
    if (from === 0 || SENTENCE_END.test(text[from - 1] ?? '')) return null;
    end = from - 1;
  }
  return null;
}

/** Words naming two things at once, in the order a pair of figures gives them (城乡 → 城镇, 农村). */
const PAIRED_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  城乡: ['城镇', '农村'],
  收支: ['收入', '支出'],
  进出口: ['进口', '出口'],
};
/** How far 分别 may stand from a pair of figures (…收入从46503元和16935元分别提高到…). */
const PAIR_REACH = 24;

/** A label naming two things (城乡居民人均可支配收入) split in two (城镇…, 农村…), or null. */
function pairedNames(label: string | null): [string, string] | null {
  if (!label) return null;
  const word = Object.keys(PAIRED_WORDS).find((w) => label.includes(w));
  const pair = word ? PAIRED_WORDS[word] : undefined;
  return word && pair ? [label.replace(word, pair[0]), label.replace(word, pair[1])] : null;
}

/** The name the clause holding 分别 gives before it (城乡居民人均可支配收入分别增长6%和7.4%), or null. */
function ownName(text: string, at: number): string | null {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1] ?? '')) from--;
  return labelBefore(text.slice(from, at))?.label ?? null;
}

/** Labels with lists given respectively relabelled; others unchanged. */
export function respectively(text: string, cands: readonly Candidate[], labels: readonly (string | null)[]): (string | null)[] {
  const out = [...labels];
  for (const [first, last] of runsOf(text, cands)) {
    const head = cands[first] as Candidate;
    const n = last - first + 1;
    // 城乡居民人均可支配收入从46503元和16935元分别提高到…: a pair of figures near 分别 names the two things its label joins
    const around = text.slice(Math.max(0, head.start - PAIR_REACH), Math.min(text.length, (cands[last] as Candidate).end + PAIR_REACH));
    const paired = n === 2 && out[first] === out[last] ? pairedNames(out[first] ?? null) : null;
    if (paired && around.includes('分别') && !SENTENCE_END.test(text.slice(head.start, (cands[last] as Candidate).end))) {
      [out[first], out[last]] = paired;
      continue;
    }
    const resp = respectivelyBefore(text, head.start);
    if (!resp) continue;
    // 城乡居民人均可支配收入分别增长6%和7.4%: the clause names its own thing; figures before it are others'
    const own = ownName(text, resp.at);
    if (own !== null) {
      const names = namesBefore(text, resp.at, n);
      const split = n === 2 ? pairedNames(own) : null;
      if (split) [out[first], out[last]] = split;
      else if (names) names.forEach((name, i) => (out[first + i] = name ?? out[first + i] ?? null));
      continue;
    }
    // the figures before in the same sentence, one per figure of the list
    const before: number[] = [];
    for (let k = first - 1; k >= 0 && before.length < n; k--) {
      const c = cands[k] as Candidate;
      if (SENTENCE_END.test(text.slice(c.end, head.start))) break;
      before.unshift(k);
    }
    // 收入、支出分别增长5%、6%: each change names what moved (its role says it is a change)
    if (before.length === n && before.every((k) => out[k])) {
      before.forEach((k, i) => (out[first + i] = out[k] ?? null));
      continue;
    }
    const names = namesBefore(text, resp.at, n);
    if (names) names.forEach((name, i) => (out[first + i] = name ?? out[first + i] ?? null));
  }
  return out;
}
