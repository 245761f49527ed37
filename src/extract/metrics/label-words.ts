// Label words: the noun phrase ending the words before a number (项目总投资2173万元) or starting
// those after a measure word (6所学校), found with jieba's part-of-speech tags and small word tables.
import { tag, type TaggedWord } from '../../nlp/segmenter.js';
import {
  ADVERB_NOUNS,
  DETERMINER_WORDS,
  INNER_VERBS,
  LABEL_SKIP_WORDS,
  LABEL_TERMS,
  MEASURED_NOUNS,
  SCOPE_WORDS,
  REACHING_VERBS,
  TARGET_CUES,
  TRAILING_ADVERBS,
  WEAK_TARGET_CUES,
  WINNING_VERBS,
} from './lexicon.js';

const MAX_WORDS = 7;
const MAX_CHARS = 16;
/** Words skipped before the first noun after a number (80名长期不在岗教师): at most this many characters. */
const LOOSE_REACH = 5;

/** Tags of words that can head or make up a label: nouns, verbal nouns, set phrases and idioms (水土流失/i), abbreviations. */
const NOUN_TAGS = new Set(['n', 'nr', 'ns', 'nt', 'nz', 'ng', 'nrt', 'nrfg', 'vn', 'an', 'j', 'l', 'i', 's']);
/** Tags of words that may stand inside a label once a noun is found (总投资, 平均录取率, B级食堂). */
const MODIFIER_TAGS = new Set(['a', 'b', 'q', 'm', 'f', 's']);
/** Direction words jieba tags f that never name a thing (初中 and 高中 are tagged f or s too). */
const DIRECTION_WORDS = new Set(['之多', '以上', '以下', '之间', '中间', '上面', '下面', '之内', '以内', '之中', '其中', '以来', '之后', '以后', '以前', '之前', '期间', '左右', '前后']);
/** Words that never belong to a label: verbs linking it to its number (达, 为), role cues (力争), 获得 (jieba tags 荣获 a name), 价值. */
const skipWords = new Set([...LABEL_SKIP_WORDS, ...TARGET_CUES, ...WINNING_VERBS, '价值']);

/** Last characters of words that name measured things, whatever jieba tags them. */
const NOUN_ENDINGS = /[率额费款积例员师园室馆楼米市站厂]$/;
/** One-character words that end a measured thing's name (持证+率, 人+数, 开放+县): nouns whatever their tag. */
const NOUN_SUFFIXES = new Set(['率', '数', '量', '额', '费', '值', '比', '县', '镇', '乡', '校']);
/** Skip words cut off the end of the text before tagging, longest first. */
const TRAILING_SKIPS = [...skipWords].sort((a, b) => b.length - a.length);
/** An age before the noun a count counts (1万名60岁以上老年人): skipped to reach the noun. */
const AGE_PREFIX = /^[0-9]{1,3}(?:周岁|岁)(?:以上|以下)?/;
/** Verbs linking a share to its whole (研发投入占营业收入的2.1%): the label is what stands before them. */
const SHARE_VERBS: readonly string[] = ['相当于', '达到', '占'];
/** Light verbs that say an activity happens or when, not which (进行一次, 提前一个月): never a label. */
const LIGHT_VERBS = new Set(['进行', '组织', '实施', '召开', '举办', '提前', '推迟', '安排']);
/** Words that may stand between a number and the noun it counts (80名长期不在岗教师). */
// r: 本地, 本市, 其他 before a noun (本地学生)
/** Single-character locatives after a noun (土地上, 校舍内, 学校中): what follows is no longer the name. */
const LOCATIVES = new Set(['上', '下', '中', '内', '里', '外']);
const LOOSE_TAGS = new Set(['d', 'a', 'ad', 'p', 'b', 'r']);
const determiners = new Set(DETERMINER_WORDS);
const adverbNouns = new Set(ADVERB_NOUNS);
const measuredNouns = new Set(MEASURED_NOUNS);
const innerVerbs = new Set(INNER_VERBS);
const scopeWords = new Set(SCOPE_WORDS);
/** A comparison (比上年, 较2010年, 同比) or a method note (按可比口径) ending the words before a figure of change. */
const TRAILING_COMPARISON = /(?:(?:比|较)(?:(?:上年|去年)(?:同期|年初)?(?:预算|计划)?|上月|年初|[0-9]{4}年)|同比|环比|按可比(?:价格|价|口径)(?:计算)?)$/;
/** Longest term of LABEL_TERMS in words (可/支配/收入). */
const TERM_WORDS = 4;

/** Tags of the words a 级 after them turns into a rank (先进级, 示范级, 一级). */
const RANK_STEMS: readonly string[] = ['a', 'm', 'n', 'vn'];

/**
 * The words of `text` with their tags, as labels read them: pieces of a known term joined (可支配收入),
 * verbs naming measured things as nouns (收入, 出栏), digits and letters joined (4G基站).
 */
export function tagWords(text: string): TaggedWord[] {
  const raw = tag(text);
  const out: TaggedWord[] = [];
  for (let i = 0; i < raw.length; i++) {
    let joined: TaggedWord | null = null;
    for (let j = Math.min(raw.length, i + TERM_WORDS); j > i + 1 && !joined; j--) {
      const word = raw.slice(i, j).map((w) => w.word).join('');
      if (LABEL_TERMS.includes(word)) joined = { word, tag: 'n' };
      else if (/^[0-9]+[A-Za-z]+$/.test(word) && j === i + 2) joined = { word, tag: 'eng' };
      if (joined) i = j - 1;
    }
    const w = raw[i] as TaggedWord;
    const prev = out[out.length - 1];
    // 先进/a 级/q: a grade written with 级 is one rank word (先进级智能工厂, 示范级)
    if (!joined && w.word === '级' && prev && isCjk(prev.word) && prev.word.length <= 2 && RANK_STEMS.includes(prev.tag)) {
      out[out.length - 1] = { word: `${prev.word}级`, tag: 'b' };
      continue;
    }
    out.push(joined ?? (LABEL_TERMS.includes(w.word) || measuredNouns.has(w.word) ? { word: w.word, tag: 'n' } : w));
  }
  return out;
}

/** The words before a figure without what links them to it: 达, 为, a comparison, an adverb (收入实际增长 → 收入). */
export function stemOf(before: string): string {
  let stem = before;
  for (let again = true; again; ) {
    const w = TRAILING_SKIPS.find((t) => stem.endsWith(t) && stem.length > t.length);
    const cut = w?.length ?? TRAILING_COMPARISON.exec(stem)?.[0].length ?? TRAILING_ADVERBS.find((t) => stem.endsWith(t) && stem.length > t.length)?.length ?? 0;
    again = cut > 0;
    if (again) stem = stem.slice(0, -cut);
  }
  return stem;
}

const isLetters = (w: string): boolean => /^[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*$/.test(w);
const isCjk = (w: string): boolean => /^[\u4e00-\u9fff]+$/.test(w);
/** A rank word (国家级, 省级, 市级, 校级, 一级): tagged b, it names the things of that rank when it stands alone. */
const RANK = /^[\u4e00-\u9fff]{1,3}级$/;
/** Unknown words (tag x) made of Chinese characters are usually names of things (镇街, 体艺). */
function isNoun(w: TaggedWord): boolean {
  if (skipWords.has(w.word) || DIRECTION_WORDS.has(w.word) || determiners.has(w.word) || w.word.startsWith('每')) return false;
  if (NOUN_TAGS.has(w.tag)) return true;
  // jieba mis-tags some measured things (辍学率 v, 大米 m): their last character says noun
  if (w.word.length >= 2 && isCjk(w.word) && NOUN_ENDINGS.test(w.word)) return true;
  if (NOUN_SUFFIXES.has(w.word)) return true;
  if (w.tag === 'x' && isCjk(w.word) && w.word.length >= 2) return true;
  // 国家级7个、省级13个: a rank standing alone names what is counted at that rank
  if (w.tag === 'b' && RANK.test(w.word)) return true;
  return w.tag === 'f' && w.word.length >= 2 && !DIRECTION_WORDS.has(w.word);
}
const isVerb = (w: TaggedWord): boolean => w.tag.startsWith('v') && w.tag !== 'vn';
/** A verb may stand inside a label only before the measure it qualifies (持证+率, 参考+人数, 跑道+覆盖率). */
const endsAMeasure = (phrase: readonly TaggedWord[]): boolean => {
  const w = phrase[phrase.length - 1];
  return w !== undefined && (NOUN_SUFFIXES.has(w.word) || /[率数量额]$/.test(w.word));
};

/** The phrase as a label: at least two characters; a long one loses words from its start. */
function clip(words: readonly TaggedWord[]): string | null {
  let from = 0;
  while (from < words.length - 1 && words.slice(from).reduce((n, w) => n + w.word.length, 0) > MAX_CHARS) from++;
  const s = words.slice(from).map((w) => w.word).join('');
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
  const stem = stemOf(before);
  const words = tagWords(stem);
  let i = words.length - 1;
  while (i >= 0) {
    const w = words[i];
    if (!w || isNoun(w)) break;
    i--;
  }
  const adjacent = i === words.length - 1 && stem === before;
  // 占比 closes the name when nothing or a verb follows it (占比保持在80%), not a noun (人数比去年)
  const followed = words[i + 1];
  const closingBi = i === words.length - 1 || (followed !== undefined && isVerb(followed));
  const phrase: TaggedWord[] = [];
  for (; i >= 0 && phrase.length < MAX_WORDS; i--) {
    const w = words[i];
    if (!w) break;
    const left = words[i - 1];
    // a bound one-character head (整改+率, 收集+亭) takes the word before it whatever its tag; 比 only
    // when it closes the name (占+比), since before other words it is the preposition (人数比去年)
    const head = phrase[0];
    if (phrase.length === 1 && head && head.word.length === 1 && (closingBi || head.word !== '比') && isCjk(w.word) && w.tag !== 'm' && !/^[每各]/.test(w.word)) {
      phrase[0] = { word: w.word + head.word, tag: 'n' };
      continue;
    }
    // 城镇新增就业: a creation verb between two nouns belongs to the name
    if (innerVerbs.has(w.word) && phrase.length > 0 && left && isNoun(left)) {
      phrase.unshift(w);
      continue;
    }
    if (skipWords.has(w.word)) break;
    // 蔬菜及食用菌产量: nouns joined by 及/和/与 name the measured thing together
    if (NOUN_JOINERS.has(w.word) && phrase.length > 0 && isNoun(phrase[0] as TaggedWord) && left && isNoun(left) && !scopeWords.has(left.word)) {
      phrase.unshift(w);
      continue;
    }
    if (isNoun(w)) phrase.unshift(w);
    else if (isLetters(w.word) && phrase.length > 0) phrase.unshift(w);
    else if (MODIFIER_TAGS.has(w.tag) && !/^[0-9]/.test(w.word) && !DIRECTION_WORDS.has(w.word)) phrase.unshift(w);
    else if (isVerb(w) && w.word.length >= 2 && !skipWords.has(w.word) && left && isNoun(left) && endsAMeasure(phrase)) phrase.unshift(w);
    else break;
  }
  // 全市生猪出栏量: the area or year a sentence covers is not part of the name (全市 alone names nothing)
  while (phrase.length > 0 && (scopeWords.has((phrase[0] as TaggedWord).word) || (!isNoun(phrase[0] as TaggedWord) && (phrase[0] as TaggedWord).tag !== 'b'))) phrase.shift();
  const label = phrase.length > 0 ? clip(phrase) : null;
  return label ? { label, adjacent } : null;
}

/** A score line reached (上第一批分数线, 超过浙大分数线, 过一本线). */
const LINE_REACHED = /^(?:上|超过|超|达到|过)[^,，。;；]{0,12}线$/;
/** Admitted by a school (被清华大学提前录取), a leading 分别 left out. */
const ADMITTED = /^(?:分别)?(被[^,，。;；]{2,30}录取)$/;

/** Conjunctions between two nouns of one label (蔬菜及食用菌产量, 中小学和幼儿园数量). */
const NOUN_JOINERS = new Set(['及', '和', '与']);

/** Words a noun phrase after a number may open with when verbs may (受益离退休人员, 结转公租房): this many characters. */
const VERB_REACH = 8;
/** Tags of the words that may open such a phrase besides verbs: idioms, set phrases, pronouns. */
const VERB_PHRASE_TAGS = new Set(['v', 'vd', 'i', 'l', 'r']);

/**
 * The noun phrase that starts `after` (6所学校 → 学校; 3所B级食堂 → B级食堂). A leading 的 is
 * skipped (3-5年的服务期限), as are a few adverbs before the first noun (80名长期不在岗教师);
 * with `verbs`, also verbs that describe the noun (1.6万名受益离退休人员, 23项创新举措).
 */
export function labelAfter(after: string, verbs = false): string | null {
  const age = AGE_PREFIX.exec(after);
  if (age) return labelAfter(after.slice(age[0].length), verbs);
  const words = tagWords(after);
  let i = 0;
  if (words[0]?.word === '的') i = 1;
  const start = i;
  let skipped = 0;
  while (i < words.length && !isNoun(words[i] as TaggedWord) && !isLetters((words[i] as TaggedWord).word)) {
    const w = words[i] as TaggedWord;
    const loose = LOOSE_TAGS.has(w.tag) || determiners.has(w.word) || (verbs && VERB_PHRASE_TAGS.has(w.tag) && !skipWords.has(w.word));
    if (!loose || !isCjk(w.word)) return null;
    skipped += w.word.length;
    if (skipped > (verbs ? VERB_REACH : LOOSE_REACH)) return null;
    i++;
  }
  // 20名在体育、艺术等方面有卓越表现的本地学生: a preposition opens a description, not the name
  // (为 after a figure is the copula: 60%为研究生以上学历)
  if (words[start]?.tag === 'p' && words[start]?.word !== '为') return null;
  const phrase: TaggedWord[] = words.slice(words[start]?.word === '为' ? start + 1 : start, i);
  for (; i < words.length && phrase.length < MAX_WORDS; i++) {
    const w = words[i] as TaggedWord;
    const next = words[i + 1];
    if (adverbNouns.has(w.word) && next && isVerb(next)) break; // 项目基本完工
    // a locative after the noun (33公顷土地上发展住宅): the place ends the name, unless a noun follows
    // it as its own first character (下年度, 上半年)
    if (phrase.length > 0 && LOCATIVES.has(w.word) && !(next && (next.tag.startsWith('n') || next.tag === 't'))) break;
    if (isNoun(w) || isLetters(w.word) || (MODIFIER_TAGS.has(w.tag) && w.tag !== 'm')) phrase.push(w);
    else break;
  }
  while (phrase.length > 0 && !isNoun(phrase[phrase.length - 1] as TaggedWord) && !isLetters((phrase[phrase.length - 1] as TaggedWord).word)) phrase.pop();
  // 16所规模较大的中小学: the thing counted is after the description's 的 (not 4所学校的宿舍楼: no description)
  const rest = words.slice(i);
  const de = rest.findIndex((w) => w.word === '的');
  // set phrases describe too (对外开放的学校: jieba tags them l or i)
  const describing = (w: TaggedWord): boolean => w.tag.startsWith('a') || w.tag === 'd' || w.tag === 'l' || w.tag === 'i';
  if (skipped === 0 && de >= 0 && rest.slice(0, de).every(describing) && (de > 0 || words.slice(start, i).some(describing))) {
    const inner = labelAfter(rest.slice(de + 1).map((w) => w.word).join(''));
    if (inner) return inner;
  }
  return phrase.length > 0 ? clip(phrase) : null;
}

/** Cue verbs (控制在2000元) that say how a figure is set, not what it pays for. */
const weakCues = new Set(WEAK_TARGET_CUES);

/** The verb ending the clause right before an event count (每学期听课不少于20节 → 听课). */
export function eventVerb(before: string): string | null {
  const words = tagWords(before);
  const last = words[words.length - 1];
  const usable = last && isVerb(last) && last.word.length >= 2 && !skipWords.has(last.word) && !weakCues.has(last.word) && !LIGHT_VERBS.has(last.word);
  return usable ? last.word : null;
}

/** The noun phrase before the last share verb of `before` (研发投入达到营业收入的 → 研发投入). */
export function shareSubject(before: string): string | null {
  let at = -1;
  let verb = '';
  for (const v of SHARE_VERBS) {
    const i = before.lastIndexOf(v);
    if (i > at) [at, verb] = [i, v];
  }
  return at > 0 && verb ? labelBefore(before.slice(0, at))?.label ?? null : null;
}

/** The object of a verb opening the text after an event count (4次召开专题会议 → 专题会议). */
export function verbObject(after: string): string | null {
  const first = tagWords(after)[0];
  return first && isVerb(first) && first.word.length >= 2 ? labelAfter(after.slice(first.word.length)) : null;
}

/** Longest verb phrase taken whole as a label (作出受理决定). */
const MAX_VERB_PHRASE = 12;

/** The text after a figure when a verb opens it and it is short: the action itself (作出受理决定). */
export function verbPhrase(after: string): string | null {
  const first = tagWords(after)[0];
  return first && isVerb(first) && first.word.length >= 2 && after.length <= MAX_VERB_PHRASE ? after : null;
}

/** A verb standing right before the number (捐资44万元): what money was spent on or raised by. */
export function verbBefore(before: string): string | null {
  const words = tagWords(before);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (!w) break;
    if (isVerb(w) && w.word.length >= 2 && !skipWords.has(w.word) && !weakCues.has(w.word)) return w.word;
    if (!skipWords.has(w.word) && !weakCues.has(w.word) && w.tag !== 'd' && w.tag !== 'p') break;
  }
  return null;
}


/** The longest an achievement label may be (圣陶杯作文大赛一等奖, 进入清华大学、北京大学). */
const MAX_ACHIEVEMENT = 20;

/**
 * What a count of people won or reached, from the clause after it: 获圣陶杯作文大赛一等奖 → 圣陶杯作文大赛一等奖
 * (the prize), 进入清华大学、北京大学 → the whole (where they went). Null when the clause opens otherwise.
 */
export function achievement(clause: string): string | null {
  // 583人上第一批分数线, 150人超过浙大分数线; 3人分别被北京大学、复旦大学提前录取
  const line = LINE_REACHED.exec(clause)?.[0] ?? ADMITTED.exec(clause)?.[1];
  if (line && line.length <= MAX_ACHIEVEMENT) return line;
  const won = WINNING_VERBS.find((v) => clause.startsWith(v));
  const reached = won ? undefined : REACHING_VERBS.find((v) => clause.startsWith(v));
  const label = won ? clause.slice(won.length) : reached ? clause : '';
  return label.length >= 2 && label.length <= MAX_ACHIEVEMENT ? label : null;
}
