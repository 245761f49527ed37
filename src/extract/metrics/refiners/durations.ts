// Durations that only place events in time are no metrics: 过去一年, 一年来, 今后五年, 三年疫情,
// 经历了三年, 近五年来. Durations that are planned or measured stay: 用三年时间, 工期18个月,
// 培训不少于40学时, 学制三年, 3个月内.
import { PLACING_AFTER, PLACING_BEFORE } from '../lexicon.js';
import { alternation } from '../number.js';
import type { Candidate, Refiner } from '../types.js';

const BEFORE = new RegExp(`(?:${alternation(PLACING_BEFORE.filter((w) => w !== '前'))}|(?<![提学])前)$`);
const AFTER = new RegExp(`^(?:${alternation(PLACING_AFTER)})`);
/** How far back a placing word is looked for (过去的). */
const REACH = 4;

/** Does the duration place events in time (its words around say when, not how long)? */
export function placesInTime(c: Candidate, text: string): boolean {
  if (c.dimension !== 'duration') return false;
  // 不少于40学时, 3个月内, 5年以上: a bound says how long something must last
  if (c.qualifier === 'at_least' || c.qualifier === 'at_most' || c.qualifier === 'less_than') return false;
  const before = text.slice(Math.max(0, c.start - REACH), c.start);
  return BEFORE.test(before) || AFTER.test(text.slice(c.end, c.end + REACH));
}

export const dropTimePlacing: Refiner = {
  id: 'time-placing',
  refine: (cands, text) => cands.filter((c) => !placesInTime(c, text)),
};
