// Header fields: the document number (灞校发〔2014〕05号) and the issuing organ, read from
// the notice line, the signature (organ name right before a date) or an organ line by the title.
import type { Section } from '../schema/document.js';
import { parseChineseNumeral } from '../extract/numerals.js';
import { headerEnd, isHan } from './text.js';

/** Endings of an organ's name that signs or issues a plan or report (schools, bureaus, committees, offices). */
export const ORGAN_SUFFIXES: readonly string[] = [
  '中心学校', '学校', '小学', '中学', '完小', '幼儿园', '学区', '教育局', '教体局', '教育厅', '委员会', '人民政府', '政府',
  '办公室', '办公厅', '领导小组', '中心', '学院', '大学', '党委', '党支部', '支部', '党总支', '工会', '团委', '协会',
  '学会', '研究院', '研究所', '局', '厅', '委', '部', '处', '科', '所', '站', '院', '校', '园', '会',
  // enterprises, hospitals and community organs sign plans and reports too
  '公司', '集团', '医院', '卫生院', '银行', '社区', '居委会', '村委会', '街道', '办事处', '村', '镇', '乡',
];

/** Redacted names (XX小学, ××局) are placeholders, not issuers. */
const REDACTED = /[XxＸｘ×*＊]{2}|^[XxＸｘ×]/;
const ORGAN_MIN = 4;
const ORGAN_MAX = 30;

const DOC_NUMBER = /(\p{Script=Han}{0,12})\s*[〔［\[(（]\s*((?:19|20)\d{2})\s*[〕］\])）]\s*(\d{1,4})\s*号/gu;
/** What follows a cited number (〔2013〕4号文件精神): a citation, not this document's number. */
export const CITATION_AFTER = /^\s*(?:[)）》”]|文件|精神|的|要求|规定|通知)/;
const CITATION_BEFORE = new Set(['(', '（', '《', '》', '“']);
const PREFIX_MAX = 8;

export interface Found {
  readonly value: string;
  readonly span: readonly [number, number];
}

/** The document number in the header, brackets normalized to 〔〕 (the official form). */
export function findDocNumber(text: string, sections: readonly Section[]): Found | null {
  const header = text.slice(0, headerEnd(text, sections));
  for (const m of header.matchAll(DOC_NUMBER)) {
    const run = m[1] ?? '';
    // a long Han run is a sentence: only its tail can be the issuer's code
    const prefix = run.length > PREFIX_MAX ? run.slice(-4) : run;
    const start = m.index + run.length - prefix.length;
    const end = m.index + m[0].length;
    const before = header[start - 1];
    if (run.length <= PREFIX_MAX && before !== undefined && CITATION_BEFORE.has(before)) continue;
    if (CITATION_AFTER.test(header.slice(end, end + 4))) continue;
    return { value: `${prefix}〔${m[2]}〕${m[3]}号`, span: [start, end] };
  }
  return null;
}

export function isOrganName(name: string): boolean {
  return (
    name.length >= ORGAN_MIN &&
    name.length <= ORGAN_MAX &&
    !REDACTED.test(name) &&
    /^[\p{Script=Han}()（）]+$/u.test(name) &&
    ORGAN_SUFFIXES.some((s) => name.endsWith(s))
  );
}

const CN_DIGIT = '0-9〇零一二三四五六七八九○Ｏ';
/** A written date as in a signature: 2014年3月2日, 二〇一三年三月, 2015.3.1. */
const SIGNATURE_DATE = new RegExp(
  `([${CN_DIGIT}]{4})\\s*年\\s*([0-9一二三四五六七八九十]{1,3})\\s*月(?:\\s*([0-9一二三四五六七八九十]{1,3})\\s*日)?` +
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
function organBefore(text: string, at: number): { name: string; span: [number, number] } | null {
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
  if (before !== undefined && !SENTENCE_END.has(before) && cut < 0 && !afterDate) return null;
  return isOrganName(name) ? { name, span: [start, end] } : null;
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

const NOTICE_ISSUER = /(\p{Script=Han}{2,40})关于(?:印发|转发|下发)/u;
/** Tail length searched for the closing signature. */
const TAIL = 200;

/** The organ issuing a notice line: 灞源镇中心学校关于印发《…》的通知. */
export function noticeIssuer(text: string, end: number): Found | null {
  const m = NOTICE_ISSUER.exec(text.slice(0, end));
  if (!m) return null;
  const run = m[1] ?? '';
  const cut = run.lastIndexOf('号');
  const name = run.slice(cut + 1);
  const start = m.index + cut + 1;
  return isOrganName(name) ? { value: name, span: [start, start + name.length] } : null;
}

/** A header line holding only an organ's name (XX小学 above the title). */
function organLine(text: string, end: number): Found | null {
  let at = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const name = line.trim();
    if (isOrganName(name)) {
      const start = at + line.indexOf(name);
      return { value: name, span: [start, start + name.length] };
    }
    at += line.length + 1;
  }
  return null;
}

/** What follows an organ's name at the start of a title: a year, 关于, or a quoted name. */
const AFTER_TITLE_ORGAN = /^(?:\d{4}|[〇零一二]{4}|关于|“|《)/;

/** The organ a title starts with (城关中学2015年工作计划 → 城关中学): the longest prefix that is an organ's name. */
export function titleIssuer(title: string | null): string | null {
  if (!title) return null;
  for (let end = Math.min(title.length - 1, ORGAN_MAX); end >= ORGAN_MIN; end--) {
    const name = title.slice(0, end);
    if (AFTER_TITLE_ORGAN.test(title.slice(end)) && isOrganName(name)) return name;
  }
  return null;
}

/** Signatures naming an organ; the printing office's only when nobody else signs. */
function signedOnly(list: readonly Signature[]): Signature[] {
  const named = list.filter((s) => s.issuer);
  const signers = named.filter((s) => !s.printed);
  return signers.length > 0 ? signers : named;
}

/** A line opening an attachment (附件, 附件2, 附表1:…): a schedule appended after the signature. */
const ATTACHMENT_LINE = /(?<=^|\n)[ \t]*附[件表]/g;

/**
 * Where the closing signature may stand: the end of the text, else right before an attachment
 * block that follows the body (nearest the end first). `from` is where the body starts.
 */
export function closingWindows(text: string, from = 0): [number, number][] {
  const out: [number, number][] = [[Math.max(0, text.length - TAIL), text.length]];
  const starts = [...text.matchAll(ATTACHMENT_LINE)].map((m) => m.index + m[0].length - 2).filter((at) => at > from);
  for (const at of starts.reverse()) out.push([Math.max(from, at - TAIL), at]);
  return out;
}

/** The signature closing the document (organ named), searched window by window as `closingWindows` orders them. */
export function closingSignature(text: string, from = 0): Signature | undefined {
  for (const [a, b] of closingWindows(text, from)) {
    const found = signedOnly(signatures(text, a, b)).pop();
    if (found) return found;
  }
  return undefined;
}

export interface HeaderFields {
  readonly issuer: string | null;
  readonly docNumber: string | null;
  /** The signing date when a signature was found (fallback for `issued`). */
  readonly signed: Signature['date'] | null;
}

/**
 * Issuer: the closing signature, else the notice line, else a signature in the header, else an
 * organ line there, else the organ the title starts with.
 */
export function findHeader(text: string, sections: readonly Section[], title: string | null = null): HeaderFields {
  const end = headerEnd(text, sections);
  const docNumber = findDocNumber(text, sections)?.value ?? null;
  const tail = closingSignature(text, end);
  const headSigned = signedOnly(signatures(text, 0, end))[0];
  const issuer = tail?.issuer ?? noticeIssuer(text, end)?.value ?? headSigned?.issuer ?? organLine(text, end)?.value ?? titleIssuer(title);
  const signed = tail?.date ?? headSigned?.date ?? signatures(text, Math.max(0, text.length - TAIL)).pop()?.date ?? null;
  return { issuer, docNumber, signed };
}
