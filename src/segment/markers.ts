// Section-marker candidates: every numbering marker in the text with its style, ordinal
// and the context it stands in (DESIGN.md "The section builder", step 1). Nothing is
// decided here; the outline chooser (outline.ts) keeps a consistent subset.
import { ordinalOf } from '../text/numerals.js';
import { wordStarts } from '../nlp/segmenter.js';
import { ITEM_CAPS } from '../text/caps.js';

/** Numbering styles. Distinct styles may nest; the same style at one depth counts 1, 2, 3 … */
export type MarkerStyle =
  | 'cap-dun' // 壹、 贰、 叁、 (Taiwan's top level; 參 → 参 once converted)
  | 'cn-dun' // 一、
  | 'cn-dot' // 一.
  | 'cn-paren' // (一)
  | 'ar-dot' // 1.
  | 'ar-dun' // 1、
  | 'ar-paren' // (1)
  | 'ar-rparen' // 1)
  | 'ar-colon' // 1: (1：做好工作, at line starts only)
  | 'cn-rparen' // 一)
  | 'circled' // ①
  | 'lat-dot' // A. A、 (letter items)
  | 'lat-paren' // (A) A) a)
  | 'lat-low-dot' // a. b. (lower-case letter items, often under 1.)
  | `dec-${number}` // 1 / 1.1 / 1.1.1: decimal outline numbering, the style names the component count
  | `di-${string}` // 第一阶段, 第二部分, 第一章, 第一条 (the suffix is part of the style)
  | `br-${string}`; // 【重点任务1】, 【任务一】, 【1】: a bracketed label and number heading a line (the label is part of the style)

/** Where a candidate stands, from most to least heading-like. */
export type MarkerContext =
  | 'line' // text start or after a line break
  | 'page' // right after a removed page marker
  | 'stop' // after 。！？；;:：
  | 'space' // after spaces inside a line (paragraphs flattened with spaces)
  | 'close' // after a closing quote or bracket
  | 'comma' // after , or ，
  | 'enum' // after 、 (an inline enumeration)
  | 'mid'; // inside running text

export interface MarkerCandidate {
  readonly style: MarkerStyle;
  readonly ordinal: number;
  /** Offset of the marker's first character. */
  readonly start: number;
  /** Offset just after the marker (its punctuation included). */
  readonly end: number;
  /** The marker as written, normalized to half-width ("一、", "(一)", "1.", "1.2", "第一阶段"). */
  readonly number: string;
  /** Decimal markers: the components before the last ("1" for 1.2, "1.2" for 1.2.3); '' otherwise. */
  readonly prefix: string;
  readonly context: MarkerContext;
  /** Inside 《》 or “” (a quoted list or title, not a heading). */
  readonly quoted: boolean;
  /** Evidence from the context alone; the chooser adds structural terms. */
  readonly score: number;
  /** A 一、 right after a line that opens a new part (展望2005…计划如下:, 二〇二四年工作打算): the top level may count again. */
  readonly opensPart?: boolean;
  /** The marker heads the text's first line: an excerpt (one chapter of a longer document) may open mid-ladder, (四) 培育下一代. */
  readonly opensText?: boolean;
}

const CN = '一二三四五六七八九十';
const CN_NUM = `[${CN}]{1,3}`;
/** Capital (financial) numerals as Taiwan documents number their top level: 壹 贰 叁/参 … 拾 拾壹 壹拾壹. */
const CAP = '壹贰叁参肆伍陆柒捌玖拾';
const CAP_NUM = `[${CAP}]{1,3}`;

/** One scanning rule per style: `body` is the ordinal's text inside the match. */
export interface MarkerRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** The ordinal's text in a match (default: the first group that matched). */
  body?(m: RegExpExecArray): string;
  style(m: RegExpExecArray): MarkerStyle;
  number(body: string, m: RegExpExecArray): string;
}

/** Suffixes of 第X… markers that head sections (篇 is a part label, see split.ts). */
const DI_SUFFIXES = ['阶段', '部分', '章', '节', '步', '条'] as const;
/** How far before a run-on letter item its predecessor may start on the same line. */
const RUN_ON_REACH = 80;

/** A lower-case letter item whose predecessor (a. before b.) opens the same line, close before it. */
function runOnLetter(text: string, style: MarkerStyle, ordinal: number, start: number): boolean {
  if (style !== 'lat-low-dot' || ordinal < 2) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (start - lineStart > RUN_ON_REACH) return false;
  // the line's own marks before it (- a., > a.) as at any line start (LINE_PREFIX)
  let from = lineStart;
  while (from < start && LINE_PREFIX.has(text[from] ?? '')) from++;
  const opening = text.slice(from, start);
  return opening[0] === String.fromCharCode(96 + ordinal - 1) && (opening[1] === '.' || opening[1] === '．');
}

/** Markers that head what follows when they stand alone on their line (第一章 / 总则). */
const LONE_LINE_DI = new Set<MarkerStyle>(['di-章', 'di-节', 'di-部分', 'di-篇']);

/** The marker [start, end) is all its line holds, and text follows on a later line. */
function lineAlone(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() !== '') return false;
  const nl = text.indexOf('\n', end);
  return nl >= 0 && text.slice(end, nl).trim() === '' && text.slice(nl + 1, nl + 200).trim() !== '';
}

/** 第X条 articles only count at line starts (第三条规定 in running text is a reference). */
const LINE_ONLY_DI = new Set<MarkerStyle>(['di-条']);
/** The label a bracketed marker may carry before its number (【重点任务1】, 【专项行动三】). */
const BRACKET_LABEL = '[\u4e00-\u9fff]{0,6}?';
/** Regulations (办法, 细则) run to many articles. */
const MAX_ARTICLE = 99;

/** Enclosed numerals beyond ①: each range's first code point, its ordinal and the style it writes. */
interface EnclosedRange {
  readonly from: number;
  readonly to: number;
  readonly first: number;
  readonly style: MarkerStyle;
}
/** ⑴ ⒈ ㈠ are (1) 1. (一) in one character; ➀ ➊ ⓵ ⓫ ㊀ are circled like ①. */
const ENCLOSED: readonly EnclosedRange[] = [
  { from: 0x2474, to: 0x2487, first: 1, style: 'ar-paren' }, // ⑴-⒇
  { from: 0x2488, to: 0x249b, first: 1, style: 'ar-dot' }, // ⒈-⒛
  { from: 0x3220, to: 0x3229, first: 1, style: 'cn-paren' }, // ㈠-㈩
  { from: 0x2780, to: 0x2789, first: 1, style: 'circled' }, // ➀-➉
  { from: 0x278a, to: 0x2793, first: 1, style: 'circled' }, // ➊-➓
  { from: 0x24f5, to: 0x24fe, first: 1, style: 'circled' }, // ⓵-⓾
  { from: 0x24eb, to: 0x24f4, first: 11, style: 'circled' }, // ⓫-⓴
  { from: 0x3280, to: 0x3289, first: 1, style: 'circled' }, // ㊀-㊉
];

function enclosedAt(ch: string): EnclosedRange | null {
  const cp = ch.codePointAt(0) ?? -1;
  return ENCLOSED.find((r) => cp >= r.from && cp <= r.to) ?? null;
}

/** The ordinal of a marker body: enclosed numerals first, then ordinalOf (①, 12, 十二). */
export function markerOrdinal(body: string): number | null {
  const r = body.length === 1 ? enclosedAt(body) : null;
  if (r) return (body.codePointAt(0) ?? 0) - r.from + r.first;
  // 參 reads 参 once converted to simplified; as a numeral it is 叁
  if (/^[A-Za-z]$/.test(body)) return body.toUpperCase().charCodeAt(0) - 64;
  return ordinalOf(body.replace(/参/g, '叁'));
}

const ENCLOSED_CLASS = ENCLOSED.map((r) => `\\u${r.from.toString(16)}-\\u${r.to.toString(16)}`).join('');

export const MARKER_RULES: readonly MarkerRule[] = [
  // 壹、依据 — never 伍仟元 (no 、 after it) or 壹拾贰万 inside an amount
  { id: 'cap-dun', pattern: new RegExp(`(${CAP_NUM}) ?、`, 'g'), style: () => 'cap-dun', number: (b) => `${b}、` },
  // a stray space before 、 is a PDF artifact (一 、指导思想)
  { id: 'cn-dun', pattern: new RegExp(`(${CN_NUM}) ?、`, 'g'), style: () => 'cn-dun', number: (b) => `${b}、` },
  { id: 'cn-dot', pattern: new RegExp(`(${CN_NUM})[.．](?![0-9])`, 'g'), style: () => 'cn-dot', number: (b) => `${b}.` },
  { id: 'cn-paren', pattern: new RegExp(`[(（](${CN_NUM})[)）]`, 'g'), style: () => 'cn-paren', number: (b) => `(${b})` },
  { id: 'ar-dot', pattern: /([0-9]{1,2})[.．]/g, style: () => 'ar-dot', number: (b) => `${b}.` },
  { id: 'ar-dun', pattern: /([0-9]{1,2}) ?、/g, style: () => 'ar-dun', number: (b) => `${b}、` },
  { id: 'ar-paren', pattern: /[(（]([0-9]{1,2})[)）]/g, style: () => 'ar-paren', number: (b) => `(${b})` },
  { id: 'ar-rparen', pattern: /([0-9]{1,2})[)）]/g, style: () => 'ar-rparen', number: (b) => `${b})` },
  // 1:做好工作 — a number and a colon before Han text, at line starts only (never 8:30 or 1:2)
  { id: 'ar-colon', pattern: /([0-9]{1,2})[:：](?=[\u3400-\u9fff])/g, style: () => 'ar-colon', number: (b) => `${b}:` },
  // 1.1 / 1.2.3 (a trailing dot is kept as written); never a longer number (2014.3.2 fails the digit checks)
  {
    id: 'decimal',
    pattern: /([0-9]{1,2}(?:[.．][0-9]{1,2}){1,3})([.．])?(?![0-9])/g,
    style: (m) => `dec-${(m[1] ?? '').split(/[.．]/).length}`,
    number: (b, m) => `${b.replace(/．/g, '.')}${m[2] ? '.' : ''}`,
  },
  // 1 总则 (1总则 once normalized): a bare number before Han text, kept only at line starts and when a 1.1 follows
  { id: 'bare', pattern: /([0-9]{1,2})(?=[ \t\u3000]*[\u3400-\u9fff])/g, style: () => 'dec-1', number: (b) => b },
  // a half bracket after a Chinese numeral (一)加强…) is kept to sentence starts below
  { id: 'cn-rparen', pattern: new RegExp(`(${CN_NUM})[)）]`, 'g'), style: () => 'cn-rparen', number: (b) => `${b})` },
  { id: 'circled', pattern: /([\u2460-\u2473\u2776-\u277f\u3251-\u325f])/g, style: () => 'circled', number: (b) => b },
  // ⑴ ⒈ ㈠ write as (1) 1. (一) (their NFKC form); circled variants stay as written
  {
    id: 'enclosed',
    pattern: new RegExp(`([${ENCLOSED_CLASS}])`, 'g'),
    style: (m) => enclosedAt(m[1] ?? '')?.style ?? 'circled',
    number: (b) => (enclosedAt(b)?.style === 'circled' ? b : b.normalize('NFKC')),
  },
  // A.报名方式 / A、 / (A) / a) — letter items, kept to sentence starts below
  { id: 'lat-dot', pattern: /([A-Z])[.．、](?![A-Za-z0-9.．])/g, style: () => 'lat-dot', number: (b) => `${b}.` },
  // a.王老师宣读… b.… — never e.g., a.m. or a file name (a letter or dot around it)
  { id: 'lat-low-dot', pattern: /([a-z])[.．](?![A-Za-z0-9.．])/g, style: () => 'lat-low-dot', number: (b) => `${b}.` },
  { id: 'lat-paren', pattern: /[(（]([A-Za-z])[)）]|(?<![(（A-Za-z])([a-z])[)）]/g, style: () => 'lat-paren', number: (b) => `(${b})` },
  // 【重点任务12】加强… at a line start: plans number their task blocks this way (line starts only, below)
  {
    id: 'bracket',
    pattern: new RegExp(`【(${BRACKET_LABEL})(${CN_NUM}|[0-9]{1,3})】`, 'g'),
    body: (m) => m[2] ?? '',
    style: (m) => `br-${m[1] ?? ''}`,
    number: (b, m) => `【${m[1] ?? ''}${b}】`,
  },
  {
    id: 'di',
    pattern: new RegExp(`第(${CN_NUM}|[0-9]{1,2})(${DI_SUFFIXES.join('|')})`, 'g'),
    style: (m) => `di-${m[2] ?? ''}`,
    number: (b, m) => `第${b}${m[2] ?? ''}`,
  },
];

/** Context evidence, before style-specific adjustments. */
const CONTEXT_SCORE: Readonly<Record<MarkerContext, number>> = {
  line: 4,
  page: 3.5,
  stop: 3,
  space: 2,
  close: 1,
  comma: -1.5,
  enum: -4,
  mid: -1,
};

/** Characters after which a marker starts a new sentence. */
const STOPS = new Set(['。', '！', '？', '；', ';', ':', '：', '!', '?']);
/** Markdown and bullet characters that may stand between a line start and a marker. */
const LINE_PREFIX = new Set(['#', '>', '*', '-', '•', '·', '●', '■', '◆', '▲', ' ', '\t']);
const SPACE_CHARS = new Set([' ', '\t', '\u3000']);
/** Date units after which a Chinese numeral cannot continue a word. */
const DATE_UNITS = new Set(['年', '月', '日', '号']);
/** Closing quotes and brackets. */
const CLOSERS = new Set(['”', '’', '」', '』', ')', '）', '】', '》', '"', "'"]);
/** Characters right after a marker that mean it heads nothing (一、二年级; 1、2、3). */
const EMPTY_AFTER = new Set(['、', ',', '，', '。', ';', '；', ')', '）', '%', '.', '-', '—', '~', '～', '/']);

/** Items numbered on through a whole plan run past 60 (1.–75.); 99 is the most two digits write. */
const MAX_ORDINAL = 99;

export interface ScanContext {
  readonly pageBreaks?: readonly number[];
}

/** One match of a marker rule, with what deciding on it needs. */
interface RuleMatch {
  readonly text: string;
  readonly rule: MarkerRule;
  readonly m: RegExpExecArray;
  /** The numeral part of the marker (一, 12, 1.2). */
  readonly body: string;
  readonly start: number;
  readonly end: number;
  readonly breaks: ReadonlySet<number>;
  readonly quotedAt: (i: number) => boolean;
}

/** Every marker candidate in `text`, in text order (one per start offset; the longest wins). */
export function scanMarkers(text: string, ctx: ScanContext = {}): MarkerCandidate[] {
  const breaks = new Set(ctx.pageBreaks ?? []);
  const quotedAt = quotedRanges(text);
  const byStart = new Map<number, MarkerCandidate>();
  for (const rule of MARKER_RULES) {
    rule.pattern.lastIndex = 0;
    // past the cap nothing of a rule can be among the document's first candidates (sections.ts keeps those)
    let kept = 0;
    for (let m = rule.pattern.exec(text); m && kept <= ITEM_CAPS.markers; m = rule.pattern.exec(text)) {
      const body = rule.body ? rule.body(m) : (m[1] ?? m[2] ?? '');
      const start = m.index;
      const end = start + m[0].length;
      const c = candidateOf({ text, rule, m, body, start, end, breaks, quotedAt });
      if (!c) continue;
      kept++;
      const prev = byStart.get(start);
      if (!prev || c.end - c.start > prev.end - prev.start) byStart.set(start, c);
    }
  }
  const sorted = [...byStart.values()].sort((a, b) => a.start - b.start);
  // markers never overlap: the earlier one wins
  const apart = sorted.filter((c, k) => k === 0 || c.start >= (sorted[k - 1]?.end ?? 0));
  return markTextOpening(text, markPartOpenings(text, keepBareWithChildren(dropAttachmentLists(text, dropInlineEnumerations(text, dropNamingMarkers(text, apart))))));
}

/** A time that opens a report's plan part (展望2005, 新的一年, 下一步, 2024年). */
const PART_TIME = /展望|下一步|下步|明年|来年|今后|新的一年|新学期|新学年|[0-9]{4}年/;
/** …or the line is a part's own short heading, with no numbering (牵引性战略任务, 重点项目清单). */
const PART_HEADING = /^[\u4e00-\u9fff“”]{4,12}$/;
/** …the line then announces a list: 计划如下:, 工作打算, 重点工作安排. */
const PART_LIST = /(?:计划|打算|安排|思路|设想|重点|目标|任务)(?:如下)?[:：]?[ \t]*$/;

/** Longest first line read as an excerpt's chapter heading ((四) 培育下一代, 三、主要任务). */
const OPENING_HEADING = 30;

/**
 * The first candidate, when it heads the text's first line and that line is a short heading with no
 * sentence in it: an excerpt may start at any number of its ladder.
 */
function markTextOpening(text: string, candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  const first = candidates[0];
  if (!first || first.ordinal <= 2 || first.prefix !== '' || text.slice(0, first.start).trim() !== '') return [...candidates];
  const nl = text.indexOf('\n', first.end);
  const line = text.slice(first.end, nl < 0 ? text.length : nl).trim();
  if (nl < 0 || line.length === 0 || line.length > OPENING_HEADING || /[。;；!！?？,，:：]/.test(line)) return [...candidates];
  return [{ ...first, opensText: true }, ...candidates.slice(1)];
}

/**
 * A first marker (一、) right under a line that opens a report's plan part (展望2005,新的一年中,
 * 我们的计划如下:) may start counting again at the top level: the plan part's items follow the review's.
 */
function markPartOpenings(text: string, candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  return candidates.map((c) => {
    if (c.ordinal !== 1 || (c.context !== 'line' && c.context !== 'page')) return c;
    const before = text.slice(Math.max(0, c.start - 200), c.start).trimEnd();
    const line = before.slice(before.lastIndexOf('\n') + 1).trim();
    return (PART_TIME.test(line) && PART_LIST.test(line)) || PART_HEADING.test(line) ? { ...c, opensPart: true } : c;
  });
}

/**
 * (一)第一阶段(…) / 1.第一阶段:摸底排查 — a 第X阶段-style marker right after another marker
 * names that marker's section: it is the outer section's title, not a section of its own.
 */
function dropNamingMarkers(text: string, candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  return candidates.filter((c, k) => {
    const prev = candidates[k - 1];
    if (!prev || !c.style.startsWith('di-') || prev.style.startsWith('di-')) return true;
    return !/^[ \t\u3000]*$/.test(text.slice(prev.end, c.start));
  });
}

/** "附件:" right before a marker opens a list of attachments (附件:1.某方案 2.某表), not a section. */
const ATTACHMENT_LEAD = /附件[:：]?\s*$/;
/** …or on a line of its own above the list (附件: / 1、《…登记表》 / 2、《…告知书》). */
const ATTACHMENT_LINE = /^[ \t\u3000]*附件[:：]?[ \t\u3000]*$/;
/** How far back the line above a marker may be (blank lines between). */
const LINE_ABOVE_REACH = 80;
/** The most text between two items of an attachment list. */
const ATTACHMENT_ITEM_REACH = 200;

/** The last non-blank line that ends before `at`, within a bounded look back. */
function lineAbove(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - LINE_ABOVE_REACH), at);
  const lines = before.split('\n');
  lines.pop(); // the marker's own line, up to the marker
  for (let k = lines.length - 1; k >= 0; k--) if ((lines[k] ?? '').trim() !== '') return lines[k] ?? '';
  return '';
}

/** Separators between the items of an enumeration inside one sentence (包括:(1)X;(2)Y;(3)Z。). */
const ITEM_SEPARATORS = /[;；]\s*(?:及|和|以及|并|与)?\s*$/;
/** What opens an enumeration: a colon, or a semicolon before the first item. */
const LIST_OPENERS = /[:：;；]\s*$/;
/** An enumerated item is short: longer runs between markers are sections' bodies. */
const MAX_ITEM = 120;

/**
 * 排查范围包括:(1)小梁薄板房屋;(2)…;(5)…的房屋。 — markers numbering the items of one sentence
 * (a colon, then items ended by semicolons, no full stop or line break between them) are an
 * enumeration, not sections.
 */
function dropInlineEnumerations(text: string, candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  const drop = new Set<MarkerCandidate>();
  const lastOfStyle = new Map<MarkerStyle, MarkerCandidate>();
  const run: MarkerCandidate[] = [];
  const flush = (): void => {
    if (run.length >= 2) for (const c of run) drop.add(c);
    run.length = 0;
  };
  for (const c of candidates) {
    const prev = lastOfStyle.get(c.style);
    lastOfStyle.set(c.style, c);
    // only a short stretch between two items is read (a long one is no enumeration): linear on long texts
    const near = prev !== undefined && run[run.length - 1] === prev && c.ordinal === prev.ordinal + 1 && c.start - prev.end <= MAX_ITEM;
    const between = near ? text.slice(prev.end, c.start) : '';
    const continues = near && !/[\n。!！?？]/.test(between) && ITEM_SEPARATORS.test(between);
    if (continues) {
      run.push(c);
      continue;
    }
    flush();
    // a first item right after a colon, within its sentence
    const lead = text.slice(Math.max(0, c.start - 2), c.start);
    if (c.ordinal === 1 && LIST_OPENERS.test(lead) && c.context === 'stop') run.push(c);
  }
  flush();
  return drop.size === 0 ? [...candidates] : candidates.filter((c) => !drop.has(c));
}

/** Removes the items of attachment lists: the first after 附件, and the ones that count on from it. */
function dropAttachmentLists(text: string, candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  const out: MarkerCandidate[] = [];
  let list: MarkerCandidate | null = null;
  for (const c of candidates) {
    // the 8 characters before the marker, within its line (a bounded look back: linear on long lines)
    const near = text.slice(Math.max(0, c.start - 8), c.start);
    const ownLine = near.slice(near.lastIndexOf('\n') + 1);
    const atLineStart = ownLine.trim() === '';
    if (ATTACHMENT_LEAD.test(ownLine) || (atLineStart && c.ordinal === 1 && ATTACHMENT_LINE.test(lineAbove(text, c.start)))) {
      list = c;
      continue;
    }
    if (list && c.style === list.style && c.ordinal === list.ordinal + 1 && c.start - list.end < ATTACHMENT_ITEM_REACH) {
      list = c;
      continue;
    }
    list = null;
    out.push(c);
  }
  return out;
}

function candidateOf(found: RuleMatch): MarkerCandidate | null {
  const { text, rule, m, body, start, end, breaks, quotedAt } = found;
  const style = rule.style(m);
  if (style.startsWith('dec-')) return decimalCandidate(found);
  const ordinal = markerOrdinal(body);
  if (ordinal === null || ordinal < 1 || ordinal > (style === 'di-条' ? MAX_ARTICLE : MAX_ORDINAL)) return null;
  const before = text[start - 1] ?? '';
  const arabic = style.startsWith('ar-');
  const chinese = style.startsWith('cn-') || style.startsWith('di-') || style === 'cap-dun';
  const letter = style.startsWith('lat-');
  // the numeral must be whole: 2014.3 / B1. / 十一、 (scanned whole elsewhere) / 第一、
  if (arabic && !style.endsWith('paren') && /[0-9A-Za-z.．_]/.test(before)) return null;
  if (style === 'ar-rparen' && /[(（0-9]/.test(before)) return null;
  if (style === 'cn-rparen' && before && (/[(（]/.test(before) || CN.includes(before))) return null;
  if (chinese && !style.endsWith('paren') && before && (CN.includes(before) || CAP.includes(before) || before === '第' || before === '之' || before === '其')) return null;
  // A. in B.A., V1.A, 第A, an English word
  if (letter && /[A-Za-z0-9.．_第]/.test(before)) return null;
  if (style.startsWith('di-') && /[0-9]/.test(text[end] ?? '')) return null;
  // 第(二)项, 第3.条: a reference to a numbered item, not one
  if (before === '第') return null;
  // what follows: nothing, punctuation or a number means this heads nothing; but a chapter or part
  // on a line of its own heads what follows (第一章 / 总则, 第一部分 / 1.…)
  const after = firstAfter(text, end);
  const alone = after === '' && LONE_LINE_DI.has(style) && lineAlone(text, start, end);
  if (!alone && (after === '' || EMPTY_AFTER.has(after))) return null;
  // 一、二年级 / 一、二、三: a list of numbers, not a heading
  if (chinese && CN.includes(after) && /^[一二三四五六七八九十]+(?:、|年级|\.|．)/.test(text.slice(text.indexOf(after, end), end + 8))) return null;
  const context = contextOf(text, start, breaks);
  // 值周班(高二(1)班): a number inside a parenthesis that a word opened is part of that note
  if (context === 'mid' && insideParenthesis(text, start)) return null;
  const opening = context === 'line' || context === 'page' || context === 'stop' || context === 'space';
  // 一) mid-sentence closes a parenthesis (见(一)…一); 第三条规定 in running text is a reference
  if (style === 'cn-rparen' && !SENTENCE_START.has(context)) return null;
  // letter items head a line or a sentence, before Chinese text (A.报名方式), never a code or a grade (A级);
  // a lower-case item run on after the one before it on its line (a.宣读获奖名单b.宣读先进名单) still counts
  if (letter && (!(SENTENCE_START.has(context) || runOnLetter(text, style, ordinal, start)) || !/[\u3400-\u9fff“《「(（]/.test(after))) return null;
  if ((LINE_ONLY_DI.has(style) || style.startsWith('br-') || style === 'ar-colon') && context !== 'line' && context !== 'page') return null;
  let score = 0;
  if (/[0-9]/.test(after)) {
    // 1.2014年8月前 and 1、3月份召开… are headings; 3.12万, 1.2倍 and 1、2、3年级 are not
    const digits = numberAfter(text, end);
    if (yearFollows(text, end)) score -= 0.5;
    // …also a month range (11.5-6月份,市心指办将开展…)
    else if (opening && /^[0-9]{1,2}(?:[-—–~～至][0-9]{1,2})?月/.test(digits)) score -= 1.5;
    else if (opening && style === 'ar-dun' && !/^[0-9]+[、,，.．\-~—]/.test(digits)) score -= 3;
    else if (arabic) return null;
    else score -= 3;
  }
  // 统一、规范: a numeral that ends a word is no marker (jieba knows the words)
  // (after a date unit the numeral starts afresh: jieba's 月一 is a word, 2016年5月一、基本情况 is a heading)
  if (chinese && !style.endsWith('paren') && context === 'mid' && !DATE_UNITS.has(before) && !startsWord(text, start)) return null;
  score += CONTEXT_SCORE[context];
  if (style === 'circled' && (context === 'mid' || context === 'comma')) score -= 1;
  if (style === 'cn-dun' && context === 'mid') score -= 1;
  if (style.startsWith('di-') && context !== 'line' && context !== 'page') score -= 1;
  const quoted = context !== 'line' && context !== 'page' && quotedAt(start);
  if (quoted) score -= 6;
  if (TOC_LINE_END.test(restOfLine(text, end))) score -= 8;
  return { style, ordinal, start, end, number: rule.number(body, m), prefix: '', context, quoted, score };
}

/** Contexts where a sentence, hence possibly a heading, starts. */
const SENTENCE_START = new Set<MarkerContext>(['line', 'page', 'stop']);

/** Units and date words after which a decimal is a quantity (3.12万, 1.5亿元, 2.3月), never a heading. */
const DECIMAL_UNITS = new Set(['万', '亿', '元', '倍', '%', '％', '‰', '米', '吨', '亩', '岁', '年', '月', '日', '号', '时', '秒', '里', '顷']);
/** Measure words (and 前/后 after a M.D date) that may also begin a heading word (个人, 公司, 前期): a quantity or date only when jieba cuts them alone. */
const MEASURE_STARTS = new Set(['个', '余', '多', '千', '百', '公', '平', '立', '斤', '克', '升', '分', '点', '人', '次', '名', '所', '家', '台', '辆', '户', '项', '件', '天', '周', '届', '期', '批', '类', '种', '场', '级', '位', '小', '套', '本', '册', '张', '间', '座', '处', '部', '篇', '条', '前', '后', '起', '止', '至']);
/** What may open a heading's text after a decimal marker: Han, or a quote or bracket. */
const DECIMAL_HEAD = /[\u3400-\u9fff《“「【(（]/;

/** A decimal-outline candidate (1.2, 1.2.3, or a bare 1 at a line start): only where a sentence starts, before Han text. */
function decimalCandidate(found: RuleMatch): MarkerCandidate | null {
  const { text, rule, m, body, start, end, breaks, quotedAt } = found;
  const parts = body.split(/[.．]/);
  // 0.30, 1.05: a zero component or a leading zero is a decimal fraction
  if (parts.some((p) => p === '' || p.startsWith('0'))) return null;
  const values = parts.map(Number);
  if (values.some((v) => v < 1 || v > MAX_ORDINAL)) return null;
  const before = text[start - 1] ?? '';
  // V1.1, 2014.3.2 (scanned from 14), 第1.2条
  if (/[0-9A-Za-z.．_第]/.test(before)) return null;
  const context = contextOf(text, start, breaks);
  const bare = parts.length === 1;
  if (bare ? context !== 'line' && context !== 'page' : !SENTENCE_START.has(context)) return null;
  const after = firstAfter(text, end);
  if (!DECIMAL_HEAD.test(after)) return null;
  const at = text.indexOf(after, end);
  // 2.5万, 1.5起: one dot before a unit is a figure; 1.1.3起垄机 (two dots or more) is never one
  if (parts.length <= 2 && (DECIMAL_UNITS.has(after) || (MEASURE_STARTS.has(after) && isMeasure(text, at)))) return null;
  if (context === 'stop' && quotedAt(start)) return null;
  let score = CONTEXT_SCORE[context] - (bare ? 1 : 0);
  if (TOC_LINE_END.test(restOfLine(text, end))) score -= 8;
  const style = rule.style(m);
  const ordinal = values[values.length - 1] ?? 0;
  const prefix = parts.slice(0, -1).join('.');
  return { style, ordinal, start, end, number: rule.number(body, m), prefix, context, quoted: false, score };
}

/** A measure word at `i`: jieba cuts it alone, or a unit follows it (千米, 余万, 小时). */
function isMeasure(text: string, i: number): boolean {
  const next = text[i + 1] ?? '';
  if (DECIMAL_UNITS.has(next)) return true;
  // a measure word at a line or text end (1.5人) stands alone too
  if (!/[\u3400-\u9fff]/.test(next)) return true;
  return wordStarts(text.slice(i, i + 4)).includes(1);
}

/** A bare "1 总则" heads a decimal ladder only when a "1.x" marker follows it (table rows are bare numbers too). */
function keepBareWithChildren(candidates: readonly MarkerCandidate[]): MarkerCandidate[] {
  // one pass from the end: the dec-2 prefixes seen after each candidate (linear, not a scan per candidate)
  const later = new Set<string>();
  const keep: boolean[] = new Array<boolean>(candidates.length);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k] as MarkerCandidate;
    keep[k] = c.style !== 'dec-1' || later.has(String(c.ordinal));
    if (c.style === 'dec-2') later.add(c.prefix);
  }
  return candidates.filter((_, k) => keep[k]);
}

/** A table-of-contents entry ends its line with leader dots and a page number (指导思想……1). */
const TOC_LINE_END = /(?:…{2,}|\.{3,}|·{3,}|-{3,})\s*[0-9]{1,3}\s*$/;

/** The rest of the line from `i`, at most 120 characters of it. */
function restOfLine(text: string, i: number): string {
  const window = text.slice(i, i + 120);
  const nl = window.indexOf('\n');
  return nl < 0 ? window : window.slice(0, nl);
}

/** Whether a word starts at `i`, judged on a short window around it. */
function startsWord(text: string, i: number): boolean {
  const from = Math.max(0, i - 4);
  return wordStarts(text.slice(from, i + 4)).includes(i - from);
}

/** The first non-space character at or after `i` on the same line ('' at the line or text end). */
function firstAfter(text: string, i: number): string {
  for (let k = i; k < text.length; k++) {
    const c = text[k] ?? '';
    if (c === '\n') return '';
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return c;
  }
  return '';
}

/** The text from the first character after `i` that is not a space, a few characters of it. */
function numberAfter(text: string, i: number): string {
  let k = i;
  while (k < text.length && SPACE_CHARS.has(text[k] ?? '')) k++;
  return text.slice(k, k + 6);
}

/** A year (2014年, or spaced 2 0 1 4年) starts at `i`. */
function yearFollows(text: string, i: number): boolean {
  return /^[0-9] ?[0-9] ?[0-9] ?[0-9] ?年/.test(text.slice(i, i + 9));
}

function contextOf(text: string, start: number, breaks: ReadonlySet<number>): MarkerContext {
  if (breaks.has(start)) return 'page';
  let k = start - 1;
  let spaced = false;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\u3000')) {
    spaced = true;
    k--;
  }
  if (k < 0) return 'line';
  // markdown heading marks, quote marks, bold and bullets before a marker at a line start (## 一、…)
  let b = k;
  while (b >= 0 && LINE_PREFIX.has(text[b] ?? '')) b--;
  if (b < k && (b < 0 || text[b] === '\n')) return 'line';
  const c = text[k] ?? '';
  if (c === '\n' || c === '\r' || c === '\f') return 'line';
  if (breaks.has(k + 1)) return 'page';
  if (STOPS.has(c)) return 'stop';
  if (CLOSERS.has(c)) return 'close';
  if (c === ',' || c === '，') return 'comma';
  if (c === '、') return 'enum';
  return spaced ? 'space' : 'mid';
}

/** How far back within its line an unclosed parenthesis is looked for. */
const PAREN_REACH = 20;

/** Whether `at` lies inside a parenthesis opened earlier on its line (bounded look back). */
function insideParenthesis(text: string, at: number): boolean {
  let depth = 0;
  for (let k = at - 1; k >= Math.max(0, at - PAREN_REACH); k--) {
    const c = text[k] ?? '';
    if (c === '\n') return false;
    if (c === ')' || c === '）') depth--;
    else if (c === '(' || c === '（') {
      depth++;
      if (depth > 0) return true;
    }
  }
  return false;
}

/** How far an unclosed quote or title mark may reach before we stop believing it. */
const MAX_QUOTE = 120;
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
];

/** A predicate telling whether an offset lies inside “…” or 《…》 (quotes never cross a line). */
function quotedRanges(text: string): (i: number) => boolean {
  const inside = new Uint8Array(text.length);
  for (const [open, close] of QUOTE_PAIRS) {
    let from = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === open) from = i;
      else if (from >= 0 && (c === close || c === '\n' || i - from > MAX_QUOTE)) {
        if (c === close) inside.fill(1, from + 1, i);
        from = -1;
      }
    }
  }
  return (i) => inside[i] === 1;
}
