// Choosing a consistent outline among marker candidates (DESIGN.md step 2): a beam search
// over text order whose state is the stack of open levels (style + last ordinal), so one
// false "3." cannot block the real one the way greedy acceptance would.
import type { MarkerCandidate, MarkerStyle } from './markers.js';

/** A candidate kept in the outline, with its depth (1 = top). */
export interface OutlineEntry {
  readonly candidate: MarkerCandidate;
  readonly depth: number;
}

/** Structural terms added to a candidate's context score (rules are data). */
export const STRUCTURE_SCORE = {
  /** Next number of an open level (2 after 1). */
  next: 2,
  /** One number skipped (3 after 1): a marker lost to noise. */
  skip: -2.5,
  /** The same number again (a typo in the document). */
  repeat: -3,
  /** A level below the top counting again from 1 under the same parent (a second list in one section). */
  restart: -2.5,
  /** The top level counting again from 1 where a report's plan part opens (展望2005,计划如下: 一、…). */
  newPart: 0,
  /** First child of a new level. */
  first: 1,
  /** A new level that continues its count from the previous parent's children (5 under (二) after 1–4 under (一)). */
  continued: 1.5,
  /** …from children at another depth: the document numbers one list through all its parts. */
  continuedElsewhere: 0.5,
  /** A new level starting at 2: its first marker was lost. */
  missedFirst: -3.5,
  /** An excerpt's first line opening at a later number of its ladder ((四) 培育下一代: one chapter saved alone). */
  excerpt: 0,
  /** A child whose style conventionally sits inside its parent's (一、 → (一) → 1. → (1) → ①). */
  inward: 0.5,
  /** A child whose style conventionally sits outside its parent's (一、 under 1.). */
  outward: -6,
  /** …where the two Arabic styles are the pair documents often swap (1. under (1): 案由 items). */
  swapped: -2.5,
  /** A style reused at a deeper level while it is still open above. */
  reused: -3,
  /** The next number written in a sibling style of the open level (3. after 1、 2、): a typo. */
  alias: -1.5,
  /** A decimal marker whose prefix names its parent (1.1 under 1.): the number itself proves the nesting. */
  ladder: 1.5,
} as const;

/** Conventional nesting rank of each style, outermost first; 第X阶段-style markers have none. */
const STYLE_RANK: Readonly<Record<string, number>> = {
  // Taiwan documents put 壹、 above 一、
  'cap-dun': 0,
  'cn-dun': 1,
  'cn-dot': 1,
  'cn-paren': 2,
  'ar-dot': 3,
  'ar-dun': 3,
  'ar-paren': 4,
  'ar-rparen': 4,
  'ar-colon': 3,
  'cn-rparen': 2,
  circled: 5,
  // letter items sit where 1. sits (A. B. under (一)); a) beside (1)
  'lat-dot': 3,
  'lat-paren': 4,
  // a. b. usually under 1. items
  'lat-low-dot': 4,
  // chapters hold everything (第X节 may be a lesson period, 第X条 and 第X阶段 sit wherever the document puts them)
  'di-章': -1,
};

/** Styles that documents mix up within one list. */
const ALIASES: Readonly<Record<string, MarkerStyle>> = {
  'ar-dot': 'ar-dun',
  'ar-dun': 'ar-dot',
  'cn-dun': 'cn-dot',
  'cn-dot': 'cn-dun',
  'ar-paren': 'ar-rparen',
  'ar-rparen': 'ar-paren',
  'cn-paren': 'cn-rparen',
  'cn-rparen': 'cn-paren',
};

const BEAM_WIDTH = 24;
/** Tie-break toward the shallower of two open levels of one style. */
const SHALLOWER = 0.01;

interface Level {
  readonly style: MarkerStyle;
  readonly ordinal: number;
  /** Decimal levels: the components before the ordinal ("1" for 1.2); '' otherwise. */
  readonly prefix: string;
  /** style:path, the level's part of a state's signature (built once, read per candidate). */
  readonly key: string;
}

function makeLevel(style: MarkerStyle, ordinal: number, prefix: string): Level {
  const path = prefix ? `${prefix}.${ordinal}` : String(ordinal);
  return { style, ordinal, prefix, key: `${style}:${path}` };
}

/** The decimal path a level's children extend: 1.2 for 1.2, 2 for 二、 or 2. */
function pathOf(level: Level): string {
  return level.prefix ? `${level.prefix}.${level.ordinal}` : String(level.ordinal);
}

function levelOf(c: MarkerCandidate): Level {
  return makeLevel(c.style, c.ordinal, c.prefix);
}

interface Accepted {
  readonly index: number;
  readonly depth: number;
  readonly prev: Accepted | null;
}

interface State {
  readonly stack: readonly Level[];
  /** Last closed level per depth (index = depth - 1), for counts that continue across parents. */
  readonly memo: readonly (Level | null)[];
  readonly score: number;
  readonly accepted: Accepted | null;
  /** Stack and memo as a string: states with equal keys behave alike from here on. */
  readonly key: string;
}

/** The best-scoring valid outline: the kept candidates in text order with their depths. */
export function chooseOutline(candidates: readonly MarkerCandidate[]): OutlineEntry[] {
  let beam: State[] = [{ stack: [], memo: [], score: 0, accepted: null, key: signature([], []) }];
  candidates.forEach((c, index) => {
    const accepted = beam.map((state) => transitions(state, c, index));
    // no state can take c: rejecting it everywhere leaves the beam as it is (distinct, sorted)
    if (accepted.every((a) => a.length === 0)) return;
    const next = new Map<string, State>();
    const keep = (s: State): void => {
      const old = next.get(s.key);
      if (!old || s.score > old.score) next.set(s.key, s);
    };
    beam.forEach((state, i) => {
      keep(state); // reject c
      for (const s of accepted[i] ?? []) keep(s);
    });
    beam = [...next.values()].sort((a, b) => b.score - a.score).slice(0, BEAM_WIDTH);
  });
  const best = beam[0];
  const out: OutlineEntry[] = [];
  for (let a = best?.accepted ?? null; a; a = a.prev) {
    const candidate = candidates[a.index];
    if (candidate) out.push({ candidate, depth: a.depth });
  }
  return out.reverse();
}

function signature(stack: readonly Level[], memo: readonly (Level | null)[]): string {
  let key = '';
  for (const l of stack) key += key ? `/${l.key}` : l.key;
  key += '|';
  memo.forEach((l, i) => {
    key += (i > 0 ? '/' : '') + (l ? l.key : '-');
  });
  return key;
}

/** Every way `c` can be accepted from `state`. */
function transitions(state: State, c: MarkerCandidate, index: number): State[] {
  const out: State[] = [];
  const { stack } = state;
  const at = findStyle(stack, c.style);
  // a sibling of an open level (going back up when it is an ancestor); when the style is open at
  // two depths, either may continue, the shallower by a hair (an inline 一、二、 list inside 三、 ends at 四、)
  const decimal = c.prefix !== '';
  stack.forEach((level, j) => {
    // 1.2 continues 1.1 only: a decimal sibling shares its prefix
    if (level.style !== c.style || level.prefix !== c.prefix) return;
    const step = c.ordinal - level.ordinal;
    const bonus =
      step === 1 ? STRUCTURE_SCORE.next
      : step === 2 ? STRUCTURE_SCORE.skip
      : step === 0 ? STRUCTURE_SCORE.repeat
      : c.ordinal === 1 && j > 0 && !decimal ? STRUCTURE_SCORE.restart
      // the top level restarts only where a plan part opens; otherwise that is another document or a list
      : c.ordinal === 1 && j === 0 && c.opensPart ? STRUCTURE_SCORE.newPart
      : null;
    if (bonus === null) return;
    const memo = closeLevels(state.memo, stack, j + 1);
    const gain = c.score + bonus + SHALLOWER * (at - j);
    out.push(accept(state, [...stack.slice(0, j), levelOf(c)], memo, gain, index, j + 1));
  });
  // the next number in a look-alike style (1、 2、 3. 4、): the level keeps its own style
  const alias = ALIASES[c.style];
  const aliasAt = at < 0 && alias ? findStyle(stack, alias) : -1;
  const aliased = stack[aliasAt];
  if (aliased && c.ordinal === aliased.ordinal + 1) {
    const memo = closeLevels(state.memo, stack, aliasAt + 1);
    const gain = c.score + STRUCTURE_SCORE.next + STRUCTURE_SCORE.alias;
    out.push(accept(state, [...stack.slice(0, aliasAt), makeLevel(aliased.style, c.ordinal, '')], memo, gain, index, aliasAt + 1));
  }
  // a style that conventionally holds the whole open outline (第二章 after ①–⑤, 壹、 after the
  // header fields 一、时间…四、主席) opens a new top level rather than nesting under it; a lone
  // 1. before 一、 is no list to stand beside it
  const bottom = stack[0];
  if (bottom && bottom.ordinal >= 2 && !decimal && at < 0 && outranks(c.style, bottom.style)) {
    const bonus = c.ordinal === 1 ? STRUCTURE_SCORE.first : c.ordinal === 2 ? STRUCTURE_SCORE.missedFirst : null;
    if (bonus !== null) out.push(accept(state, [levelOf(c)], closeLevels(state.memo, stack, 0), c.score + bonus, index, 1));
  }
  // a new level under the deepest open one
  const top = stack[stack.length - 1];
  if (decimal) {
    // 1.1 opens under the level numbered 1 (1., 1, 一、 or (一)); 1.2.1 under 1.2
    if (!top || pathOf(top) !== c.prefix || top.style === c.style) return out;
    const bonus = c.ordinal === 1 ? STRUCTURE_SCORE.first : c.ordinal === 2 ? STRUCTURE_SCORE.missedFirst : null;
    if (bonus !== null) {
      const depth = stack.length + 1;
      const gain = c.score + bonus + STRUCTURE_SCORE.ladder;
      out.push(accept(state, [...stack, levelOf(c)], state.memo.slice(0, depth), gain, index, depth));
    }
    return out;
  }
  if (!top || top.style !== c.style) {
    const depth = stack.length + 1;
    const prior = state.memo[depth - 1] ?? null;
    let bonus: number | null = null;
    const countsOn = (l: Level | null): boolean => l !== null && l.style === c.style && c.ordinal === l.ordinal + 1 && c.ordinal !== 1;
    if (countsOn(prior)) bonus = STRUCTURE_SCORE.continued;
    // a count kept through the whole document (【重点任务25】 under (二) after 【重点任务24】 under 九、)
    else if (state.memo.some(countsOn)) bonus = STRUCTURE_SCORE.continuedElsewhere;
    else if (c.ordinal === 1) bonus = STRUCTURE_SCORE.first;
    else if (c.ordinal === 2) bonus = STRUCTURE_SCORE.missedFirst;
    else if (c.opensText && stack.length === 0) bonus = STRUCTURE_SCORE.excerpt;
    if (bonus !== null) {
      if (at >= 0) bonus += STRUCTURE_SCORE.reused;
      bonus += nestingTerm(top?.style ?? null, c.style);
      // deeper memos belonged to the previous parent's subtree
      const memo = state.memo.slice(0, depth);
      out.push(accept(state, [...stack, levelOf(c)], memo, c.score + bonus, index, depth));
    }
  }
  return out;
}

function accept(state: State, stack: Level[], memo: readonly (Level | null)[], gain: number, index: number, depth: number): State {
  return { stack, memo, score: state.score + gain, accepted: { index, depth, prev: state.accepted }, key: signature(stack, memo) };
}

/** Deepest open level of `style`, or -1. */
function findStyle(stack: readonly Level[], style: MarkerStyle): number {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]?.style === style) return i;
  return -1;
}

/** Records the levels at index >= `from` as closed (the memo of their depths). */
function closeLevels(memo: readonly (Level | null)[], stack: readonly Level[], from: number): (Level | null)[] {
  const out = [...memo];
  for (let i = from; i < stack.length; i++) {
    while (out.length <= i) out.push(null);
    out[i] = stack[i] ?? null;
  }
  return out;
}

/** Whether `outer` conventionally sits outside `inner` (第X章 outside ①, 壹、 outside 一、). */
export function outranks(outer: MarkerStyle, inner: MarkerStyle): boolean {
  const o = STYLE_RANK[outer];
  const i = STYLE_RANK[inner];
  return o !== undefined && i !== undefined && o < i;
}

/** Arabic styles one rank apart that documents use either way round ((1) holding 1. as often as 1. holding (1)). */
const SWAPPABLE = new Set(['ar-paren', 'ar-rparen', 'ar-dot', 'ar-dun']);

function nestingTerm(parent: MarkerStyle | null, child: MarkerStyle): number {
  if (!parent) return 0;
  const p = STYLE_RANK[parent];
  const c = STYLE_RANK[child];
  if (p === undefined || c === undefined) return 0;
  if (c > p) return STRUCTURE_SCORE.inward;
  if (c === p) return 0;
  return SWAPPABLE.has(parent) && SWAPPABLE.has(child) && p - c === 1 ? STRUCTURE_SCORE.swapped : STRUCTURE_SCORE.outward;
}
