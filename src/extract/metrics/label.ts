// Labels: the short noun phrase naming what a metric measures, from the words of its clause
// (label-words.ts), or borrowed from the figure before it in the sentence.
import { MONEY_CUES } from './lexicon.js';
import { eventVerb, labelAfter, labelBefore, shareSubject, verbBefore, verbObject } from './label-words.js';
import type { Candidate } from './types.js';

export { labelAfter, labelBefore, type BeforeLabel } from './label-words.js';

/** Characters that end the phrase a label can come from. */
const BOUNDARY = /[,，。;；:：!！?？、()（）[\]【】<>〈〉“”"'‘’\s]/;
const CLOSING_PAREN = /[)）]/;
const OPENING_PAREN = /[(（]/;
/** How far from the number a label may reach (UTF-16 units). */
const REACH_BEFORE = 20;
const REACH_AFTER = 16;
/** Units counting events (听课20节, 破获87起): a verb right before the figure names what is counted. */
const EVENT_UNITS = new Set(['次', '节', '起', '场', '人次', '课时', '轮']);
/** Names of rates (整改率, 经费比例): a percentage's subject even when other nouns stand nearer. */
const RATE_NAME = /(?:率|比例|比重|占比)$/;
/** Verbs of change (同比增长8.3%): with a comparison before them the clause names a change, not a thing. */
const CHANGE_VERBS: readonly string[] = ['增长', '增加', '提高', '提升', '上升', '下降', '减少', '降低', '回落', '净增', '净减'];
/** Comparison words opening a change phrase on their own (同比, 环比); 比/较 + a time also do (较上年, 比2006年). */
const CHANGE_COMPARISONS: readonly string[] = ['同比', '环比'];
/** Longest time phrase after 比/较 in a change phrase (较上年同期). */
const MAX_COMPARED_TIME = 8;
/** A metric without a label of its own borrows the previous one's when this close (比去年增加19人). */
const BORROW_REACH = 12;
/**
 * The change phrase a clause consists of (同比增长, 较上年同期下降, 比2006年净增), or null.
 * Such a clause names how a figure moved; the moved thing, if any, comes from the figure before.
 */
export function changePhrase(clause: string): string | null {
  const s = clause.endsWith('了') ? clause.slice(0, -1) : clause;
  const verb = CHANGE_VERBS.find((v) => s.endsWith(v));
  if (!verb) return null;
  const rest = s.slice(0, -verb.length);
  if (rest === '' && verb.startsWith('净')) return s;
  if (CHANGE_COMPARISONS.includes(rest)) return s;
  const compared = /^[比较]/.test(rest) && rest.length >= 2 && rest.length <= MAX_COMPARED_TIME + 1 && /[年月期]$/.test(rest);
  return compared ? s : null;
}

/** The previous figure stands in the same sentence, close enough to lend its label. */
function sameSentence(text: string, prev: { readonly end: number } | undefined, c: { readonly start: number }): boolean {
  if (!prev || prev.end > c.start) return false;
  const gap = text.slice(prev.end, c.start);
  return !/[。;；!！?？\n]/.test(gap) && gap.length <= BORROW_REACH;
}

function boundaryBefore(text: string, at: number, floor: number): number {
  for (let i = at - 1; i >= floor; i--) if (BOUNDARY.test(text[i] ?? '')) return i + 1;
  return floor;
}

function boundaryAfter(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (BOUNDARY.test(text[i] ?? '')) return i;
  return ceiling;
}

/** The clause before a parenthesis that ends right before `at` (职业中学(职教中心)1所 → 职业中学). */
function beforeParenthesis(text: string, at: number, floor: number): string {
  if (!CLOSING_PAREN.test(text[at - 1] ?? '')) return '';
  let open = at - 2;
  while (open >= floor && !OPENING_PAREN.test(text[open] ?? '')) open--;
  if (open < floor) return '';
  return text.slice(boundaryBefore(text, open, floor), open);
}

/** Money and money rates (500元/生): what a verb before them names (捐资, 筹集). */
const isMoney = (c: Candidate): boolean => c.dimension === 'money' || (c.dimension === 'ratio' && c.normalized?.unit.startsWith('元') === true);

/** The clause's words before the number; a bound standing before a verb is left out (至少召开1次 → 召开). */
function wordsBefore(text: string, from: number, c: Candidate): string {
  return text.slice(from, c.start) + (c.between === undefined ? '' : text.slice(c.between, c.numberStart));
}

/** The label of one candidate from its own words; null when it must borrow. */
function ownLabel(text: string, c: Candidate, floor: number): string | null {
  const from = boundaryBefore(text, c.start, floor);
  const before = from === c.start && c.between === undefined ? beforeParenthesis(text, c.start, floor) : wordsBefore(text, from, c);
  const afterEnd = boundaryAfter(text, c.end, Math.min(text.length, c.end + REACH_AFTER));
  const after = text.slice(c.end, afterEnd);
  const b = labelBefore(before);
  // false when the words before are those of a parenthesis' clause (职业中学(职教中心)1所)
  const touching = before === wordsBefore(text, from, c);
  // 学生100人以上的小学: a count before 的 describes the noun before it
  if (c.dimension === 'count') {
    if (after.startsWith('的')) return b?.label ?? labelAfter(after);
    const isEvent = EVENT_UNITS.has(c.unit.replace(/^[万亿]/, ''));
    const event = isEvent && touching ? eventVerb(before) : null;
    return labelAfter(after) ?? event ?? (isEvent ? verbObject(after) : null) ?? b?.label ?? null;
  }
  // 研发投入达到营业收入的2.1%: the share is of the subject, not of the whole after the verb
  if (c.dimension === 'percent' && before.endsWith('的')) {
    const share = shareSubject(before);
    if (share) return share;
  }
  // 就业率连续两年低于80%的专业: a percentage measures the rate named before it
  if (c.dimension === 'percent' && b && RATE_NAME.test(b.label)) return b.label;
  // 科技专项资金安排4亿元: money named by a money noun keeps it over the verb
  if (isMoney(c) && !b?.adjacent && !(b && MONEY_CUES.some((w) => w !== '元' && b.label.includes(w)))) {
    const verb = verbBefore(before);
    if (verb) return verb;
  }
  if (b?.adjacent) return b.label;
  // verb + number + 的 + noun: 予以每人每年1000元的生活费用资助
  if (after.startsWith('的')) return labelAfter(after) ?? b?.label ?? null;
  // 平均任职不足2年: a duration after a verb, naming nothing after it, is how long that activity lasts
  if (c.dimension === 'duration' && touching && !labelAfter(after)) {
    const verb = eventVerb(before);
    if (verb) return verb;
  }
  return b?.label ?? labelAfter(after) ?? null;
}

/**
 * Labels of the candidates (same order). A metric with no label of its own borrows the one of
 * the figure just before it in the sentence (5%、6%、7%; 比去年增加19人); failing that, the
 * noun phrase ending the clause before (提高经费比例,XX年达到5%).
 */
export function labelAll(text: string, cands: readonly Candidate[]): (string | null)[] {
  const labels: (string | null)[] = [];
  cands.forEach((c, k) => {
    const prev = k > 0 ? cands[k - 1] : undefined;
    const floor = Math.max(0, c.numberStart - REACH_BEFORE, prev && prev.end <= c.start ? prev.end : 0);
    let label = ownLabel(text, c, floor);
    const change = label ? null : changePhrase(text.slice(boundaryBefore(text, c.start, floor), c.start));
    // 收入12.6亿元,同比增长8.3%: the figure measures how the thing before moved (收入同比增长)
    if (change) label = `${sameSentence(text, prev, c) ? labels[k - 1] ?? '' : ''}${change}`;
    // 就业率连续两年低于80%的专业: a percentage takes the rate of the figure just before it in the clause
    const prevLabel = labels[k - 1];
    if (c.dimension === 'percent' && prev && prevLabel && RATE_NAME.test(prevLabel) && !(label && RATE_NAME.test(label))) {
      const gap = text.slice(prev.end, c.start);
      if (gap.length <= BORROW_REACH && ![...gap].some((ch) => BOUNDARY.test(ch))) label = prevLabel;
    }
    if (!label && prev) {
      const gap = text.slice(prev.end, c.start);
      if (!/[。;；!！?？\n]/.test(gap) && gap.length <= BORROW_REACH) label = labels[k - 1] ?? null;
    }
    if (!label) {
      const from = boundaryBefore(text, c.start, floor);
      const sep = text[from - 1] ?? '';
      // 2018年达到6%: a clause giving only a time borrows the noun phrase ending the clause before
      if (from > floor && /[,，]/.test(sep) && /[年月]/.test(text.slice(from, c.start))) {
        const prevFrom = boundaryBefore(text, from - 1, Math.max(floor, from - 1 - REACH_BEFORE));
        label = labelBefore(text.slice(prevFrom, from - 1))?.label ?? null;
      }
    }
    labels.push(label ?? (isMoney(c) ? verbBefore(text.slice(boundaryBefore(text, c.start, floor), c.start)) : null));
  });
  return labels;
}
