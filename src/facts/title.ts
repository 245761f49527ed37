// The document's title: a notice's carried document, else a title line at the top of the text,
// else the file's metadata title (site decorations removed), else a title line further down,
// else the splitter's heading (第N篇:…), else the collection's title.
import type { Section } from '../schema/document.js';
import { CITATION_AFTER } from './doc-number.js';
import { BODY_START_WORDS, DOC_KIND_WORDS, ORGAN_SUFFIXES, PART_LABEL, SENTENCE_START_WORDS, TITLE_SUFFIXES } from './lexicon.js';
import { carriedTitle, cleanSiteTitle } from './meta-title.js';
import { isOrganName } from './organs.js';
import type { TitleSource } from './types.js';
import { cleanTitle, headerEnd } from './text.js';

export interface TitleInput {
  readonly text: string;
  readonly sections: readonly Section[];
  readonly heading: string | null;
  readonly collectionTitle: string | null;
  /** Offsets where removed page markers were: a flattened title may start there. */
  readonly pageBreaks?: readonly number[];
  /** Titles from the file's metadata (front matter, <title>, PDF or Word properties), normalized. */
  readonly metadataTitles?: readonly string[];
  /** A laid-out format (PDF, Word): a title block may be the issuer's line over the title line. */
  readonly laidOut?: boolean;
}

export interface TitleResult {
  readonly title: string | null;
  readonly source: TitleSource | null;
  /** Where the title was read in `text` (UTF-16), when it came from the text. */
  readonly span: readonly [number, number] | null;
}

interface Found {
  readonly title: string;
  readonly span: readonly [number, number];
}

const MAX_TITLE = 60;
/** A title wrapped onto a second line: its first line is long and the second ends the title. */
const WRAPPED_FIRST_LINE = 10;
const WRAPPED_SECOND_LINE = 30;
const MIN_TITLE = 4;
/** Punctuation that ends a sentence or clause: a title never runs across it. */
const STOP_CHARS = new Set(['。', '；', ';', '！', '!', '？', '?', '：', ':', ',', '，']);
/** What may follow a title directly in flattened text: page marker, subtitle dash, a date or a date parenthesis. */
const AFTER_TITLE = /^[\s\-—–。，,；;：:！!？?)）》]|^\d|^[(（][\d〇一二]|^[一二三四五六七八九十]{1,3}[、.]|^第[一二三四五六七八九十]/;
/** A page marker or page count at a line start: -1-, 第2页. */
const LEADING_NOISE = /^(?:\s*-\s*\d{1,3}\s*-|\s*第\d{1,3}页(?:共\d{1,3}页)?|\s+)+/;
/** A document number at a line start (临住建发〔2024〕15号, 〔2024〕3号): it stands above the title, never in it. */
const LEADING_DOC_NUMBER = /^\p{Script=Han}{0,12}[〔［\[(（]\s?(?:19|20)\d{2}\s?[〕］\])）]\s?\d{1,4}\s?号/u;
/** Words right before or after 《X》 showing X is the document a notice carries (关于印发《X》的通知, 现将《X》印发). */
const CARRIED_BEFORE: readonly string[] = ['印发', '转发', '下发', '颁发', '现将'];
const CARRIED_AFTER: readonly string[] = ['印发', '转发', '下发', '的通知', '通知'];
/** How far into its sentence a quoted name's handing out is looked for (《X》已经区政府同意,现印发给你们). */
const CARRIED_SENTENCE = 40;
/** A notice sentence handing the quoted document out to its addressees. */
const HANDED_OUT = /(?:印发|转发|下发)给(?:你们|各|全)/;
/** Words before the head noun that show a sentence about the document, not its title (制定本方案). */
const SELF_REFERENCE = /[本此该]$/;
/** A full date or a notice verb inside means a signature or notice line ran on into the title. */
const NOT_IN_TITLE = /\d{1,2}月\d{1,2}日|印发|通知|^关于(?:公布|发布|颁发|下发|转发)/;

/** The kind word `s` ends with, optionally followed by a qualifier like (试行), or null. */
export function endingHeadWord(s: string): string | null {
  const bare = s.replace(/[(（][^()（）]{1,6}[)）]$/, '');
  if (bare !== s) {
    const inner = s.slice(bare.length + 1, -1);
    if (!TITLE_SUFFIXES.includes(inner)) return null;
  }
  return DOC_KIND_WORDS.find((k) => bare.endsWith(k.word))?.word ?? null;
}

/** A notice (关于印发《X》的通知) takes the title of the document it carries: the longest 《X》 naming a plan or report. */
export function noticeTitle(text: string, end: number): Found | null {
  const header = text.slice(0, end);
  let best: Found | null = null;
  const quoted = /《([^《》\n]{2,80})》/g;
  for (const m of header.matchAll(quoted)) {
    const inner = m[1] ?? '';
    const before = header.slice(Math.max(0, m.index - 2), m.index);
    const after = header.slice(m.index + m[0].length, m.index + m[0].length + 3);
    // …or the sentence it opens hands it out (《X》已经区政府同意,现印发给你们)
    const sentence = header.slice(m.index + m[0].length, m.index + m[0].length + CARRIED_SENTENCE).split(/[。;；\n]/)[0] ?? '';
    if (!CARRIED_BEFORE.includes(before) && !CARRIED_AFTER.some((w) => after.startsWith(w)) && !HANDED_OUT.test(sentence)) continue;
    const title = cleanTitle(inner);
    if (title.length < MIN_TITLE || !endingHeadWord(title)) continue;
    if (!best || title.length > best.title.length) best = { title, span: [m.index + 1, m.index + 1 + inner.length] };
  }
  return best;
}

function partialHeadWordAcross(before: string, nextLine: string): boolean {
  return DOC_KIND_WORDS.some(({ word }) => {
    for (let k = 1; k < word.length; k++) {
      if (before.endsWith(word.slice(0, k)) && nextLine.startsWith(word.slice(k))) return true;
    }
    return false;
  });
}

/** A long first line (not an organ's name above the title) continued by a line that ends like a title. */
function wrapsOnto(line: string, next: string): boolean {
  if (line.length < WRAPPED_FIRST_LINE || ORGAN_SUFFIXES.some((o) => line.endsWith(o))) return false;
  if (DOC_KIND_WORDS.some((k) => line.includes(k.word))) return false;
  const tail = cleanTitle(next);
  return tail.length <= WRAPPED_SECOND_LINE && endingHeadWord(tail) !== null && !/[。，,；;：:]/.test(tail);
}

function nextLineText(h: string, newline: number): string {
  const end = h.indexOf('\n', newline + 1);
  return h.slice(newline + 1, end < 0 ? h.length : end).trim();
}

/** The years a plan covers, in parentheses right after its title or alone on the next line: (2020-2022), (2023—2025年). */
const YEAR_SPAN = /^[ \t\u3000]*\n?[ \t\u3000]*([(（] ?(?:19|20)\d{2} ?年? ?(?:[-—–~～至到]{1,2}) ?(?:19|20)\d{2} ?年? ?[)）])/;

/** The year span that names the years of the title ending at `at` (part of the title as printed), or ''. */
function yearSpanAfter(h: string, at: number): string {
  return YEAR_SPAN.exec(h.slice(at, at + 24))?.[1] ?? '';
}

/** Length of a qualifier like (试行) at `at`, or 0. */
function suffixAt(h: string, at: number): number {
  const m = /^[(（]([^()（）]{1,6})[)）]/.exec(h.slice(at, at + 8));
  return m && TITLE_SUFFIXES.includes(m[1] ?? '') ? m[0].length : 0;
}

/** The addressees of a notice or an opinion, run on after the title in flattened text (区直各单位,各乡镇人民政府:). */
const ADDRESSEE = /^[^。；;！!？?\n:：]{2,80}?[:：]/;
const ADDRESSEE_WORDS = /各|单位|同志|代表|部门|处室|学校|机关|领导/;

function addresseeAt(h: string, at: number): boolean {
  const m = ADDRESSEE.exec(h.slice(at, at + 90));
  return m !== null && ADDRESSEE_WORDS.test(m[0]);
}

function terminatesTitle(h: string, at: number): boolean {
  if (at >= h.length) return true;
  const rest = h.slice(at, at + 8);
  return AFTER_TITLE.test(rest) || BODY_START_WORDS.some((w) => rest.startsWith(w)) || addresseeAt(h, at);
}

/**
 * A title starting at `start`: it runs to a head noun (计划 总结 …) that is followed by a line end,
 * a clause-opening word or punctuation. It may cross a line break when the next line is a
 * fragment (报 / 告) or the break splits a head noun; whitespace inside is dropped.
 */
export function titleAt(h: string, start: number): Found | null {
  let out = '';
  const breaks: number[] = [];
  let depth = 0;
  for (let i = start; i < h.length && out.length <= MAX_TITLE; i++) {
    const ch = h[i] ?? '';
    if (ch === '\n') {
      const next = nextLineText(h, i);
      if (next.length > 0 && (next.length <= 3 || partialHeadWordAcross(out, next) || wrapsOnto(out.slice(breaks.at(-1) ?? 0), next))) {
        breaks.push(out.length);
        continue;
      }
      return null;
    }
    if (/\s/.test(ch)) continue;
    if (STOP_CHARS.has(ch)) return null;
    if (ch === '《' || ch === '“') depth++;
    if (ch === '》' || ch === '”') {
      if (depth === 0) return null;
      depth--;
    }
    out += ch;
    if (depth > 0 || out.length < MIN_TITLE) continue;
    const word = DOC_KIND_WORDS.find((k) => out.endsWith(k.word))?.word;
    if (!word) continue;
    const suffix = suffixAt(h, i + 1);
    const straddled = breaks.some((b) => b > out.length - word.length && b < out.length);
    if (!straddled && !terminatesTitle(h, i + 1 + suffix)) continue;
    const title = out + h.slice(i + 1, i + 1 + suffix);
    if (SELF_REFERENCE.test(out.slice(0, -word.length))) return null;
    if (SENTENCE_START_WORDS.some((w) => title.startsWith(w)) || NOT_IN_TITLE.test(title)) return null;
    return { title: cleanTitle(title + yearSpanAfter(h, i + 1 + suffix)), span: [start, i + 1 + suffix] };
  }
  return null;
}

/** Where the text of a line starting at `at` begins once page markers and a document number are skipped. */
export function skipLeading(h: string, at: number, lineEnd: number): number {
  let s = at;
  for (;;) {
    const rest = h.slice(s, lineEnd);
    const noise = LEADING_NOISE.exec(rest)?.[0].length ?? 0;
    const num = LEADING_DOC_NUMBER.exec(rest)?.[0].length ?? 0;
    // a number followed by 文件/精神/的 is cited inside the title, not standing above it
    const skip = noise || (num > 0 && !CITATION_AFTER.test(rest.slice(num)) ? num : 0);
    if (skip === 0) return s;
    s += skip;
  }
}

/** The last Latin-lettered run of a line that Chinese text follows (…R.O.C.中华民国…): where that text starts. */
const LATIN_THEN_HAN = /[A-Za-z]{2,}[A-Za-z.,)\s]*\p{Script=Han}(?!.*[A-Za-z]{2,})/u;

/** Where a title may start: line starts (after page markers and document numbers), and removed page breaks. */
export function titleStarts(h: string, pageBreaks: readonly number[] = []): number[] {
  const starts: number[] = [];
  let at = 0;
  while (at <= h.length) {
    const nl = h.indexOf('\n', at);
    const lineEnd = nl < 0 ? h.length : nl;
    const s = skipLeading(h, at, lineEnd);
    if (s < lineEnd && !PART_LABEL.test(h.slice(s, lineEnd))) starts.push(s);
    // a letterhead's address in Latin letters run on into the title (…Taipei 10617, Taiwan, R.O.C.中华民国天文学会…纪录)
    const glued = LATIN_THEN_HAN.exec(h.slice(s, lineEnd));
    if (glued) starts.push(s + glued.index + glued[0].length - 1);
    if (nl < 0) break;
    at = nl + 1;
  }
  for (const b of pageBreaks) {
    if (b >= h.length) continue;
    const nl = h.indexOf('\n', b);
    const lineEnd = nl < 0 ? h.length : nl;
    const s = skipLeading(h, b, lineEnd);
    if (s < lineEnd && !starts.includes(s)) starts.push(s);
  }
  return starts.sort((a, b) => a - b);
}

/** The first title line of the header. */
export function bodyTitle(text: string, end: number, pageBreaks: readonly number[] = []): Found | null {
  const h = text.slice(0, end);
  for (const s of titleStarts(h, pageBreaks)) {
    const found = titleAt(h, s);
    if (found) return found;
  }
  return null;
}

/** Non-empty lines that may stand above a title at the top of the text (a letterhead, a document number). */
const TOP_LINES = 3;

/** Whether `at` lies within the first TOP_LINES non-empty lines of `text`. */
function atTop(text: string, at: number): boolean {
  const before = text.slice(0, at).split('\n').filter((l) => l.trim() !== '');
  return before.length < TOP_LINES;
}

/** The first line's organ name when it stands alone right above a title that starts with a year (淮安市人民政府 / 2024年…年度报告). */
function organLineAbove(text: string, start: number): string | null {
  const lines = text.slice(0, start).split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== 1) return null;
  const name = (lines[0] ?? '').trim();
  return isOrganName(name) && /^(?:19|20)\d{2}/.test(text.slice(start, start + 4)) ? name : null;
}

/**
 * The same title written again just below with its issuer's name in front (a site's title line,
 * then the document's own: 关于… / 某管委会关于…): the fuller form.
 */
function fullerRepeat(text: string, end: number, first: Found | null, pageBreaks: readonly number[] = []): Found | null {
  if (!first) return null;
  const h = text.slice(0, end);
  for (const s of titleStarts(h, pageBreaks)) {
    if (s <= first.span[0]) continue;
    if (!atTop(h, s)) break;
    const again = titleAt(h, s);
    // a slogan over the name as subtitle (创新管理…——某校…工作思路) is no fuller name: the name stays
    const prefix = again ? again.title.slice(0, again.title.length - first.title.length) : '';
    if (again && again.title.length > first.title.length && again.title.endsWith(first.title) && !/[—–-]$/.test(prefix)) return again;
    // a page's short heading over the document's own title (交通安全计划 / 某大学「交通安全教育」实施计划)
    if (again && s === nextTitleLine(h, first) && namesMore(first.title, again.title)) return again;
  }
  return first;
}

/** Where the line after `first`'s line starts. */
function nextTitleLine(h: string, first: Found): number {
  const nl = h.indexOf('\n', first.span[1]);
  return nl < 0 ? -1 : nl + 1;
}

/** Shortest name part (the words before the kind word) a short heading must share with the fuller title. */
const MIN_SHARED_NAME = 2;

/** `fuller` is the same kind of document and names what `short` names, and more (交通安全计划 → …「交通安全教育」实施计划). */
function namesMore(short: string, fuller: string): boolean {
  const kind = endingHeadWord(short);
  if (!kind || endingHeadWord(fuller) !== kind || fuller.length <= short.length) return false;
  const name = short.slice(0, short.length - kind.length);
  return name.length >= MIN_SHARED_NAME && fuller.slice(0, fuller.length - kind.length).includes(name);
}

/** Most characters the printed title of a carried document may insert before its kind word (行动方案 → 行动实施方案). */
const MAX_INSERTED = 4;
/** How far after the notice the carried document's own title may stand. */
const PRINTED_REACH = 3000;

/**
 * The carried document's title as printed above it, when it words the kind a little differently
 * from the notice (《…攻坚年”行动方案》 / …攻坚年”行动实施方案): the same name, the same kind word,
 * a few characters inserted before it.
 */
function printedAs(text: string, title: string, from: number): Found | null {
  const kind = endingHeadWord(title);
  if (!kind) return null;
  const name = title.slice(0, title.length - kind.length);
  if (name.length < MIN_TITLE) return null;
  const zone = text.slice(0, Math.min(text.length, from + PRINTED_REACH));
  for (let at = zone.indexOf(name, from); at >= 0; at = zone.indexOf(name, at + 1)) {
    if (zone[at - 1] === '《') continue;
    const rest = zone.slice(at + name.length, at + name.length + MAX_INSERTED + kind.length);
    const k = rest.indexOf(kind);
    if (k <= 0 || /[\s,，。;；:：《》“”]/.test(rest.slice(0, k))) continue;
    const end = at + name.length + k + kind.length;
    return { title: zone.slice(at, end), span: [at, end] };
  }
  return null;
}

/** How far into the text a notice quotes the full name of what it carries. */
const QUOTE_REACH = 1000;
/** Longest organ name a quoted full name may add in front of the title. */
const MAX_ORGAN_PREFIX = 30;

/**
 * The full name a notice's text quotes for the title it carries (…关于印发2016年工作思路的通知 /
 * 特制定《平潭综合实验区市场监督管理局2016年工作思路》): the title with its organ in front, or null.
 */
function quotedFuller(text: string, title: string): string | null {
  const head = text.slice(0, QUOTE_REACH);
  for (let at = head.indexOf(`${title}》`); at >= 0; at = head.indexOf(`${title}》`, at + 1)) {
    const open = head.lastIndexOf('《', at);
    if (open < 0 || at - open - 1 > MAX_ORGAN_PREFIX || head.slice(open + 1, at).includes('》')) continue;
    const prefix = head.slice(open + 1, at);
    if (prefix !== '' && isOrganName(prefix)) return `${prefix}${title}`;
  }
  return null;
}

/**
 * The title written again in the text with its organ in front (…188号 平潭综合实验区管委会关于…的报告,
 * under a metadata title 关于…的报告): a 关于 title's full official form. The organ starts after a
 * space, line start or document number.
 */
function organPrefixed(text: string, title: string): string | null {
  if (!title.startsWith('关于')) return null;
  const head = text.slice(0, QUOTE_REACH * 2);
  for (let at = head.indexOf(title, 1); at >= 0; at = head.indexOf(title, at + 1)) {
    let from = at;
    while (from > 0 && at - from < MAX_ORGAN_PREFIX && /[\u3400-\u9fff()（）]/.test(head[from - 1] ?? '')) from--;
    const prefix = head.slice(from, at);
    if (prefix !== '' && /[\s号]/.test(head[from - 1] ?? ' ') && isOrganName(prefix)) return `${prefix}${title}`;
  }
  return null;
}

/** The first usable metadata title, the document it carries when it is a notice. */
function metadataTitle(titles: readonly string[]): string | null {
  for (const raw of titles) {
    const cleaned = cleanSiteTitle(raw);
    if (cleaned) return cleanTitle(carriedTitle(cleaned));
  }
  return null;
}

/** A slogan, a dash, and the document's name (求真务实再铸辉煌——九届二次教代会学校工作报告): the name. */
const SLOGAN_AND_NAME = /^(.{2,60}?)——(.{4,80})$/;

/** The part of a title that names the document when a slogan stands before it; else the title. */
export function namePart(title: string): string {
  const m = SLOGAN_AND_NAME.exec(title);
  if (!m?.[1] || !m[2]) return title;
  return endingHeadWord(m[2]) && !endingHeadWord(m[1]) ? m[2] : title;
}

/** The heading a split gave this part, written on its own line below the title found first, within the header. */
function ownTitleBelow(text: string, body: Found, heading: string | null | undefined, end: number): Found | null {
  const line = heading?.trim() ?? '';
  if (!line || line === body.title || cleanTitle(line) === body.title) return null;
  for (let at = text.indexOf(line, body.span[1]); at >= 0 && at < end; at = text.indexOf(line, at + line.length)) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const lineEnd = text.indexOf('\n', at);
    if (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim() === line) return { title: cleanTitle(line), span: [at, at + line.length] };
  }
  return null;
}

export function findTitle(input: TitleInput): TitleResult {
  const end = headerEnd(input.text, input.sections);
  const notice = noticeTitle(input.text, end);
  if (notice) {
    const printed = printedAs(input.text, notice.title, notice.span[1]);
    return printed ? { title: printed.title, source: 'notice', span: printed.span } : { title: notice.title, source: 'notice', span: notice.span };
  }
  const body = fullerRepeat(input.text, end, bodyTitle(input.text, end, input.pageBreaks), input.pageBreaks);
  // the first of several documents on one page: the page's title stands above its own (学校班子成员
  // 年度述职报告 / 2020年度述职述廉报告 / 孙某): the title line the split found is the document's
  const own = body ? ownTitleBelow(input.text, body, input.heading, end) : null;
  if (own) return { title: own.title, source: 'body', span: own.span };
  if (body && atTop(input.text, body.span[0])) {
    // a title block of a laid-out page (淮安市人民政府 / 2024年…年度报告) is one title; in plain text
    // the organ's line above a title is a letterhead
    const organ = input.laidOut ? organLineAbove(input.text, body.span[0]) : null;
    const name = namePart(body.title);
    if (name !== body.title) return { title: name, source: 'body', span: null };
    return { title: organ ? organ + body.title : body.title, source: 'body', span: organ ? null : body.span };
  }
  const meta = metadataTitle(input.metadataTitles ?? []);
  // the page's title adds only its date or draft parentheses to the title printed below the notice
  // (关于公布X(2020-2022)(征求意见稿)的通知 / X): the printed one
  if (meta && body && meta.startsWith(body.title) && /^[(（]/.test(meta.slice(body.title.length))) return { title: body.title, source: 'body', span: body.span };
  if (meta) return { title: quotedFuller(input.text, meta) ?? organPrefixed(input.text, meta) ?? meta, source: 'metadata', span: null };
  if (body) return { title: body.title, source: 'body', span: body.span };
  const heading = input.heading ? cleanTitle(input.heading) : '';
  if (heading) return { title: heading, source: 'heading', span: null };
  const collection = input.collectionTitle ? cleanTitle(input.collectionTitle) : '';
  if (collection) return { title: collection, source: 'collection', span: null };
  return { title: null, source: null, span: null };
}
