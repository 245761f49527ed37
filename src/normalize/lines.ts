// Rule 11: hard line breaks inside a sentence are joined; paragraph breaks are kept; blank lines collapse.
// Output paragraphs are separated by exactly one "\n".
import { displayWidth, isAsciiAlnum, isHan, PAGE_BREAK } from './chars.js';

/** Line endings that close a paragraph: sentence punctuation, optionally followed by closing quotes/brackets. */
const CLOSES_PARAGRAPH = /[。！？；：!?;:…](?:[”’」』)）】》])*$/;
/** Punctuation inside a sentence: a short line holding it is a piece of a sentence, not a title. */
const CLAUSE_BREAK = /[，,;；]/;
/** How a document's title line ends (…实施计划, …工作要点, …的通知, 方案(试行)): a first line ending so is the title, however long. */
const TITLE_END = /(?:计划|规划|方案|要点|意见|办法|细则|通知|报告|总结|汇报|纲要|安排|思路|公报|决定)(?:[(（](?:试行|草案|修订|征求意见稿)[)）])?$/;

/** A full date and nothing else on the line (a signature's date; 日 may be missing). */
const DATE_LINE = /^(?:19|20)[0-9]{2} ?年 ?[0-9]{1,2} ?月 ?[0-9]{1,2} ?日?$/;
/** An attachment line whose name is complete (附:《2021年度廉洁风险防控清单》, 附件1:考核表). */
const ATTACHMENT_NAME_LINE = /^附(?:件|表)?[ 0-9]{0,3}[:：].*[》表单]$/;

/** Line endings that certainly continue on the next line. */
const CONTINUES = /[，,、(（《“‘【\-—]$/;

/** Line openings that start a paragraph: numbering markers, part labels, a subtitle dash. */
export const PARAGRAPH_OPENINGS: readonly { readonly id: string; readonly pattern: RegExp }[] = [
  { id: 'capital-numeral', pattern: /^[壹贰叁参肆伍陆柒捌玖拾]{1,3}、/ },
  { id: 'han-numeral', pattern: /^[一二三四五六七八九十]{1,3}[、.]/ },
  { id: 'letter', pattern: /^[A-Z][.、](?![A-Za-z0-9])/ },
  // a. b. before Chinese text (never a.m. or a file name)
  { id: 'lower-letter', pattern: /^[a-z][.．](?=[\u4e00-\u9fff“《「(（])/ },
  { id: 'paren-han', pattern: /^[(（][一二三四五六七八九十]{1,3}[)）]/ },
  { id: 'arabic', pattern: /^\d{1,2}(?:[、]|\.(?!\d))/ },
  { id: 'arabic-before-year', pattern: /^\d{1,2}\.(?:19|20)\d\d年/ },
  // a catalogue's decimal number (1.2.2埋茬起浆机); with one dot only before a word, not a figure's unit (3.5万元)
  { id: 'decimal', pattern: /^\d{1,2}(?:\.\d{1,2}){2,3}[.、 ]?[\u4e00-\u9fff]|^\d{1,2}\.\d{1,2}[ ]?(?![万亿千百元个人名所项次%倍米吨亩公平立千克斤天年月日周小时分秒户家台辆件座套])[\u4e00-\u9fff]/ },
  { id: 'paren-arabic', pattern: /^[(（]\d{1,2}[)）]/ },
  { id: 'circled', pattern: /^[①-⑳]/ },
  { id: 'ordinal-part', pattern: /^第[一二三四五六七八九十\d]{1,3}(?:部分|阶段|篇|章|节|条|步|项)/ },
  { id: 'ordinal-list', pattern: /^[一二三四五六七八九十]{1,2}是/ },
  { id: 'attachment', pattern: /^附(?:件|录) ?[\d一二三四五六七八九十]*[:：、]?/ },
  { id: 'subtitle-dash', pattern: /^——/ },
];

/** Typical width of a wrapped line: the 80th percentile of line widths. */
function typicalWidth(lines: readonly string[]): number {
  const widths = lines.map(displayWidth).filter((w) => w >= 6).sort((a, b) => a - b);
  if (widths.length === 0) return 0;
  return widths[Math.min(widths.length - 1, Math.floor(widths.length * 0.8))] ?? 0;
}

/** Bounds of the title-like width: short documents still have titles, long paragraphs are never titles. */
export const TITLE_WIDTH = { min: 12, max: 40, share: 0.7 } as const;

/** Lines narrower than this are title-like (headings, signatures, dates) and end their paragraph. */
export function titleWidth(lines: readonly string[]): number {
  return Math.max(TITLE_WIDTH.min, Math.min(TITLE_WIDTH.max, TITLE_WIDTH.share * typicalWidth(lines)));
}

function strip(line: string): string {
  return line.split(PAGE_BREAK).join('');
}

export interface JoinOptions {
  /** The reader made one line per paragraph (DOCX): only certain breaks are joined. */
  readonly linesAreParagraphs?: boolean;
}

/** Whether the break between `prev` and `next` (both non-empty, sentinels removed) is a paragraph break. */
export function isParagraphBreak(prev: string, next: string, maxTitle: number, options: JoinOptions = {}): boolean {
  // a table row (cells separated by tabs) is a line of its own
  if (prev.includes('\t') || next.includes('\t')) return true;
  // a line of punctuation only (a stray ’) belongs to the line before
  if (!/[\p{L}\p{N}]/u.test(next)) return false;
  if (CLOSES_PARAGRAPH.test(prev)) return true;
  // one character left on a line of its own (…种类范 / 围) is the end of a broken word
  if (next.length === 1 && isHan(next) && !PARAGRAPH_OPENINGS.some((o) => o.pattern.test(next))) return false;
  if (PARAGRAPH_OPENINGS.some((o) => o.pattern.test(next))) return true;
  // a signing date alone on its line (中共某委员会 / 2021年1月18日), and an attachment's name closing its
  // line (附:《…清单》), stand on their own
  if (DATE_LINE.test(next) || ATTACHMENT_NAME_LINE.test(prev)) return true;
  // a numbered heading closed by its date parenthesis: 第一阶段:宣传发动(3月—4月)
  if (/[)）]$/.test(prev) && PARAGRAPH_OPENINGS.some((o) => o.pattern.test(prev))) return true;
  if (CONTINUES.test(prev)) return false;
  // one stray character on a line ("报\n告…", "组\n长:") is a broken word, not a title
  if (prev.length === 1 && isHan(prev)) return false;
  if (options.linesAreParagraphs) return true;
  // a short line is a title, signature or date; one with a comma in it is a wrapped sentence unless numbered
  if (displayWidth(prev) >= maxTitle) return false;
  return !CLAUSE_BREAK.test(prev) || PARAGRAPH_OPENINGS.some((o) => o.pattern.test(prev));
}

export function joinLines(text: string, options: JoinOptions = {}): string {
  const lines = text.split('\n');
  const maxTitle = titleWidth(lines.map(strip));
  const paragraphs: string[] = [];
  let current = '';
  let last = ''; // the last physical line of `current`, without sentinels
  let pending = ''; // sentinels from lines that held nothing else
  const flush = (): void => {
    if (current) paragraphs.push(current);
    current = '';
    last = '';
  };
  for (const raw of lines) {
    const line = strip(raw);
    if (line.length === 0) {
      if (raw.includes(PAGE_BREAK)) pending += PAGE_BREAK;
      else flush();
      continue;
    }
    const piece = pending + raw;
    pending = '';
    if (!current) {
      current = piece;
    } else if (isParagraphBreak(last, line, maxTitle, options) || (paragraphs.length === 0 && current === last && TITLE_END.test(last))) {
      flush();
      current = piece;
    } else {
      // Chinese joins without a space; two Latin words keep one
      const space = isAsciiAlnum(last.at(-1)) && /^[A-Za-z]/.test(line) && /[A-Za-z]$/.test(last) ? ' ' : '';
      current += space + piece;
    }
    last = line;
  }
  flush();
  let out = paragraphs.join('\n');
  if (pending) out += pending;
  return out;
}
