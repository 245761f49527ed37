// Section titles (DESIGN.md step 3): from after the marker to the first 。, a colon or the
// line end; in flattened text, to where the body starts (a heading word followed by a
// clause opener, an inline list 一是…, a trailing date parenthesis).
import { tag, wordStarts } from '../nlp/segmenter.js';
import {
  ACTION_VERBS,
  ATTRIBUTE_NOUNS,
  BODY_OPENERS,
  CLAUSE_STARTERS,
  COVERBS,
  DATE_PAREN_CHARS,
  FIELD_LABELS,
  HEADING_FINALS,
  HEADING_VERBS,
  HEADING_WORDS,
  HEAD_NOUNS,
  INLINE_LIST_OPENERS,
  NOT_OPENERS,
  PIVOT_VERBS,
  PREDICATE_ADVERBS,
  SEAM_ADVERBS,
  SENTENCE_OPENERS,
  SUBJECT_TAGS,
  VERB_TAKING_VERBS,
} from './lexicon.js';

export interface TitleSpan {
  readonly title: string;
  readonly start: number;
  readonly end: number;
}

/** Characters that end a title. */
const TITLE_STOPS = new Set(['。', '！', '？', '!', '?', ':', '：', '\n', '\r']);
/** Trailing characters trimmed off a title. */
const TRAILING = /[\s,，、;；.．*#]+$/;
const SPACE = /[ \t\u3000]/;
const HAN = /[\u3400-\u9fff“”《》()（）]/;
/** Longest title kept when no stop comes (a runaway heading in flattened text). */
const MAX_TITLE = 200;
/** Spaces inside a line end a title once it has this many characters (paragraphs flattened with spaces). */
const MIN_BEFORE_SPACE = 4;

const HEADINGS_LONGEST_FIRST = [...HEADING_WORDS].sort((a, b) => b.length - a.length);

/**
 * The title of the section whose marker ends at `from`; `limit` is where the next marker starts. An
 * article (第五条) is its own first sentence: no heading/body seam is looked for inside it.
 */
export function titleAt(text: string, from: number, limit: number, article = false): TitleSpan {
  let i = skipLeadingDates(text, skipSeparators(text, nameOnNextLine(text, from, limit), limit), limit);
  let e = i;
  while (e < limit && e - i < MAX_TITLE) {
    const c = text[e] ?? '';
    // a colon inside a clock time (于7:15前到达) ends nothing
    if (TITLE_STOPS.has(c) && !((c === ':' || c === '：') && /[0-9]/.test(text[e - 1] ?? '') && /^[0-9]{2}(?![0-9])/.test(text.slice(e + 1, e + 4)))) break;
    // a half-width period used as a full stop (组织机构.我校…), not 3.5 or 体育.艺术
    if (c === '.' && !/[0-9A-Za-z]/.test(text[e - 1] ?? '') && !/[0-9A-Za-z\u3400-\u9fff]/.test(text[e + 1] ?? '')) break;
    if (SPACE.test(c) && e - i >= MIN_BEFORE_SPACE && spaceEndsTitle(text, e, limit)) break;
    e++;
  }
  e = Math.min(e, datesParenAt(text, i, e), inlineListAt(text, i, e), article ? e : headingWordEnd(text, i, e));
  // a heading line of its own (the line ends, no sentence inside, the body on the next line) is
  // whole, however it reads: 深入学习贯彻…重要论述,坚定不移把巡视整改…抓紧抓好
  if (!article && !headingLine(text, i, e)) {
    e = Math.min(e, headingBodySeam(text, i, e));
    e = Math.min(e, runOnSeam(text, i, e));
    e = Math.min(e, longTitleSeam(text, i, e));
  }
  e = Math.min(e, fieldLabelAt(text, i, e));
  const raw = text.slice(i, e);
  const title = raw.replace(TRAILING, '');
  return { title, start: i, end: i + title.length };
}

/** Longest line read as a heading line of its own. */
const HEADING_LINE_MAX = 60;

/** [from, e) is the rest of a line that holds nothing else and no sentence, with body text on the next line. */
function headingLine(text: string, from: number, e: number): boolean {
  if (text[e] !== '\n' || e - from > HEADING_LINE_MAX) return false;
  if (/[。;；!！?？]/.test(text.slice(from, e))) return false;
  const next = text.slice(e + 1, e + 1 + HEADING_LINE_MAX).replace(/^\s+/, '');
  return next !== '';
}

/** Longest name a chapter or part standing alone on its line takes from the next line (第一章 / 总则). */
const NEXT_LINE_NAME = 24;

/**
 * Where the title starts when the marker ends its line: the next line, if it is a short name with
 * no sentence in it (第一章 / 总则); else `from` (the title is empty).
 */
function nameOnNextLine(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && SPACE.test(text[i] ?? '')) i++;
  if (text[i] !== '\n') return from;
  const start = i + 1;
  const nl = text.indexOf('\n', start);
  const line = text.slice(start, nl < 0 ? text.length : nl).trim();
  return line.length >= 2 && line.length <= NEXT_LINE_NAME && start < limit && !/[。;；!！?？,，:：]/.test(line) ? start : from;
}

function skipSeparators(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (SPACE.test(text[i] ?? '') || text[i] === ':' || text[i] === '：')) i++;
  return i;
}

/**
 * 第一阶段(3月1日—3月15日):部署阶段。 / 第一阶段(2024年3月—4月)宣传发动 — a leading date parenthesis
 * is not the title when a name follows it (the dates are date mentions as usual).
 */
function skipLeadingDates(text: string, at: number, limit: number): number {
  if (text[at] !== '(' && text[at] !== '（') return at;
  const close = findClose(text, at, Math.min(limit, at + 40));
  if (close < 0 || !isDatesOnly(text.slice(at + 1, close))) return at;
  const next = text[close + 1] ?? '';
  if (next === ':' || next === '：') return skipSeparators(text, close + 1, limit);
  return close + 1 < limit && /\p{Script=Han}/u.test(next) ? close + 1 : at;
}

function isDatesOnly(inner: string): boolean {
  return DATE_PAREN_CHARS.test(inner) && /[0-9]/.test(inner) && /[年月日]/.test(inner);
}

/** Spaces between two Chinese characters end the title (a paragraph break flattened to spaces); 15 日 is noise. */
function spaceEndsTitle(text: string, at: number, limit: number): boolean {
  let k = at;
  while (k < limit && SPACE.test(text[k] ?? '')) k++;
  return k < limit && HAN.test(text[at - 1] ?? '') && HAN.test(text[k] ?? '');
}

/** Start of a trailing parenthesis that holds only dates (动员部署阶段(3月3日—3月15日)), else `end`. */
function datesParenAt(text: string, from: number, end: number): number {
  for (let k = from + 1; k < end; k++) {
    if (text[k] !== '(' && text[k] !== '（') continue;
    const close = findClose(text, k, Math.min(text.length, k + 40));
    if (close < 0) continue;
    if (isDatesOnly(text.slice(k + 1, close))) return k;
  }
  return end;
}

function findClose(text: string, open: number, limit: number): number {
  for (let k = open + 1; k < limit; k++) {
    const c = text[k];
    if (c === ')' || c === '）') return k;
    if (c === '\n') return -1;
  }
  return -1;
}

/** Start of an inline list opener (…人文水平一是注重…), else `end`. */
function inlineListAt(text: string, from: number, end: number): number {
  for (let k = from + 2; k < end; k++) {
    if (INLINE_LIST_OPENERS.some((w) => text.startsWith(w, k))) return k;
  }
  return end;
}

/** Shortest title left before a field label. */
const MIN_BEFORE_LABEL = 4;

/** Start of a field label the title runs into right before a colon (…学习教育活动|活动内容:), else `end`. */
function fieldLabelAt(text: string, from: number, end: number): number {
  if (text[end] !== ':' && text[end] !== '：') return end;
  const label = FIELD_LABELS.find((w) => text.startsWith(w, end - w.length));
  if (!label) return end;
  const k = end - label.length;
  // 2024年工作目标: a year alone is no title
  return k - from >= MIN_BEFORE_LABEL && !/[年度]$/.test(text.slice(from, k)) ? k : end;
}

/** How far into a title a heading word may start (2018年工作思路, 月工作安排). */
const MAX_HEAD_PREFIX = 6;

/** End of a heading word near the title's start when the body follows it directly (总体思路|以…), else `end`. */
function headingWordEnd(text: string, from: number, end: number): number {
  for (let p = from; p <= from + MAX_HEAD_PREFIX && p < end; p++) {
    const head = HEADINGS_LONGEST_FIRST.find((w) => text.startsWith(w, p));
    if (!head) continue;
    const k = p + head.length;
    if (k >= end) return end;
    // 资金保障|项目总投资7260万元: a whole-title heading word may run into a body that opens with its own subject
    return bodyFollows(text, from, k, end) || (p === from && nounLedBody(text, k, end)) ? k : end;
  }
  return end;
}

/** Bounds of a body that opens with a subject right after a heading word. */
const NOUN_LED = { minBody: 12, minClause: 6, tail: 12 } as const;

/**
 * The body at `k` opens with a subject (up to three nouns) and its predicate (a verb, an adverb
 * or a number): 项目|总投资|7260万元. Not a head noun or heading final (资金保障机制, 安全保障工作),
 * nor an attribute noun (经费保障|水平), nor a phrase closed by 情况 (…项目推进情况).
 */
function nounLedBody(text: string, k: number, end: number): boolean {
  if (end - k < NOUN_LED.minBody || firstClauseLength(text, k, end) < NOUN_LED.minClause) return false;
  const words = tag(text.slice(k, Math.min(end, k + NOUN_LED.tail)));
  const w0 = words[0];
  if (!w0 || !SUBJECT_TAGS.includes(w0.tag) || w0.tag === 'r') return false;
  if (HEAD_NOUNS.includes(w0.word) || HEADING_FINALS.includes(w0.word) || attributeNoun(w0.word)) return false;
  let n = 1;
  while (n < MAX_SUBJECT_WORDS && [...SUBJECT_TAGS, 'vn', 'b'].includes(words[n]?.tag ?? '')) n++;
  const pred = words[n];
  if (!pred || !['v', 'd', 'm'].includes(pred.tag)) return false;
  return !HEADING_FINALS.includes(words[n + 1]?.word ?? '');
}

/** The body starts at `k`: a quote, a title mark, a number, or a clause opener standing alone (基本情况|对比 is one phrase). */
function bodyFollows(text: string, from: number, k: number, end: number): boolean {
  if (/[“"《0-9]/.test(text[k] ?? '')) return true;
  const window = text.slice(from, Math.min(end, k + 8));
  const at = k - from;
  const starts = wordStarts(window);
  if (!starts.includes(at)) return false;
  const nextStart = starts.find((s) => s > at) ?? window.length;
  if (!opensClause(window.slice(at, nextStart))) return false;
  // 主要工作|开展情况: a verb that heads another heading noun goes on with the title
  const afterStart = starts.find((s) => s > nextStart) ?? window.length;
  return !HEADING_FINALS.includes(window.slice(nextStart, afterStart));
}

/** A word that opens the body: a clause opener, or one fused with what follows (以党的…: jieba cuts 以党). */
function opensClause(word: string): boolean {
  if (CLAUSE_STARTERS.includes(word) || BODY_OPENERS.includes(word) || ACTION_VERBS.includes(word)) return true;
  const first = word[0] ?? '';
  return word.length === 2 && CLAUSE_STARTERS.includes(first) && !NOT_OPENERS.includes(word);
}

/** Bounds of the heading shapes "X", "X,Y", "X,Y,Z" that run straight into their body. */
const SEAM = { minClause: 4, maxClause: 16, maxScan: 20, maxClauses: 3, minBody: 8 } as const;
/** Characters that end a clause of a heading. */
const CLAUSE_ENDS = [',', '，', '、', ';', '；', '“', '”', '《'];

/**
 * In flattened text a heading "加强调度考核,建立重点工作进展通报制度" may run into its body
 * ("完善《…》,加强…"). While the heading's clauses are short, look in each for a body opener
 * at a word start past the clause's own first words; the title ends there.
 */
function headingBodySeam(text: string, from: number, end: number): number {
  if (SENTENCE_OPENERS.some((w) => text.startsWith(w, from))) return end;
  let y = from;
  for (let n = 0; n < SEAM.maxClauses; n++) {
    const ce = indexOfAny(text, CLAUSE_ENDS, y, end);
    const seam = seamIn(text, y, Math.min(ce < 0 ? end : ce, y + SEAM.maxScan + 1), end);
    if (seam !== null) return seam;
    if (ce < 0 || (text[ce] !== ',' && text[ce] !== '，')) break;
    if (ce - y < SEAM.minClause || ce - y > SEAM.maxClause) break;
    y = ce + 1;
  }
  return end;
}

/** The seam inside the clause [y, clauseEnd): where the body opener stands, `end` when the clause goes on, or null. */
function seamIn(text: string, y: number, clauseEnd: number, end: number): number | null {
  const window = text.slice(y, Math.min(end, y + SEAM.maxScan + 8));
  const starts = wordStarts(window);
  const words = starts.map((at, k) => window.slice(at, starts[k + 1] ?? window.length));
  for (const [k, at] of starts.entries()) {
    if (y + at >= clauseEnd) return null;
    const word = words[k] ?? '';
    // 把工作|落实: a coverb still waits for its verb, so the clause goes on
    if (COVERBS.includes(word)) return end;
    if (at < SEAM.minClause) continue;
    // 聚焦主责抓|落实: the opener is the object of a one-character verb
    if ((words[k - 1] ?? '').length === 1) continue;
    // 9月10日前|开展…: a date is the clause's adverbial, not a heading the body follows
    if (DATE_PAREN_CHARS.test(window.slice(0, at))) continue;
    // 2024年计划|开展…: the opener is the object of a verb that takes a verb, so the clause reads on
    // 机制不够|健全: after a negation or degree adverb the verb is the clause's predicate
    const before = words[k - 1] ?? '';
    if ((VERB_TAKING_VERBS.includes(before) || PREDICATE_ADVERBS.includes(before)) && BODY_OPENERS.includes(word)) return end;
    // an opener, or an adverb right before one (…综合素质|认真 贯彻…)
    const opener = BODY_OPENERS.includes(word) ? k : SEAM_ADVERBS.includes(word) && BODY_OPENERS.includes(words[k + 1] ?? '') ? k + 1 : -1;
    if (opener < 0) continue;
    // 教师培训落实情况: the verb is part of a heading noun phrase
    if (HEADING_FINALS.includes(words[opener + 1] ?? '')) continue;
    return end - (y + at) < SEAM.minBody ? end : y + at;
  }
  return null;
}

function indexOfAny(text: string, chars: readonly string[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (chars.includes(text[k] ?? '')) return k;
  return -1;
}

/** Bounds of a one-clause heading glued to a long body: 完善网格治理体系|将辖区划分为…,… */
const RUN_ON = { minTitle: 25, minHead: 4, maxHead: 14, minBodyClause: 6, minBody: 12, tail: 12 } as const;
/** Characters that end the first clause of a body. */
const CLAUSE_PUNCT = /[,，、;；“”《》()（）]/;
/** Tags of words that open a body clause on their own: preposition, adverb, time word. */
const OPENER_TAGS = ['p', 'd', 't'];
/** One-character coverbs and prepositions that open a body (将辖区…, 在8个社区…, 到2025年底…). */
const SEAM_PREPOSITIONS: readonly string[] = [...COVERBS, '到', '于'];

/**
 * A long title whose first clause is a verb-object heading running into its body with no
 * punctuation: the heading ends on a head noun (体系, 建设, 保障) and the body opens with a
 * preposition, adverb or time word (将, 在), a new verb (推动, 新增) or a subject and its verb
 * (街道安排). Only when the body's first clause is long, so 加强安全教育培训,… stays whole.
 */
function runOnSeam(text: string, from: number, end: number): number {
  if (end - from < RUN_ON.minTitle) return end;
  const first = tag(text.slice(from, from + RUN_ON.minHead))[0];
  if (!first || !headingVerb(first.word, first.tag)) return end;
  const head = text.slice(from, Math.min(end, from + RUN_ON.maxHead + 4));
  const starts = wordStarts(head);
  for (let p = from + RUN_ON.minHead; p <= from + RUN_ON.maxHead && p < end; p++) {
    if (!/[\u3400-\u9fff]/.test(text[p - 1] ?? '')) return end;
    // 树立…观将发展|理念: a coverb inside the heading waits for its verb, so this is a sentence
    const at = p - 1 - from;
    if (at > 1 && starts.includes(at) && starts.includes(at + 1) && SEAM_PREPOSITIONS.includes(head[at] ?? '')) return end;
    if (!HEAD_NOUNS.some((w) => text.startsWith(w, p - w.length) && p - w.length >= from + 2)) continue;
    if (end - p < RUN_ON.minBody || firstClauseLength(text, p, end) < RUN_ON.minBodyClause) continue;
    // 安全|感: not inside a word, unless a one-character coverb got fused (多元化|解在)
    if (!SEAM_PREPOSITIONS.includes(text[p] ?? '') && !starts.includes(p - from)) continue;
    // 推动…投入|强度达到2.5%: after a pivot verb a subject + verb is the heading's own object clause
    if (opensBody(tag(text.slice(p, Math.min(end, p + RUN_ON.tail))), PIVOT_VERBS.includes(first.word))) return p;
  }
  return end;
}

/** Bounds of a title too long to be a heading: its clauses are scanned for where the body starts. */
const LONG = { minTitle: 28, minAt: 4, maxClause: 16, minBody: 8, maxClauses: 3 } as const;
/** Words that open a body clause right after a heading's noun or adjective (教育|以…为指导, 忠诚|把…, 效能|全面推进). */
const LONG_SEAM_WORDS: readonly string[] = ['以', '把', '对', '按照', '围绕', '根据', '通过', '坚持', ...SEAM_ADVERBS];

/**
 * A title over LONG.minTitle characters in a flattened line is a heading run into its body: in each of
 * its first short clauses, a coverb or an adverb standing at a word start after the clause's first
 * words (统筹学习,加强政治思想教育|以习近平…为指导; 永葆对党忠诚|把党的政治建设摆在首位) opens the body.
 */
function longTitleSeam(text: string, from: number, end: number): number {
  if (end - from < LONG.minTitle || !inFlattenedLine(text, from)) return end;
  let y = from;
  for (let n = 0; n < LONG.maxClauses && y < end; n++) {
    const comma = indexOfAny(text, [',', '，', ';', '；'], y, end);
    const clauseEnd = comma < 0 ? end : comma;
    const window = text.slice(y, Math.min(clauseEnd, y + LONG.maxClause + 8));
    const words = tag(window);
    let at = 0;
    for (const [k, w] of words.entries()) {
      const here = at;
      at += w.word.length;
      // 以新/x: jieba may fuse a one-character coverb with the word after it
      const fused = w.tag === 'x' && w.word.length === 2 && LONG_SEAM_WORDS.includes(w.word[0] ?? '');
      if (here < LONG.minAt || !(LONG_SEAM_WORDS.includes(w.word) || fused)) continue;
      // 组织开展|以…为主要内容的培训, 做到|以目标…: after a verb the coverb is its object's, not the body's
      const prev = words[k - 1];
      // …情境、|以目标统领…: after a list mark the coverb opens the next item of the heading
      if (!prev || !/^[\u3400-\u9fff]+$/.test(prev.word) || (prev.tag.startsWith('v') && prev.tag !== 'vn') || COVERBS.includes(prev.word)) continue;
      const seam = y + here;
      if (end - seam < LONG.minBody) break;
      return seam;
    }
    if (comma < 0 || clauseEnd - y > LONG.maxClause) break;
    y = comma + 1;
  }
  return end;
}

/** A line this long holds several paragraphs: the text was flattened, its headings lost their line ends. */
const FLATTENED_LINE = 400;

/** Whether `at` stands in a flattened line (bounded look around: linear on long texts). */
function inFlattenedLine(text: string, at: number): boolean {
  const before = text.lastIndexOf('\n', at);
  const after = text.indexOf('\n', at);
  return (after < 0 ? text.length : after) - (before + 1) > FLATTENED_LINE;
}

/** A heading opens with a verb (加强, 完善), or a word jieba mistags that is used as one (规范/n). */
function headingVerb(word: string, posTag: string): boolean {
  if (HEADING_VERBS.includes(word) || ACTION_VERBS.includes(word) || BODY_OPENERS.includes(word)) return true;
  return posTag.startsWith('v') && posTag !== 'vn' || posTag === 'a' || posTag === 'ad';
}

/** Whether the tagged tail starts a body: a coverb/adverb/time word, a new verb, or a subject with its verb. */
function opensBody(words: readonly { word: string; tag: string }[], pivot: boolean): boolean {
  const [w0, w1] = words;
  if (!w0 || HEAD_NOUNS.includes(w0.word)) return false;
  if (SEAM_PREPOSITIONS.includes(w0.word)) return true;
  // 将, 在8个…, 各|学校, 全面推行 (an adverb jieba fuses with its verb)
  if (OPENER_TAGS.includes(w0.tag) || w0.tag === 'r' || SEAM_ADVERBS.some((a) => w0.word.startsWith(a))) return true;
  // 推动|社区服务, not 开展|情况 (a verb heading a noun phrase)
  if (w0.tag === 'v' || BODY_OPENERS.includes(w0.word) || ACTION_VERBS.includes(w0.word)) return !HEADING_FINALS.includes(w1?.word ?? '');
  // 街道|安排|专项经费, 道路 硬化 工程|已完成: a subject (up to three words) with its own verb or adverb
  if (pivot || !SUBJECT_TAGS.includes(w0.tag) || attributeNoun(w0.word)) return false;
  let k = 1;
  while (k < MAX_SUBJECT_WORDS && [...SUBJECT_TAGS, 'vn'].includes(words[k]?.tag ?? '')) k++;
  const pred = words[k];
  if (!pred || (pred.tag !== 'v' && pred.tag !== 'd')) return false;
  return !HEADING_FINALS.includes(words[k + 1]?.word ?? '');
}

/** 投入|强度, 普及|率: a noun naming an attribute continues the noun phrase before it. */
function attributeNoun(word: string): boolean {
  return ATTRIBUTE_NOUNS.includes(word) || (word.length <= 3 && word.endsWith('率'));
}

/** Longest subject, in words, that may open a body right after a heading (道路 硬化 工程). */
const MAX_SUBJECT_WORDS = 3;

/** Length of the clause starting at `at`, up to the first clause punctuation or `end`. */
function firstClauseLength(text: string, at: number, end: number): number {
  let k = at;
  while (k < end && !CLAUSE_PUNCT.test(text[k] ?? '')) k++;
  return k - at;
}
