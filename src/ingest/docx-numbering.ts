// Word automatic numbering: numbering.xml + styles.xml → the marker text Word would display (一、 (一) 1. ①).
// Mammoth and most extractors drop these markers, yet official documents number their headings this way.
import { tokenizeXml } from './docx-xml.js';

export interface LevelDef {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** "Legal" numbering: every %n shown as a decimal. */
  readonly legal: boolean;
  /** What follows the marker: tab, space or nothing. */
  readonly suffix: string;
  readonly style: string | null;
}

export interface NumberingDefs {
  /** abstractNumId → level → definition */
  readonly abstract: ReadonlyMap<string, ReadonlyMap<number, LevelDef>>;
  /** numId → its abstractNumId and start overrides per level */
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly overrides: ReadonlyMap<number, number> }>;
  /** abstractNumId that only links to a numbering style → that style's id */
  readonly styleLinks: ReadonlyMap<string, string>;
}

export interface StyleDefs {
  /** paragraph styleId → numbering set on the style (numId, ilvl) */
  readonly numbering: ReadonlyMap<string, { readonly numId: string | null; readonly level: number | null }>;
  readonly basedOn: ReadonlyMap<string, string>;
}

const val = (attrs: Readonly<Record<string, string>>): string | undefined => attrs['w:val'];

export function parseNumbering(xml: string): NumberingDefs {
  const abstract = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, { abstractId: string; overrides: Map<number, number> }>();
  const styleLinks = new Map<string, string>();
  let absId: string | null = null;
  let numId: string | null = null;
  let overrideLevel: number | null = null;
  let lvl: { ilvl: number; start: number; format: string; text: string; legal: boolean; suffix: string; style: string | null } | null = null;
  for (const t of tokenizeXml(xml)) {
    if (t.kind === 'close') {
      if (t.name === 'w:lvl' && lvl && absId !== null && numId === null) {
        abstract.get(absId)?.set(lvl.ilvl, { start: lvl.start, format: lvl.format, text: lvl.text, legal: lvl.legal, suffix: lvl.suffix, style: lvl.style });
        lvl = null;
      } else if (t.name === 'w:lvl') lvl = null;
      else if (t.name === 'w:abstractNum') absId = null;
      else if (t.name === 'w:num') numId = null;
      else if (t.name === 'w:lvlOverride') overrideLevel = null;
      continue;
    }
    if (t.kind === 'text') continue;
    const a = t.attrs;
    switch (t.name) {
      case 'w:abstractNum':
        absId = a['w:abstractNumId'] ?? null;
        if (absId !== null) abstract.set(absId, new Map());
        break;
      case 'w:num':
        if (t.kind === 'open') {
          numId = a['w:numId'] ?? null;
          if (numId !== null) nums.set(numId, { abstractId: '', overrides: new Map() });
        }
        break;
      case 'w:abstractNumId':
        if (numId !== null) {
          const n = nums.get(numId);
          if (n) n.abstractId = val(a) ?? '';
        }
        break;
      case 'w:lvlOverride':
        overrideLevel = Number(a['w:ilvl'] ?? 0);
        break;
      case 'w:startOverride':
        if (numId !== null && overrideLevel !== null) nums.get(numId)?.overrides.set(overrideLevel, Number(val(a) ?? 1));
        break;
      case 'w:numStyleLink':
        if (absId !== null && val(a)) styleLinks.set(absId, val(a)!);
        break;
      case 'w:lvl':
        if (t.kind === 'open') lvl = { ilvl: Number(a['w:ilvl'] ?? 0), start: 1, format: 'decimal', text: '', legal: false, suffix: 'tab', style: null };
        break;
      default:
        if (!lvl) break;
        if (t.name === 'w:start') lvl.start = Number(val(a) ?? 1);
        else if (t.name === 'w:numFmt') lvl.format = val(a) ?? 'decimal';
        else if (t.name === 'w:lvlText') lvl.text = val(a) ?? '';
        else if (t.name === 'w:isLgl') lvl.legal = val(a) !== '0' && val(a) !== 'false';
        else if (t.name === 'w:suff') lvl.suffix = val(a) ?? 'tab';
        else if (t.name === 'w:pStyle') lvl.style = val(a) ?? null;
    }
  }
  return { abstract, nums, styleLinks };
}

export function parseStyles(xml: string): StyleDefs {
  const numbering = new Map<string, { numId: string | null; level: number | null }>();
  const basedOn = new Map<string, string>();
  let style: string | null = null;
  for (const t of tokenizeXml(xml)) {
    if (t.kind === 'close') {
      if (t.name === 'w:style') style = null;
      continue;
    }
    if (t.kind === 'text') continue;
    if (t.name === 'w:style') style = t.attrs['w:styleId'] ?? null;
    if (style === null) continue;
    if (t.name === 'w:basedOn' && val(t.attrs)) basedOn.set(style, val(t.attrs)!);
    if (t.name === 'w:numId') numbering.set(style, { numId: val(t.attrs) ?? null, level: numbering.get(style)?.level ?? null });
    if (t.name === 'w:ilvl') numbering.set(style, { numId: numbering.get(style)?.numId ?? null, level: Number(val(t.attrs) ?? 0) });
  }
  return { numbering, basedOn };
}

const CN_DIGIT = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 21 → 二十一, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCount(n: number): string {
  if (n <= 0 || n >= 10000) return String(n);
  const units = ['', '十', '百', '千'];
  const digits = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  digits.forEach((d, i) => {
    const unit = units[digits.length - 1 - i]!;
    if (d === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (d === 1 && unit === '十' && out === '' ? '' : CN_DIGIT[d]!) + unit;
  });
  return out;
}

const TIANGAN = '甲乙丙丁戊己庚辛壬癸';
const DIZHI = '子丑寅卯辰巳午未申酉戌亥';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

function roman(n: number): string {
  const table: readonly [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) while (rest >= v) (out += s), (rest -= v);
  return out;
}

function letters(n: number): string {
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

/** One counter value in a Word number format (w:numFmt). Unknown formats fall back to decimal. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCount(n);
    case 'ideographTraditional':
      return TIANGAN[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return DIZHI[(n - 1) % 12] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1]! : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

/** Numbering state through one document: counters per abstract list, as Word keeps them. */
export interface Numberer {
  /** The marker for a paragraph with this numbering (null for bullets, "none" and unknown lists). */
  readonly next: (numId: string, level: number) => string | null;
  /** Numbering a paragraph gets from its style chain (numId, level), if any. */
  readonly fromStyle: (styleId: string) => { numId: string; level: number } | null;
}

export function createNumberer(defs: NumberingDefs, styles: StyleDefs): Numberer {
  const counters = new Map<string, number[]>();
  const started = new Set<string>();

  const resolveAbstract = (numId: string, depth = 0): string | null => {
    const num = defs.nums.get(numId);
    if (!num || depth > 3) return null;
    const link = defs.styleLinks.get(num.abstractId);
    if (link !== undefined) {
      const linked = styles.numbering.get(link)?.numId;
      if (linked && linked !== numId) return resolveAbstract(linked, depth + 1);
    }
    return num.abstractId;
  };

  const fromStyle = (styleId: string): { numId: string; level: number } | null => {
    let id: string | undefined = styleId;
    for (let depth = 0; id !== undefined && depth < 10; depth++) {
      const n = styles.numbering.get(id);
      if (n?.numId) {
        let level = n.level;
        if (level === null) {
          // the level whose pStyle names this style, else the first
          const abs = resolveAbstract(n.numId);
          const levels = abs === null ? undefined : defs.abstract.get(abs);
          level = [...(levels ?? new Map<number, LevelDef>())].find(([, l]) => l.style === styleId)?.[0] ?? 0;
        }
        return { numId: n.numId, level };
      }
      id = styles.basedOn.get(id);
    }
    return null;
  };

  const next = (numId: string, level: number): string | null => {
    if (numId === '0') return null;
    const absId = resolveAbstract(numId);
    const levels = absId === null ? undefined : defs.abstract.get(absId);
    const def = levels?.get(level);
    if (!levels || !def || absId === null) return null;
    const count = counters.get(absId) ?? [];
    // a w:num with start overrides restarts its list the first time it is used
    if (!started.has(numId)) {
      started.add(numId);
      for (const [l, start] of defs.nums.get(numId)?.overrides ?? []) count[l] = start - 1;
    }
    count[level] = (count[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
    for (let deeper = level + 1; deeper < 10; deeper++) delete count[deeper];
    counters.set(absId, count);
    if (def.format === 'bullet' || def.format === 'none' || def.text === '') return null;
    const marker = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      const n = count[l] ?? levels.get(l)?.start ?? 1;
      const fmt = def.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
      return formatCounter(n, fmt);
    });
    // a marker ending in a letter or digit needs a gap before the heading text
    return /[\p{L}\p{Nd}]$/u.test(marker) && def.suffix !== 'nothing' ? `${marker} ` : marker;
  };

  return { next, fromStyle };
}
