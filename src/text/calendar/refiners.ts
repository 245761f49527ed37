// Refiners: after the scan, drop site stamps and overlaps, attach boundary and deadline words,
// and join two dates into a range. Each is a pure function over the candidate list.
import { priorityOf } from './engine.js';
import { LEAD_WORDS, PART_OF_YEAR_WORDS, KIND_WORDS, MODIFIER_WORDS, REACHED_WORDS, STAMP_WORDS } from './lexicon.js';
import { DAY, RANGE_SEP, WEEKDAY_PAREN, smallValue, weekdayOf, weekdayValue } from './tokens.js';
import type { Candidate, DateParts, ParseOptions } from './types.js';

export interface Refiner {
  readonly id: string;
  refine(text: string, candidates: readonly Candidate[], options: ParseOptions): Candidate[];
}

const precisionOf = (p: DateParts): 'year' | 'month' | 'day' =>
  p.day !== null ? 'day' : p.month !== null ? 'month' : 'year';

/** Rules whose dates are written the way sites write their stamps (2021-04-13). */
const STAMP_RULES: ReadonlySet<string> = new Set(['iso-date', 'iso-month', 'roc-iso-date']);

/**
 * Upload and view stamps of document-sharing sites: a numeric date followed by a time or by
 * 发布/上传 (a written 2014年3月8日 9:00 or 2014年3月8日发布 stays a date of the document).
 */
const dropStamps: Refiner = {
  id: 'drop-stamps',
  refine(text, candidates) {
    return candidates.filter((c) => {
      if (!STAMP_RULES.has(c.rule)) return true;
      const after = text.slice(c.end, c.end + 12);
      if (/^[ \t]*[0-9]{1,2}:[0-9]{2}/.test(after)) return false;
      const word = after.replace(/^[ \t]+/, '');
      return !STAMP_WORDS.some((w) => word.startsWith(w));
    });
  },
};

/** Overlapping mentions: the longest wins, then the earlier parser. */
const dropOverlaps: Refiner = {
  id: 'drop-overlaps',
  refine(text, candidates) {
    const ranked = candidates
      .map((c) => ({ c, priority: priorityOf(c.rule) }))
      .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.priority - b.priority || a.c.start - b.c.start);
    // positions already taken by a kept mention (mentions are short, so this stays linear)
    const taken = new Uint8Array(text.length + 1);
    const kept: Candidate[] = [];
    for (const { c } of ranked) {
      if (taken.subarray(c.start, c.end).some((t) => t === 1)) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** Where the next mention starts (a suffix must not run into it). */
const limitAfter = (candidates: readonly Candidate[], i: number, textLength: number): number =>
  candidates[i + 1]?.start ?? textLength;

/** 12月底, 2009年初, 3月下旬 (modifier); 2014年上半年, 2014年第一季度 (a range of months). */
const attachModifiers: Refiner = {
  id: 'attach-modifiers',
  refine(text, candidates) {
    return candidates.map((c, i) => {
      if (c.to !== null || c.kind !== 'point' || c.modifier !== null) return c;
      const precision = precisionOf(c.from);
      if (precision === 'day') return c;
      const limit = limitAfter(candidates, i, text.length);
      const after = text.slice(c.end, Math.min(limit, c.end + 6));
      if (precision === 'year') {
        for (const [word, [a, b]] of Object.entries(PART_OF_YEAR_WORDS)) {
          if (!after.startsWith(word)) continue;
          return { ...c, end: c.end + word.length, kind: 'range', to: { ...c.from, month: b }, from: { ...c.from, month: a } };
        }
      }
      for (const w of MODIFIER_WORDS) {
        if (w.after !== 'any' && w.after !== precision) continue;
        if (!after.startsWith(w.word)) continue;
        if (w.notBefore?.test(text.slice(c.end + w.word.length, c.end + w.word.length + 2))) continue;
        return { ...c, end: c.end + w.word.length, modifier: w.modifier };
      }
      return c;
    });
  },
};

/** A weekday in parentheses right after a date (3月1日(三), 3月1日(星期三), 3月1日 (周三)). */
const WEEKDAY_AFTER = new RegExp(`^ ?${WEEKDAY_PAREN}`);
/** What may follow a lone weekday (三): a joiner, a kind word or a break; a heading's words would show a list marker (三) instead. */
const AFTER_LONE_WEEKDAY = /^ ?(?:—|–|-|~|～|至|到|前|起|止|或|和|及|、|,|。|;|:|\)|\n|$)/;

/**
 * Whether a lone (三) after a date names its weekday rather than opening a list item in flattened
 * text: with a written year the weekday must be right; otherwise ROC documents write weekdays so,
 * and elsewhere only a joiner, kind word or break may follow.
 */
function loneWeekdayFits(text: string, c: Candidate, weekday: number | null, after: number, options: ParseOptions): boolean {
  const last = c.to ?? c.from;
  const year = last.year ?? c.from.year;
  const month = last.month ?? c.from.month;
  if (weekday === null || last.day === null) return false;
  if (year !== null && month !== null) return weekdayOf(year, month, last.day) === weekday;
  return options.calendar === 'roc' || AFTER_LONE_WEEKDAY.test(text.slice(after, after + 2));
}

/**
 * 112年3月1日(三), 3月1日(星期三): the weekday belongs to the mention (its span includes the
 * parenthesis), so a kind word or a range joiner after it still attaches (3月3日(五)前).
 */
const attachWeekdays: Refiner = {
  id: 'attach-weekdays',
  refine(text, candidates, options) {
    return candidates.map((c, i) => {
      if ((c.to ?? c.from).day === null) return c;
      const limit = limitAfter(candidates, i, text.length);
      const m = WEEKDAY_AFTER.exec(text.slice(c.end, Math.min(limit, c.end + 8)));
      if (!m) return c;
      const end = c.end + m[0].length;
      const lone = !/[星礼周]/.test(m[0]);
      if (lone && !loneWeekdayFits(text, c, weekdayValue(m.groups?.w), end, options)) return c;
      return { ...c, end };
    });
  },
};

/**
 * One school or financial year named by its two calendar years (2014-2015学年, 2012-2013年度, 2019学年):
 * a single period, so 起 after it or 到 before it makes it a start or a deadline like any date.
 */
function onePeriod(text: string, c: Candidate): boolean {
  return c.kind === 'range' && c.to !== null && c.from.year !== null && c.to.year === c.from.year + 1 && c.from.month === null && c.to.month === null && /(?:学年度?|年度)$/.test(text.slice(c.start, c.end));
}

/** 3月8日前 (deadline), 2007年以来, 2014年9月起, 2014-2015学年起 (start). */
const attachKinds: Refiner = {
  id: 'attach-kinds',
  refine(text, candidates) {
    return candidates.map((c, i) => {
      if (c.kind !== 'point' && !onePeriod(text, c)) return c;
      const limit = limitAfter(candidates, i, text.length);
      const after = text.slice(c.end, Math.min(limit, c.end + 4));
      for (const w of KIND_WORDS) {
        if (!after.startsWith(w.word)) continue;
        const next = text.slice(c.end + w.word.length, c.end + w.word.length + 8);
        if (w.notBefore?.test(next) || w.notBeforeAlso?.test(next)) continue;
        return { ...c, end: c.end + w.word.length, kind: w.kind };
      }
      return c;
    });
  },
};

/** Joins between two dates; 一 stands for a dash when both sides are written in Arabic digits. */
const RANGE_GAP = /^ ?(?:—{1,2}|–|-{1,2}|~|～|至|到) ?$/;
const DASH_ONE_GAP = /^ ?一 ?$/;
/** A bare day after a dash: 3月3日—15日, 一月十日到十二日. */
const DAY_TAIL = new RegExp(`^ ?${RANGE_SEP} ?(${DAY}) ?[日号]`);
/** 自2023年1月1日起至…: a start followed by the end of its period. */
const START_THEN_END = /^ ?[至到] ?$/;
/** …至2023年12月31日止: the word closing a period, kept in the range's text. */
const CLOSING_WORD = '止';

/** 2012年11月—2013年3月, 2012年11月一2013年3月, 3月3日—3月15日, 3月3日—15日. */
const mergeRanges: Refiner = {
  id: 'merge-ranges',
  refine(text, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      if (!a) continue;
      const next = candidates[i + 1];
      if (a.kind === 'start' && a.to === null && next && next.to === null && next.kind === 'point' && START_THEN_END.test(text.slice(a.end, next.start))) {
        const end = text.startsWith(CLOSING_WORD, next.end) ? next.end + CLOSING_WORD.length : next.end;
        out.push({ ...a, end, to: next.from, kind: 'range', modifier: null, rule: `${a.rule}+${next.rule}` });
        i++;
        continue;
      }
      if (a.to !== null || a.kind !== 'point') {
        out.push(a);
        continue;
      }
      const b = candidates[i + 1];
      if (b && b.to === null && (b.kind === 'point' || b.kind === 'deadline')) {
        const gap = text.slice(a.end, b.start);
        const arabic = /[0-9]/.test(text.slice(a.start, a.end)) && /^[0-9]/.test(text.slice(b.start, b.end));
        if (RANGE_GAP.test(gap) || (arabic && DASH_ONE_GAP.test(gap))) {
          const end = text.startsWith(CLOSING_WORD, b.end) && /[至到]/.test(gap) ? b.end + CLOSING_WORD.length : b.end;
          out.push({ ...a, end, to: b.from, kind: 'range', modifier: null, rule: `${a.rule}+${b.rule}` });
          i++;
          continue;
        }
      }
      if (a.from.day !== null) {
        const limit = b?.start ?? text.length;
        const tail = DAY_TAIL.exec(text.slice(a.end, Math.min(limit, a.end + 8)));
        const day = smallValue(tail?.[1], 31);
        if (tail && day !== null && day > a.from.day) {
          out.push({ ...a, end: a.end + tail[0].length, to: { ...a.from, day }, kind: 'range', modifier: null });
          continue;
        }
      }
      out.push(a);
    }
    return out;
  },
};

/** The end of a date just before a lead word: then the word joins a range (3月到2025年底), it does not lead. */
const DATE_END_BEFORE = /[0-9〇○零一二三四五六七八九十年月日号底末初旬度]$/;
/** Where the clause after a date ends (the words showing a reached state must stand in it). */
const CLAUSE_END = /[。；;！!？?\n]/;
const CLAUSE_MAX = 24;

/** 到2025年底,建成… / 至2024年: a date led by 到 or 至 is the time by which a goal is met (deadline). */
const attachLeadWords: Refiner = {
  id: 'attach-lead-words',
  refine(text, candidates) {
    return candidates.map((c) => {
      if ((c.kind !== 'point' || c.to !== null) && !onePeriod(text, c)) return c;
      const w = LEAD_WORDS.find((l) => c.start >= l.word.length && text.startsWith(l.word, c.start - l.word.length));
      if (!w) return c;
      const before = text.slice(Math.max(0, c.start - w.word.length - 2), c.start - w.word.length);
      if (w.notAfter.test(before) || DATE_END_BEFORE.test(before)) return c;
      const rest = text.slice(c.end, c.end + CLAUSE_MAX);
      const clause = rest.slice(0, rest.search(CLAUSE_END) < 0 ? rest.length : rest.search(CLAUSE_END));
      if (REACHED_WORDS.some((r) => clause.includes(r))) return c;
      return { ...c, kind: w.kind };
    });
  },
};

/**
 * The refiners, in the order they run. Weekdays attach twice: to each date before ranges are
 * joined (2月8日(三)至2月9日(四)), and to the bare day a joined range ends on (2月8日至9日(四)).
 */
export const DATE_REFINERS: readonly Refiner[] = [
  dropStamps, dropOverlaps, attachModifiers, attachWeekdays, attachKinds, mergeRanges, attachWeekdays, attachLeadWords,
];

/** Runs every refiner in order. */
export function refine(
  text: string,
  candidates: readonly Candidate[],
  options: ParseOptions = { vague: false },
  refiners: readonly Refiner[] = DATE_REFINERS,
): Candidate[] {
  return refiners.reduce<Candidate[]>((acc, r) => r.refine(text, acc, options), [...candidates]);
}
