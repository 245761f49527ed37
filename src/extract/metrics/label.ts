// Labels: the short noun phrase naming what a metric measures, from the words of its clause
// (label-words.ts), or borrowed from the figure before it in the sentence.
import { MONEY_CUES, PERSON_UNITS, SETTING_ADVERBS, SETTING_VERBS } from './lexicon.js';
import { respectively } from './label-lists.js';
import { achievement, eventVerb, labelAfter, labelBefore, shareSubject, verbBefore, verbObject, verbPhrase } from './label-words.js';
import type { Candidate } from './types.js';
import { alternation } from './number.js';

export { labelAfter, labelBefore, type BeforeLabel } from './label-words.js';

/** A clause that names nothing and only sets its figure: time words, adverbs, one setting verb (2018年达到, 一般控制在). */
const SETTING_CLAUSE = new RegExp(`^(?:[0-9]{4}年(?:底|末)?|(?:${alternation(SETTING_ADVERBS)}))*(?:${alternation(SETTING_VERBS)})?$`);

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
const CHANGE_VERBS: readonly string[] = ['增长', '增加', '提高', '提升', '上升', '下降', '减少', '降低', '回落', '净增', '净减', '增产', '减产', '增收', '减收', '增支', '减支'];
/** Comparison words opening a change phrase on their own (同比, 环比); 比/较 + a time also do (较上年, 比2006年). */
const CHANGE_COMPARISONS: readonly string[] = ['同比', '环比'];
/** Longest time phrase after 比/较 in a change phrase (较上年同期). */
const MAX_COMPARED_TIME = 8;
/** A metric without a label of its own borrows the previous one's when this close (比去年增加19人). */
const BORROW_REACH = 12;
/** A note on how a change was computed (按可比价格计算, 按可比口径): transparent to labels. */
const NOTE = /^按可比(?:价格|价|口径)(?:计算)?/;
const NOTE_CLAUSE = /[,，]?按可比(?:价格|价|口径)(?:计算)?[,，]?/g;
/** Adverbs before a change phrase (分别比上年增长): not part of it. */
const LEADING_ADVERBS = /^(?:分别|均|也|还|都)/;

/**
 * The change phrase a clause consists of (同比增长, 较上年同期下降, 比2006年净增, 分别比上年增长,
 * 按可比口径增长), or null. Such a clause names how a figure moved; the moved thing, if any, comes
 * from the figure before. A note on the method and a leading adverb are left out.
 */
export function changePhrase(clause: string): string | null {
  const bare = (clause.endsWith('了') ? clause.slice(0, -1) : clause).replace(LEADING_ADVERBS, '');
  const s = bare.replace(NOTE, '').replace(LEADING_ADVERBS, '');
  const verb = CHANGE_VERBS.find((v) => s.endsWith(v));
  if (!verb) return null;
  const rest = s.slice(0, -verb.length);
  if (rest === '' && (verb.startsWith('净') || s !== bare)) return s;
  if (CHANGE_COMPARISONS.includes(rest)) return s;
  const time = rest.length >= 2 && rest.length <= MAX_COMPARED_TIME + 1 && /[年月期]$/.test(rest);
  const compared = /^[比较]/.test(rest) && (time || (/^[比较](?:上年|去年)/.test(rest) && rest.length <= MAX_COMPARED_TIME + 1));
  return compared ? s : null;
}

/** The words between two figures, notes on method left out (农业总产值282563万元,按可比价格计算,比上年增长5.04%). */
const gapBetween = (text: string, from: number, to: number): string => text.slice(from, to).replace(NOTE_CLAUSE, ',');

/** A label that is one quoted name (「星星奖」三名, “两违”): the name without its quotes. */
const QUOTED = /^[「“"『]([^「」“”"『』]+)[」”"』]$/;
const unquoted = (label: string | null): string | null => (label === null ? null : QUOTED.exec(label)?.[1] ?? label);

/** How far back in its sentence a change (比上年减支32,758万元) finds the amount that moved. */
const MOVED_REACH = 60;

/** A share of something (完成年度预算的109.04%, 占全市的12%): a percentage written after 的. */
function isShare(text: string, c: Candidate | undefined): boolean {
  return c !== undefined && c.dimension === 'percent' && text[c.start - 1] === '的';
}

/**
 * The label of the nearest earlier figure of the same dimension in the sentence (within
 * MOVED_REACH): the amount a change of amount is of (支出886,147万元(含…),比上年减支32,758万元).
 */
function movedBefore(text: string, cands: readonly Candidate[], labels: readonly (string | null)[], k: number): string | null {
  const c = cands[k] as Candidate;
  for (let j = k - 1; j >= 0; j--) {
    const p = cands[j] as Candidate;
    const gap = gapBetween(text, p.end, c.start);
    if (/[。;；!！?？\n]/.test(gap) || gap.length > MOVED_REACH) return null;
    if (p.dimension === c.dimension && !isShare(text, p)) return labels[j] ?? null;
  }
  return null;
}

/** The previous figure stands in the same sentence, close enough to lend its label. */
function sameSentence(text: string, prev: { readonly end: number } | undefined, c: { readonly start: number }): boolean {
  if (!prev || prev.end > c.start) return false;
  const gap = gapBetween(text, prev.end, c.start);
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

/** Characters that end a clause; a list (、) does not. */
const CLAUSE_END = /[,，。;；:：!！?？\n()（）]/;
/** The clause from `at` to its end, lists included (进入清华大学、北京大学). */
function clauseAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at <= REACH_AFTER * 2 && !CLAUSE_END.test(text[end] ?? '')) end++;
  return text.slice(at, end);
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

/** The clause's words before `start`; a bound standing before a verb is left out (至少召开1次 → 召开). */
function wordsBefore(text: string, from: number, start: number, c: Candidate): string {
  return text.slice(from, start) + (c.between === undefined ? '' : text.slice(c.between, c.numberStart));
}

/** Spaces a PDF puts beside a number (有效样本 787份) are no boundary: where the words before it end. */
function leadOf(text: string, at: number): number {
  while (at > 0 && text[at - 1] === ' ') at--;
  return at;
}
function trailOf(text: string, at: number): number {
  while (at < text.length && text[at] === ' ') at++;
  return at;
}

/** A field's name is short: at most this many characters (建议学时:32学时, 形成性评价(60%)). */
const FIELD_NAME = /^[^,，。;；:：、()（）\s]{2,12}$/;
/** Longest name of an agenda item a figure in parentheses closes (王琛校长宣读获得市直及以上先进名单(2分钟)). */
const AGENDA_ITEM = 24;
/** Longest note in parentheses between an item's name and its figure (颁奖仪式(颁奖曲集体奖获奖学生上台领奖,领导颁发)). */
const NOTE_REACH = 40;
/** A list number opening an item (3.嘉宾讲话, (2)学生发言). */
const ITEM_NUMBER = /^(?:[0-9]{1,2}[.．、]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;
const OPENING_QUOTES: Readonly<Record<string, string>> = { '“': '”', '「': '」', '《': '》' };
const CLOSING_QUOTE = /[”」》]/;
/** How far a quoted name may run (“千村整治、百村示范”). */
const QUOTE_REACH = 16;

/**
 * The name a figure is given as a field: before a colon (建议学时:32学时, 满意: 712人次), or as the
 * whole content of a parenthesis after it (形成性评价(60%), 各队指导老师(1名)); or the clause ending
 * in a quoted name right before it when no word follows the figure (拆除处置“两违”661宗,).
 */
function fieldName(text: string, start: number, end: number, floor: number): string | null {
  const mark = text[start - 1] ?? '';
  let name = '';
  if (mark === ':' || mark === '：') {
    let from = start - 1;
    while (from > floor && !/[\n。;；,，!！?？)）]/.test(text[from - 1] ?? '')) from--;
    name = text.slice(from, start - 1).trim();
  } else if (OPENING_PAREN.test(mark) && /^[)）,，、;；]/.test(text[trailOf(text, end)] ?? '')) {
    // 形成性评价(60%); 朱有花(48票,中研院天文所): a figure opening a parenthesis belongs to the name before it;
    // an agenda item's note in parentheses before it is skipped (奏唱国歌(放国歌)(3分钟)), its list number dropped
    const open = start - 1;
    const note = CLOSING_PAREN.test(text[open - 1] ?? '') ? text.lastIndexOf(text[open - 1] === ')' ? '(' : '（', open - 2) : -1;
    // the note may reach back past the label's usual reach: the item's name stands before it
    const nameEnd = note >= 0 && open - note <= NOTE_REACH ? note : open;
    const lineStart = text.lastIndexOf('\n', nameEnd - 1) + 1;
    const item = text.slice(boundaryBefore(text, nameEnd, Math.max(lineStart, nameEnd - AGENDA_ITEM)), nameEnd).replace(ITEM_NUMBER, '');
    // (a figure before it, 640人次(82.1%), is no name; 6个工位的实训室建设(16万元) is)
    return item.length >= 2 && item.length <= AGENDA_ITEM && !/[0-9]$/.test(item) && !/^[0-9][0-9.,]*[\u4e00-\u9fff%]{0,2}$/.test(item) && !/[,，。;；:：、()（）\s]/.test(item) ? item : null;
  } else if (CLOSING_QUOTE.test(mark) && !/[\u4e00-\u9fff]/.test(text[trailOf(text, end)] ?? '')) {
    // only when nothing is named after the figure (“雏鹰”两只基金 counts 基金)
    const open = text.lastIndexOf(Object.keys(OPENING_QUOTES).find((q) => OPENING_QUOTES[q] === mark) ?? '“', start - 2);
    if (open < 0 || start - open > QUOTE_REACH) return null;
    const from = boundaryBefore(text, open, floor);
    const whole = text.slice(from, start);
    return whole.length >= 3 && whole.length <= QUOTE_REACH ? whole : null;
  }
  return FIELD_NAME.test(name) && !/[0-9]$/.test(name) ? name : null;
}

/** The quoted name a figure counts (4个“最佳实践案例”, 8个“千村整治、百村示范”村庄项目). */
function quotedAfter(text: string, at: number): string | null {
  const close = OPENING_QUOTES[text[at] ?? ''];
  if (!close) return null;
  const end = text.indexOf(close, at + 1);
  if (end < 0 || end - at > QUOTE_REACH) return null;
  const name = text.slice(at + 1, end);
  const rest = text.slice(end + 1, boundaryAfter(text, end + 1, Math.min(text.length, end + 1 + REACH_AFTER)));
  const head = labelAfter(rest);
  return name.length >= 2 ? `${name}${head && rest.startsWith(head) ? head : ''}` : null;
}

/** Longest description between a count and the 的 closing it (有创新、有特色、有实效、可推广的). */
const DESCRIPTION_REACH = 28;

/** The noun after the 的 that closes a description opening the clause (有创新、有特色的党建品牌 → 党建品牌). */
function describedNoun(clause: string): string | null {
  const de = clause.lastIndexOf('的', DESCRIPTION_REACH);
  if (de < 2 || /[0-9]/.test(clause.slice(0, de))) return null;
  return labelAfter(clause.slice(de + 1));
}

/** Nouns naming a sum of money by what it is for (奖学金, 补助金, 发展基金, 专款, 拨款, 资助计划). */
const FUND_NOUN = /(?:金|款|经费|资金|补贴|补助|津贴|预算|资助计划|资助)$/;

/** The fund or payment named right after an amount (的 between them or not), or null. */
function fundAfter(after: string): string | null {
  const named = labelAfter(after.startsWith('的') ? after.slice(1) : after);
  return named && named.length >= 2 && FUND_NOUN.test(named) ? named : null;
}

/** A preposition placing a time limit (应于5个工作日内, 在15日内). */
const TIME_LIMIT_BEFORE = /[于在]$/;

/** A preposition naming whom money was for, right before its label (为灾区捐款, 向贫困学生发放). */
const BENEFICIARY = /[为向给]$/;

/** Dimensions of things with a size (10万平方米职工住宅小区, 26公里绿道): like counts, the noun after names them. */
const SIZES = new Set(['area', 'length', 'weight', 'other']);

/** The label of one candidate from its own words; null when it must borrow. */
function ownLabel(text: string, c: Candidate, floor: number): string | null {
  const start = leadOf(text, c.start);
  const field = fieldName(text, start, c.end, floor);
  if (field) return field;
  const from = boundaryBefore(text, start, floor);
  const own = from === start && c.between === undefined ? beforeParenthesis(text, start, floor) : wordsBefore(text, from, start, c);
  // 开放县(区、市)增加至45个: a short note in parentheses inside the name's clause is left out
  const before = from < start && CLOSING_PAREN.test(text[from - 1] ?? '') && labelBefore(own) === null ? `${beforeParenthesis(text, from, floor)}${own}` : own;
  const afterStart = trailOf(text, c.end);
  const afterEnd = boundaryAfter(text, afterStart, Math.min(text.length, afterStart + REACH_AFTER));
  const after = text.slice(afterStart, afterEnd);
  const b = labelBefore(before);
  // false when the words before are those of a parenthesis' clause (职业中学(职教中心)1所)
  const touching = own === wordsBefore(text, from, start, c);
  // 学生100人以上的小学: a count before 的 describes the noun before it
  if (c.dimension === 'count') {
    if (after.startsWith('的')) return b?.label ?? labelAfter(after);
    // 8人获圣陶杯作文大赛一等奖: what people won or reached
    const won = PERSON_UNITS.includes(c.unit) ? achievement(clauseAfter(text, afterStart)) : null;
    if (won) return won;
    const isEvent = EVENT_UNITS.has(c.unit.replace(/^[万亿]/, ''));
    const event = isEvent && touching ? eventVerb(before) : null;
    const own = labelAfter(after) ?? quotedAfter(text, afterStart) ?? event ?? (isEvent ? verbObject(after) : null);
    if (own) return own;
    // 打造1至2个有创新、有特色的党建品牌: a description closed by 的 stands between the count and what it counts
    const described = describedNoun(clauseAfter(text, afterStart));
    if (described) return described;
    // 新增1.6万名受益离退休人员: with no noun touching it, a count may be described by verbs after it
    if (b?.adjacent) return b.label;
    return labelAfter(after, true) ?? b?.label ?? (touching ? eventVerb(before) : null);
  }
  // 开工建设10万平方米职工住宅小区: a size names the thing after it, as a count does
  if (SIZES.has(c.dimension)) {
    const sized = labelAfter(after) ?? quotedAfter(text, afterStart);
    if (sized && !after.startsWith('的')) return sized;
  }
  // 应于2个工作日内作出受理决定: a time limit names the task to be done within it
  if (c.dimension === 'duration' && TIME_LIMIT_BEFORE.test(before) && text[c.end - 1] === '内') {
    const task = verbObject(after) ?? verbPhrase(after);
    if (task) return task;
  }
  // 研发投入达到营业收入的2.1%: the share is of the subject, not of the whole after the verb
  if (c.dimension === 'percent' && before.endsWith('的')) {
    const share = shareSubject(before);
    if (share) return share;
  }
  // 就业率连续两年低于80%的专业: a percentage measures the rate named before it
  if (c.dimension === 'percent' && b && RATE_NAME.test(b.label)) return b.label;
  // 成立1亿元的奖学金, 获每年最高15,000元补助金: money right before a fund's or a payment's name is that fund
  const fund = isMoney(c) ? fundAfter(after) : null;
  if (fund) return fund;
  // 科技专项资金安排4亿元: money named by a money noun keeps it over the verb
  if (isMoney(c) && !b?.adjacent && !(b && MONEY_CUES.some((w) => w !== '元' && b.label.includes(w)))) {
    const verb = verbBefore(before);
    if (verb) return verb;
  }
  // 为灾区捐款14万元: money given to someone keeps whom it was for
  if (b?.adjacent && isMoney(c) && BENEFICIARY.test(before.slice(0, before.length - b.label.length))) return `${before.slice(-b.label.length - 1, -b.label.length)}${b.label}`;
  if (b?.adjacent) return b.label;
  // verb + number + 的 + noun: 予以每人每年1000元的生活费用资助
  if (after.startsWith('的')) return labelAfter(after) ?? b?.label ?? null;
  // 平均任职不足2年: a duration after a verb, naming nothing after it, is how long that activity lasts
  if (c.dimension === 'duration' && touching && !labelAfter(after)) {
    const verb = eventVerb(before);
    if (verb) return verb;
  }
  // 占地60亩, 授权120件: with no noun at all, the verb touching the figure says what it measures
  return b?.label ?? labelAfter(after) ?? (touching ? eventVerb(before) : null);
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
    // 收入12.6亿元,同比增长8.3%: the figure measures how the thing before moved; its role (change)
    // says so, its label names the thing (收入); with no figure before, the change phrase stands alone.
    // A share between them (收入296,708万元,完成年度预算的109.04%,比上年增加32,146万元) is no thing
    // that moved: an amount's change is of the amount before it in the sentence.
    if (change) label = (sameSentence(text, prev, c) && !(isShare(text, prev) && c.dimension !== 'percent') ? labels[k - 1] : null) ?? movedBefore(text, cands, labels, k) ?? change;
    // 就业率连续两年低于80%的专业: a percentage takes the rate of the figure just before it in the clause
    const prevLabel = labels[k - 1];
    if (c.dimension === 'percent' && prev && prevLabel && RATE_NAME.test(prevLabel) && !(label && RATE_NAME.test(label))) {
      const gap = text.slice(prev.end, c.start);
      if (gap.length <= BORROW_REACH && ![...gap].some((ch) => BOUNDARY.test(ch))) label = prevLabel;
    }
    if (!label && sameSentence(text, prev, c)) label = labels[k - 1] ?? null;
    if (!label) {
      const from = boundaryBefore(text, c.start, floor);
      const sep = text[from - 1] ?? '';
      // 2018年达到6%, 资产负债率,一般控制在65%以内: a clause giving only a time or a setting verb
      // borrows the noun phrase ending the clause before
      const lead = text.slice(from, c.start);
      if (from > floor && /[,，]/.test(sep) && (/[年月]/.test(lead) || SETTING_CLAUSE.test(lead))) {
        const prevFrom = boundaryBefore(text, from - 1, Math.max(floor, from - 1 - REACH_BEFORE));
        label = labelBefore(text.slice(prevFrom, from - 1))?.label ?? null;
      }
    }
    labels.push(unquoted(label ?? (isMoney(c) ? verbBefore(text.slice(boundaryBefore(text, c.start, floor), c.start)) : null)));
  });
  return respectively(text, cands, labels);
}
