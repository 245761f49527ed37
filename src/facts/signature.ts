// Signatures: an organ and a date closing the document (城南小学\n2013年11月1日), before any
// attachment; and dates standing alone at the end or under the title.
import { parseChineseNumeral } from '../text/numerals.js';
import { isOrganName, isSpecificOrgan, ORGAN_MAX, ORGAN_MIN } from './organs.js';
import { isHan } from './text.js';
import type { WrittenDate } from './types.js';
import { isSignable } from './written.js';

const CN_DIGIT = '0-9〇零一二三四五六七八九○Ｏ';
/** A written date as in a signature: 2014年3月2日, 二〇一三年三月, 2015.3.1. */
const SIGNATURE_DATE = new RegExp(
  // the day's 日 may be missing at the end of the line (中共某委员会 / 2021年1月18)
  `([${CN_DIGIT}]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月(?:\\s*([0-9一二三四五六七八九十]{1,3})\\s*(?:日|(?=[ \\t]*(?:\\n|$))))?` +
    `|(\\d{4})[.．/](\\d{1,2})[.．/](\\d{1,2})(?!\\d)`,
  'gu',
);
/** Words after a date that make it part of a sentence (3月8日前, 3月2日召开), not a signature. */
const DATE_CONTINUES: readonly string[] = ['前', '起', '至', '以', '后', '内', '到', '止', '召开', '下发', '发布', '出台', '举行', '举办', '开始', '启动', '完成', '开展', '组织', '成立', '在', '对', '由', '把', '将', '已'];

/** A seal note after a signing organ: 城南小学(盖章). */
const SEAL_NOTE = /[(（](?:盖章|公章|章|签章|印)[)）]$/;

export interface Signature {
  readonly issuer: string | null;
  readonly issuerSpan: readonly [number, number] | null;
  /** Followed by 印发: the office that printed the document, which signs only when nobody else does. */
  readonly printed: boolean;
  /** The date as written and its ISO value. */
  readonly date: { readonly text: string; readonly value: string; readonly span: readonly [number, number] };
}

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s);
}

function isoOf(m: RegExpExecArray | RegExpMatchArray): string | null {
  const dotted = m[4] !== undefined;
  const y = num(dotted ? m[4] : m[1]);
  const mo = num(dotted ? m[5] : m[2]);
  const d = num(dotted ? m[6] : m[3]);
  if (y === null || y < 1900 || y > 2100 || mo === null || mo < 1 || mo > 12) return null;
  const ym = `${y}-${String(mo).padStart(2, '0')}`;
  if (d === null) return ym;
  return d >= 1 && d <= 31 ? `${ym}-${String(d).padStart(2, '0')}` : null;
}

/** Text that can precede a signature's organ: start, line end, or the end of a sentence or of a number (05号). */
const SENTENCE_END = new Set(['\n', '。', '！', '？', '!', '?', ':', '：', '号', '-', ' ']);

/** The organ right before `at` (whitespace between allowed), when it stands alone after a sentence end. */
/** A word that ends an attachment's or a document's name: in flattened text a signing organ may follow it directly (…一览表平潭综合实验区管委会). */
const NAME_END = /(?:表|单|册|书|录|计划|方案|意见|通知|办法|细则|规定|要点|报告|清单|目录|名单)$/;

/** The organ whose name ends right before `at` (whitespace between allowed), standing alone after a sentence end. */
function organEndingAt(text: string, at: number): { name: string; span: [number, number] } | null {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && end - start < ORGAN_MAX + 1 && (isHan(text[start - 1]) || '()（）'.includes(text[start - 1] ?? ''))) start--;
  const sealed = SEAL_NOTE.exec(text.slice(start, end));
  if (sealed) end -= sealed[0].length;
  let name = text.slice(start, end);
  // flattened "…05号灞源镇中心学校": the number's 号 is not part of the name
  const cut = name.lastIndexOf('号');
  if (cut >= 0) {
    start += cut + 1;
    name = name.slice(cut + 1);
  }
  // flattened "…2014年3月2日城关镇…": a date's 日 is a boundary too
  const afterDate = /^[日月]/.test(name) && /[0-9一二三四五六七八九十]/.test(text[start - 1] ?? '');
  if (afterDate) {
    start += 1;
    name = name.slice(1);
  }
  const before = text[start - 1];
  if (before === undefined || SENTENCE_END.has(before) || cut >= 0 || afterDate) {
    if (isOrganName(name)) return { name, span: [start, end] };
  }
  // flattened "附件:…一览表平潭综合实验区管委会2015年6月29日": the longest organ's name after a name's last word
  for (let k = 1; k <= name.length - ORGAN_MIN; k++) {
    const tail = name.slice(k);
    if (NAME_END.test(name.slice(0, k)) && isSpecificOrgan(tail)) return { name: tail, span: [start + k, end] };
  }
  return null;
}

/** Most organs that sign one document together (两局联合发文). */
const JOINT_MAX = 3;

/**
 * The signing organ before `at`; organs on the lines or words just before it sign jointly
 * (平潭综合实验区行政审批局 平潭综合实验区经济发展局 2022年1月12日 → both, space-separated).
 */
function organBefore(text: string, at: number): { name: string; span: [number, number] } | null {
  const last = organEndingAt(text, at);
  if (!last) return null;
  const names = [last.name];
  let start = last.span[0];
  while (names.length < JOINT_MAX && /\s/.test(text[start - 1] ?? '')) {
    const previous = organEndingAt(text, start);
    if (!previous || names.includes(previous.name) || !/^\s+$/.test(text.slice(previous.span[1], start))) break;
    names.unshift(previous.name);
    start = previous.span[0];
  }
  return { name: names.join(' '), span: [start, last.span[1]] };
}

/** Dates written as a signature (organ name before them, nothing but a line end, 印发 or another organ after). */
export function signatures(text: string, from = 0, to = text.length): Signature[] {
  const out: Signature[] = [];
  for (const m of text.slice(from, to).matchAll(SIGNATURE_DATE)) {
    const at = from + m.index;
    const value = isoOf(m);
    if (!value) continue;
    const after = text.slice(at + m[0].length, at + m[0].length + 2);
    const organ = organBefore(text, at);
    // a signature date ends its line (after the organ, or alone on it); flattened text may run on
    const endsLine = /^(?:\s|$|-)/.test(after) || after.startsWith('印发');
    const startsLine = text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trim() === '';
    const runsOn = organ !== null && value.length === 10 && isHan(after[0]) && !DATE_CONTINUES.some((w) => text.startsWith(w, at + m[0].length));
    if (organ ? !(endsLine || runsOn) : !(endsLine && startsLine)) continue;
    out.push({
      printed: after.startsWith('印发'),
      issuer: organ?.name ?? null,
      issuerSpan: organ?.span ?? null,
      date: { text: m[0], value, span: [at, at + m[0].length] },
    });
  }
  return out;
}

/** Tail length searched for the closing signature. */
const TAIL = 200;

/** Signatures naming an organ; the printing office's only when nobody else signs. */
export function signedOnly(list: readonly Signature[]): Signature[] {
  const named = list.filter((s) => s.issuer);
  const signers = named.filter((s) => !s.printed);
  return signers.length > 0 ? signers : named;
}

/** A line opening an attachment (附件, 附件2, 附表1:…): a schedule appended after the signature. */
const ATTACHMENT_LINE = /(?<=^|\n)[ \t]*附[件表]/g;

/**
 * Where the closing signature may stand: right before each of `cuts` (where a notice's carried
 * document begins: the notice is signed above it), else the end of the text, else right before an
 * attachment block that follows the body (nearest the end first). `from` is where the body starts.
 */
export function closingWindows(text: string, from = 0, cuts: readonly number[] = []): [number, number][] {
  // a notice that carries a document is issued when the notice is signed, whatever date the carried document bears
  const out: [number, number][] = cuts.map((at) => [Math.max(0, at - TAIL), at]);
  out.push([Math.max(0, text.length - TAIL), text.length]);
  const starts = [...text.matchAll(ATTACHMENT_LINE)].map((m) => m.index + m[0].length - 2).filter((at) => at > from);
  for (const at of starts.reverse()) out.push([Math.max(from, at - TAIL), at]);
  return out;
}

/** The signature closing the document (organ named), searched window by window as `closingWindows` orders them. */
export function closingSignature(text: string, from = 0, cuts: readonly number[] = []): Signature | undefined {
  for (const [a, b] of closingWindows(text, from, cuts)) {
    const found = signedOnly(signatures(text, a, b)).pop();
    if (found) return found;
  }
  return undefined;
}

/** How much of the end of a document holds the issuer and the signing date. */
const STANDING_TAIL = 300;
const SENTENCE_BREAK = /[。，,；;：:！？!?\n]/;
/** Characters that end the words before a date inside a sentence (于2014年…, 截至2014年…). */
const IN_SENTENCE_BEFORE = /[，,。；;、：:（(“"《于在至到从自止为是的及和与]$/;
/** Longest issuer name that may stand before a signing date on its line. */
const ISSUER_MAX = 30;

/**
 * Whether a date stands alone at the end of a short line (on its own or after an issuer's name),
 * not at the end of a wrapped line of a sentence.
 */
export function standsAlone(text: string, d: WrittenDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
  const prefix = text.slice(lineStart, d.span[0]);
  if (prefix.length > ISSUER_MAX || SENTENCE_BREAK.test(prefix) || IN_SENTENCE_BEFORE.test(prefix)) return false;
  return /^[ \t]*(?:\n|$)/.test(text.slice(d.span[1], d.span[1] + 40));
}

/** A date followed by 印发 (the printing line of a notice): the date it was issued. */
export function printedDate(text: string, dates: readonly WrittenDate[]): WrittenDate | null {
  return dates.filter(isSignable).find((d) => /^[ \t]*(?:印发|签发|制发)/.test(text.slice(d.span[1], d.span[1] + 6))) ?? null;
}

/** A closing field naming the signing date (总结者:张三 / 时间: 2019/1/2). */
const DATE_FIELD = /^[ \t]*(?:时间|日期|落款时间)[ \t]*[:：][ \t]*$/;

/** Whether a date closes a signature's date field: 时间: 2019/1/2 alone at the end of its line. */
function inDateField(text: string, d: WrittenDate): boolean {
  const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
  return DATE_FIELD.test(text.slice(lineStart, d.span[0])) && /^[ \t]*(?:\n|$)/.test(text.slice(d.span[1], d.span[1] + 40));
}

/**
 * The last full date standing alone near the end (after the issuer's name, or on its own line), or
 * in the signature's date field (时间: 2019/1/2): at the end, a 时间: field dates the document.
 */
export function tailDate(text: string, dates: readonly WrittenDate[]): WrittenDate | null {
  const tailStart = text.trimEnd().length - STANDING_TAIL;
  return dates.filter((d) => isSignable(d) && d.span[0] >= tailStart && (standsAlone(text, d) || inDateField(text, d))).at(-1) ?? null;
}
