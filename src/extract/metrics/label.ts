// Labels: the short noun phrase naming what a metric measures, found with jieba's POS tags
// before the number (项目总投资2173万元) or after a measure word (6所学校).
import { tag, type TaggedWord } from '../../nlp/segmenter.js';
import { LABEL_SKIP_WORDS, TARGET_CUES } from './lexicon.js';
import type { Candidate } from './types.js';

/** Characters that end the phrase a label can come from. */
const BOUNDARY = /[,，。;；:：!！?？、()（）[\]【】<>〈〉“”"'‘’\s]/;
const CLOSING_PAREN = /[)）]/;
const OPENING_PAREN = /[(（]/;
/** How far from the number a label may reach (UTF-16 units). */
const REACH_BEFORE = 20;
const REACH_AFTER = 12;
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

/** A verb standing right before the number (捐资44万元): what money was spent on or raised by. */
function verbBefore(before: string): string | null {
  const words = tag(before);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    if (isVerb(w) && w.word.length >= 2 && !skipWords.has(w.word)) return w.word;
    if (!skipWords.has(w.word) && w.tag !== 'd' && w.tag !== 'p') break;
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

/** The label of one candidate from its own words; null when it must borrow. */
function ownLabel(text: string, c: Candidate, floor: number): string | null {
  const from = boundaryBefore(text, c.start, floor);
  const before = from === c.start ? beforeParenthesis(text, c.start, floor) : text.slice(from, c.start);
  const afterEnd = boundaryAfter(text, c.end, Math.min(text.length, c.end + REACH_AFTER));
  const after = text.slice(c.end, afterEnd);
  const b = labelBefore(before);
  // 学生100人以上的小学: a count before 的 describes the noun before it
  if (c.dimension === 'count') return after.startsWith('的') ? b?.label ?? labelAfter(after) : labelAfter(after) ?? b?.label ?? null;
  if (isMoney(c) && !b?.adjacent) {
    const verb = verbBefore(before);
    if (verb) return verb;
  }
  if (b?.adjacent) return b.label;
  // verb + number + 的 + noun: 予以每人每年1000元的生活费用资助
  if (after.startsWith('的')) return labelAfter(after) ?? b?.label ?? null;
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
