// Labels: the short noun phrase naming what a metric measures, found with jieba's POS tags
// before the number (项目总投资2173万元) or after a measure word (6所学校).
import { tag, type TaggedWord } from '../../nlp/segmenter.js';
import { LABEL_SKIP_WORDS, MONEY_CUES, TARGET_CUES, WEAK_TARGET_CUES } from './lexicon.js';
import type { Candidate } from './types.js';

/** Characters that end the phrase a label can come from. */
const BOUNDARY = /[,，。;；:：!！?？、()（）[\]【】<>〈〉“”"'‘’\s]/;
const CLOSING_PAREN = /[)）]/;
const OPENING_PAREN = /[(（]/;
/** How far from the number a label may reach (UTF-16 units). */
const REACH_BEFORE = 20;
const REACH_AFTER = 16;
const MAX_WORDS = 5;
const MAX_CHARS = 14;
/** Words skipped before the first noun after a number (80名长期不在岗教师): at most this many characters. */
const LOOSE_REACH = 5;
/** A metric without a label of its own borrows the previous one's when this close (比去年增加19人). */
const BORROW_REACH = 12;

/** Tags of words that can head or make up a label: nouns, verbal nouns, idioms, abbreviations. */
const NOUN_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'ng', 'nrt', 'nrfg', 'vn', 'an', 'j', 'l', 's']);
/** Tags of words that may stand inside a label once a noun is found (总投资, 平均录取率, B级食堂). */
const MODIFIER_TAGS = new Set(['a', 'b', 'q', 'm', 'f', 's']);
/** Direction words jieba tags f that never name a thing (初中 and 高中 are tagged f or s too). */
const DIRECTION_WORDS = new Set(['之多', '以上', '以下', '之间', '中间', '上面', '下面', '之内', '以内', '之中', '其中', '以来', '之后', '以后', '以前', '之前', '期间', '左右', '前后']);
/** Words that never belong to a label: verbs linking it to its number (达, 为), role cues (力争), 价值. */
const skipWords = new Set([...LABEL_SKIP_WORDS, ...TARGET_CUES, '价值']);

/** Last characters of words that name measured things, whatever jieba tags them. */
const NOUN_ENDINGS = /[率额费款积例员师园室馆楼米]$/;
/** One-character words that end a measured thing's name (持证+率, 人+数): nouns whatever their tag. */
const NOUN_SUFFIXES = new Set(['率', '数', '量', '额', '费', '值', '比']);
/** Skip words cut off the end of the text before tagging, longest first. */
const TRAILING_SKIPS = [...skipWords].sort((a, b) => b.length - a.length);
/** Units counting events (听课20节, 破获87起): a verb right before the figure names what is counted. */
const EVENT_UNITS = new Set(['次', '节', '起', '场', '人次', '课时', '轮']);
/** Names of rates (整改率, 经费比例): a percentage's subject even when other nouns stand nearer. */
const RATE_NAME = /(?:率|比例|比重|占比)$/;
/** An age before the noun a count counts (1万名60岁以上老年人): skipped to reach the noun. */
const AGE_PREFIX = /^[0-9]{1,3}(?:周岁|岁)(?:以上|以下)?/;
/** Verbs linking a share to its whole (研发投入占营业收入的2.1%): the label is what stands before them. */
const SHARE_VERBS: readonly string[] = ['相当于', '达到', '占'];
/** Light verbs that say an activity happens or when, not which (进行一次, 提前一个月): never a label. */
const LIGHT_VERBS = new Set(['进行', '组织', '实施', '召开', '举办', '提前', '推迟', '安排']);
/** Verbs of change (同比增长8.3%): with a comparison before them the clause names a change, not a thing. */
const CHANGE_VERBS: readonly string[] = ['增长', '增加', '提高', '提升', '上升', '下降', '减少', '降低', '回落', '净增', '净减'];
/** Comparison words opening a change phrase on their own (同比, 环比); 比/较 + a time also do (较上年, 比2006年). */
const CHANGE_COMPARISONS: readonly string[] = ['同比', '环比'];
/** Longest time phrase after 比/较 in a change phrase (较上年同期). */
const MAX_COMPARED_TIME = 8;
/** Words that may stand between a number and the noun it counts (80名长期不在岗教师). */
const LOOSE_TAGS = new Set(['d', 'a', 'ad', 'p', 'b']);

const isLetters = (w: string): boolean => /^[A-Za-z]+$/.test(w);
const isCjk = (w: string): boolean => /^[\u4e00-\u9fff]+$/.test(w);
/** Unknown words (tag x) made of Chinese characters are usually names of things (镇街, 体艺). */
function isNoun(w: TaggedWord): boolean {
  if (skipWords.has(w.word) || DIRECTION_WORDS.has(w.word) || w.word.startsWith('每')) return false;
  if (NOUN_TAGS.has(w.tag)) return true;
  // jieba mis-tags some measured things (辍学率 v, 大米 m): their last character says noun
  if (w.word.length >= 2 && isCjk(w.word) && NOUN_ENDINGS.test(w.word)) return true;
  if (NOUN_SUFFIXES.has(w.word)) return true;
  if (w.tag === 'x' && isCjk(w.word) && w.word.length >= 2) return true;
  return w.tag === 'f' && w.word.length >= 2 && !DIRECTION_WORDS.has(w.word);
}
const isVerb = (w: TaggedWord): boolean => w.tag.startsWith('v') && w.tag !== 'vn';
/** A verb may stand inside a label only before the measure it qualifies (持证+率, 参考+人数, 跑道+覆盖率). */
const endsAMeasure = (w: TaggedWord | undefined): boolean => w !== undefined && (NOUN_SUFFIXES.has(w.word) || /[率数量额]$/.test(w.word));

function clip(words: readonly TaggedWord[]): string | null {
  const s = words.map((w) => w.word).join('');
  return s.length >= 2 && s.length <= MAX_CHARS ? s : null;
}

export interface BeforeLabel {
  readonly label: string;
  /** True when the phrase touches the number (教师16人), false when words were skipped (覆盖率达95%). */
  readonly adjacent: boolean;
}

/** The noun phrase that ends `before` (after skipping verbs like 达 and adverbs like 分别). */
export function labelBefore(before: string): BeforeLabel | null {
  // jieba glues a trailing 达/为 to the noun (受教育率达): cut skip words off the text first
  let stem = before;
  for (let again = true; again; ) {
    const w = TRAILING_SKIPS.find((t) => stem.endsWith(t) && stem.length > t.length);
    again = w !== undefined;
    if (w) stem = stem.slice(0, -w.length);
  }
  const words = tag(stem);
  let i = words.length - 1;
  while (i >= 0) {
    const w = words[i];
    if (!w || isNoun(w)) break;
    i--;
  }
  const adjacent = i === words.length - 1 && stem === before;
  const phrase: TaggedWord[] = [];
  for (; i >= 0 && phrase.length < MAX_WORDS; i--) {
    const w = words[i];
    if (!w) break;
    const left = words[i - 1];
    // a bound one-character head (整改+率, 收集+亭) takes the word before it whatever its tag; 比 only
    // when it closes the clause (占+比), since before other words it is the preposition (人数比去年)
    const head = phrase[0];
    if (phrase.length === 1 && head && head.word.length === 1 && (i === words.length - 2 || head.word !== '比') && isCjk(w.word) && w.tag !== 'm' && !/^[每各]/.test(w.word)) {
      phrase[0] = { word: w.word + head.word, tag: 'n' };
      continue;
    }
    if (skipWords.has(w.word)) break;
    if (isNoun(w)) phrase.unshift(w);
    else if (isLetters(w.word) && phrase.length > 0) phrase.unshift(w);
    else if (MODIFIER_TAGS.has(w.tag) && !/^[0-9]/.test(w.word) && !DIRECTION_WORDS.has(w.word)) phrase.unshift(w);
    else if (isVerb(w) && w.word.length >= 2 && !skipWords.has(w.word) && left && isNoun(left) && endsAMeasure(phrase[0])) phrase.unshift(w);
    else break;
  }
  while (phrase.length > 0 && !isNoun(phrase[0] as TaggedWord) && (phrase[0] as TaggedWord).tag !== 'b') phrase.shift();
  const label = phrase.length > 0 ? clip(phrase) : null;
  return label ? { label, adjacent } : null;
}

/**
 * The noun phrase that starts `after` (6所学校 → 学校; 3所B级食堂 → B级食堂). A leading 的 is
 * skipped (3-5年的服务期限), as are a few adverbs before the first noun (80名长期不在岗教师).
 */
export function labelAfter(after: string): string | null {
  const age = AGE_PREFIX.exec(after);
  if (age) return labelAfter(after.slice(age[0].length));
  const words = tag(after);
  let i = 0;
  if (words[0]?.word === '的') i = 1;
  const start = i;
  let skipped = 0;
  while (i < words.length && !isNoun(words[i] as TaggedWord) && !isLetters((words[i] as TaggedWord).word)) {
    const w = words[i] as TaggedWord;
    if (!LOOSE_TAGS.has(w.tag) || !isCjk(w.word)) return null;
    skipped += w.word.length;
    if (skipped > LOOSE_REACH) return null;
    i++;
  }
  const phrase: TaggedWord[] = words.slice(start, i);
  for (; i < words.length && phrase.length < MAX_WORDS; i++) {
    const w = words[i] as TaggedWord;
    if (isNoun(w) || isLetters(w.word) || (MODIFIER_TAGS.has(w.tag) && w.tag !== 'm')) phrase.push(w);
    else break;
  }
  while (phrase.length > 0 && !isNoun(phrase[phrase.length - 1] as TaggedWord)) phrase.pop();
  // 16所规模较大的中小学: the thing counted is after the description's 的
  const rest = words.slice(i);
  const de = rest.findIndex((w) => w.word === '的');
  if (skipped === 0 && de >= 0 && rest.slice(0, de).every((w) => w.tag.startsWith('a') || w.tag === 'd')) {
    const inner = labelAfter(rest.slice(de + 1).map((w) => w.word).join(''));
    if (inner) return inner;
  }
  return phrase.length > 0 ? clip(phrase) : null;
}

/** Cue verbs (控制在2000元) that say how a figure is set, not what it pays for. */
const weakCues = new Set(WEAK_TARGET_CUES);

/** The verb ending the clause right before an event count (每学期听课不少于20节 → 听课). */
function eventVerb(before: string): string | null {
  const words = tag(before);
  const last = words[words.length - 1];
  const usable = last && isVerb(last) && last.word.length >= 2 && !skipWords.has(last.word) && !weakCues.has(last.word) && !LIGHT_VERBS.has(last.word);
  return usable ? last.word : null;
}

/** The noun phrase before the last share verb of `before` (研发投入达到营业收入的 → 研发投入). */
function shareSubject(before: string): string | null {
  let at = -1;
  let verb = '';
  for (const v of SHARE_VERBS) {
    const i = before.lastIndexOf(v);
    if (i > at) [at, verb] = [i, v];
  }
  return at > 0 && verb ? labelBefore(before.slice(0, at))?.label ?? null : null;
}

/** The object of a verb opening the text after an event count (4次召开专题会议 → 专题会议). */
function verbObject(after: string): string | null {
  const first = tag(after)[0];
  return first && isVerb(first) && first.word.length >= 2 ? labelAfter(after.slice(first.word.length)) : null;
}

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

/** A verb standing right before the number (捐资44万元): what money was spent on or raised by. */
function verbBefore(before: string): string | null {
  const words = tag(before);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    if (isVerb(w) && w.word.length >= 2 && !skipWords.has(w.word) && !weakCues.has(w.word)) return w.word;
    if (!skipWords.has(w.word) && !weakCues.has(w.word) && w.tag !== 'd' && w.tag !== 'p') break;
  }
  return null;
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
