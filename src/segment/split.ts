// Splitting a file that holds several documents (第一篇 / 篇二 / 范文一 / 附件1) into parts.
// Labels stand at a line start and count 1, 2, 3 …; a notice carrying its plan stays whole.
import { ordinalOf } from '../text/numerals.js';
import type { Part } from '../types.js';

/** A part label found at a line start. */
export interface PartLabel {
  /** Labels of one family count together (第N篇 and 篇N never mix). */
  readonly family: string;
  readonly ordinal: number;
  readonly start: number;
  /** The label as written (第一篇, 篇二, 附件1). */
  readonly label: string;
  /** Text on the label's line after it (第一篇:某某报告 → 某某报告), when there is some. */
  readonly heading: string | null;
}

const NUM = '[一二三四五六七八九十0-9]{1,3}';

/** Part-label rules, tried in order at every line start. */
const LABEL_RULES: readonly { readonly family: string; readonly pattern: RegExp }[] = [
  { family: 'di-pian', pattern: new RegExp(`^[【\\[]?第(${NUM})篇[】\\]]?`) },
  { family: 'pian-n', pattern: new RegExp(`^[【\\[]?篇(${NUM})[】\\]]?`) },
  { family: 'fanwen', pattern: new RegExp(`^[【\\[]?范文(${NUM})[】\\]]?`) },
  { family: 'fujian', pattern: /^附件([0-9]{0,2})(?![0-9])/ },
];

/** A table-of-contents entry: leader dots (……, ....., ·····) before a page number. */
const TOC_ENTRY = /(?:…{2,}|\.{4,}|·{4,})[ \t]*[0-9]{1,4}[ \t]*$/;

/** Words naming a document of our kind: an attachment titled with one is a separate document. */
const DOC_KIND_WORDS = /计划|方案|要点|规划|总结|报告|汇报|安排|意见|细则|办法/;
/** Attachments that are forms or lists, not documents (工作安排表, 人员名单). */
const FORM_TITLE = /(?:表|单|目录|一览|汇总)[)）]?$/;
/** A notice that carries a plan (关于印发…的通知) is one document with its attachment. */
const NOTICE = /通知|印发|通报/;
/** How far into the main text a notice shows itself (its heading and first lines). */
const NOTICE_WINDOW = 400;
/** Shortest text an attachment needs to count as a document of its own. */
const MIN_ATTACHMENT = 300;
/** Longest heading kept from a label's line. */
const MAX_HEADING = 80;

/** Headings that name a collection (基础教育工作计划2篇, …(通用5篇), …范文): group 1 is the title. */
const COLLECTION_TITLE =
  /^(.{2,60}?)\s*(?:[(（](?:通用|精选|共)?\s*[0-9一二三四五六七八九十]+\s*篇[)）]|(?:精选)?[0-9一二三四五六七八九十]+篇|范文(?:[0-9]+篇)?|合集|汇编)$/;

/** The documents of a file; one part for the whole text when it holds one. */
export function splitDocuments(text: string): Part[] {
  const labels = chooseLabels(findLabels(text), text);
  const first = labels[0];
  if (!first) return titledParts(text) ?? [{ start: 0, end: text.length, label: null, heading: null, collectionTitle: null }];
  const collectionTitle = collectionTitleIn(text.slice(0, first.start));
  // attachments follow a main document that is part 1; other labels own the text before them
  const parts: Part[] = [];
  if (first.family === 'fujian') parts.push({ start: 0, end: first.start, label: null, heading: null, collectionTitle });
  labels.forEach((l, k) => {
    const start = k === 0 && first.family !== 'fujian' ? 0 : l.start;
    const end = labels[k + 1]?.start ?? text.length;
    parts.push({ start, end, label: l.label, heading: l.heading, collectionTitle });
  });
  return parts;
}

/** Every label candidate at a line start, in text order. */
export function findLabels(text: string): PartLabel[] {
  const out: PartLabel[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const lead = line.length - line.trimStart().length;
    const body = line.slice(lead);
    // a table of contents names the parts (附件1:…………25); it is where none of them starts
    for (const rule of TOC_ENTRY.test(body) ? [] : LABEL_RULES) {
      const m = rule.pattern.exec(body);
      if (!m) continue;
      const ordinal = m[1] ? ordinalOf(m[1]) : 1;
      if (ordinal === null) continue;
      const after = body.slice(m[0].length);
      const rest = after.replace(/^[\s:：.、,，]+/, '').trim();
      // a heading is set off from the label (第一篇:标题, 【第一篇】标题); 第一篇本学年… is body text joined to it
      const setOff = /[】\]]$/.test(m[0]) || /^[\s:：.、,，]/.test(after);
      const heading = rest && setOff && rest.length <= MAX_HEADING ? rest : null;
      out.push({ family: rule.family, ordinal, start: lineStart + lead, label: m[0].replace(/[【】[\]]/g, ''), heading });
      break;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return out;
}

/** The longest run 1, 2, 3 … of one family (at least two labels), checked for what attachments need. */
function chooseLabels(labels: readonly PartLabel[], text: string): PartLabel[] {
  let best: PartLabel[] = [];
  for (const run of runsOf(labels)) {
    const kept = run[0]?.family === 'fujian' ? attachmentsThatAreDocuments(run, text) : run.length >= 2 ? run : [];
    if (kept.length > best.length) best = kept;
  }
  return best;
}

/** Shortest text between two labels of a real run; closer labels are a table of contents. */
const MIN_PART = 100;

/** Runs 1, 2, 3 … of one family, one starting at each label numbered 1, whose parts are not a table of contents. */
function runsOf(labels: readonly PartLabel[]): PartLabel[][] {
  const runs: PartLabel[][] = [];
  labels.forEach((first, i) => {
    if (first.ordinal !== 1) return;
    const run = [first];
    for (const l of labels.slice(i + 1)) {
      const last = run[run.length - 1];
      if (l.family !== first.family || !last) continue;
      if (l.ordinal === last.ordinal + 1 && l.start - last.start >= MIN_PART) run.push(l);
    }
    runs.push(run);
  });
  return runs;
}

/** A line opening with a numbering marker (一、 (一) 1. 1.1 1.1.1 第一章), cheaply recognized. */
// (a table row's serial number before a tab is no marker: 1<tab>越城区)
const OUTLINE_LINE = /^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}[.、]?[ ]*[\u4e00-\u9fff]|第[一二三四五六七八九十0-9]{1,3}[章节条])/gm;
/** Numbered lines that make an attachment a document of its own (a catalogue 1. / 1.1 / 1.1.1, a detailed plan). */
const MIN_OUTLINE_LINES = 5;

/** How many lines of `text` open with a numbering marker. */
function outlineLines(text: string): number {
  return text.match(OUTLINE_LINE)?.length ?? 0;
}

/**
 * Attachments split off only after a main document that is no notice (or a notice that holds the
 * document it carries, outline and all), when each is a titled
 * document of our kind, or holds an outline of its own (a numbered catalogue): left in the main
 * text its numbering would tangle the main outline. Forms and tables stay with the main document.
 */
function attachmentsThatAreDocuments(run: readonly PartLabel[], text: string): PartLabel[] {
  const first = run[0];
  if (!first) return [];
  const main = text.slice(0, first.start);
  if (main.trim().length < MIN_ATTACHMENT) return [];
  // a notice's attachment is the document it carries, unless the notice already holds that document
  // with its own outline (关于印发…方案的通知 / 方案 一、…七、 / 附件 catalogue): then it is the plan's attachment
  if (NOTICE.test(main.slice(0, NOTICE_WINDOW)) && outlineLines(main) < MIN_OUTLINE_LINES) return [];
  const ok = run.every((l, k) => {
    const end = run[k + 1]?.start ?? text.length;
    const title = l.heading ?? nextLine(text, l.start);
    if (end - l.start < MIN_ATTACHMENT) return false;
    return (DOC_KIND_WORDS.test(title) && !FORM_TITLE.test(title)) || outlineLines(text.slice(l.start, end)) >= MIN_OUTLINE_LINES;
  });
  return ok ? [...run] : [];
}

/** The first non-empty line after the one holding `at`. */
function nextLine(text: string, at: number): string {
  const nl = text.indexOf('\n', at);
  if (nl < 0) return '';
  for (const line of text.slice(nl + 1, nl + 400).split('\n')) if (line.trim()) return line.trim();
  return '';
}

/** A collection heading line (基础教育工作计划2篇 → 基础教育工作计划), or null. */
export function collectionTitleIn(prefix: string): string | null {
  for (const line of prefix.split('\n')) {
    const m = COLLECTION_TITLE.exec(line.trim());
    if (m?.[1]) return m[1].trim();
  }
  return null;
}

/** A document's title line: a short line without sentence punctuation ending in a kind word (2020年度述职述廉报告). */
const TITLE_LINE = /^[^。，,；;：:!！?？]{4,40}$/;
const TITLE_KIND_END = /(报告|总结|计划|方案|要点|思路|规划|汇报|安排)$/;
/** The first top-level heading of a document's outline. */
const FIRST_TOP = /^[ \t]*一[、.．]/;
/** Its second: a document that reaches it is more than a stray list. */
const SECOND_TOP = /^[ \t]*二[、.．]/m;
/** Lines allowed between a title and its first heading: short bylines (a name, a date), the last may be an opening paragraph. */
const BYLINE_LINES = 2;
const BYLINE_WIDTH = 16;
/** How many non-empty lines may stand above the first title (a site's column name, the page's own title). */
const TOP_REACH = 4;

/**
 * Documents one after another with no labels (a page holding three 述职报告): each opens with a
 * title line of the same kind, a byline at most, and its own outline from 一、, which reaches 二、
 * before the next title. The first must stand at the top. Null when the text is one document.
 */
export function titledParts(text: string): Part[] | null {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') lines.push({ start: at + (line.length - line.trimStart().length), text: line.trim() });
    at += line.length + 1;
  }
  const starts: { start: number; title: string; kind: string }[] = [];
  lines.forEach((l, i) => {
    const kind = TITLE_LINE.test(l.text) ? TITLE_KIND_END.exec(l.text)?.[1] : undefined;
    if (!kind) return;
    for (let k = i + 1; k <= i + 1 + BYLINE_LINES && k < lines.length; k++) {
      const next = lines[k] as { text: string };
      // the nearer title owns the outline (a page's own title above the first document's)
      if (TITLE_LINE.test(next.text) && TITLE_KIND_END.test(next.text)) return;
      if (FIRST_TOP.test(next.text)) {
        starts.push({ start: l.start, title: l.text, kind });
        return;
      }
      // a byline, then at most one opening paragraph
      if (next.text.length > BYLINE_WIDTH && k < i + 1 + BYLINE_LINES && lines[k + 1] && !FIRST_TOP.test((lines[k + 1] as { text: string }).text)) return;
    }
  });
  const first = starts[0];
  if (!first || starts.length < 2 || starts.some((p) => p.kind !== first.kind)) return null;
  if (lines.findIndex((l) => l.start === first.start) > TOP_REACH) return null;
  const ends = starts.map((p, k) => starts[k + 1]?.start ?? text.length);
  if (!starts.every((p, k) => SECOND_TOP.test(text.slice(p.start, ends[k])))) return null;
  return starts.map((p, k) => ({ start: k === 0 ? 0 : p.start, end: ends[k] as number, label: null, heading: p.title, collectionTitle: null }));
}
