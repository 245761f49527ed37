// The mentions whose year is written (2024年3月5日, 2023年, 2014-2015学年), read with the calendar
// grammar: the raw material of the date line, the signature and the body-year rules.
import { scan } from '../text/calendar/engine.js';
import { refine } from '../text/calendar/refiners.js';
import { resolveCandidates } from '../text/calendar/resolve.js';
import type { Calendar } from '../text/calendar/types.js';
import type { WrittenDate } from './types.js';

/**
 * Every mention of `text` whose year is written, in text order (planning periods such as 十四五
 * included); `calendar` is the document's (in an ROC document 112年 is written 2023).
 */
export function writtenDates(text: string, calendar: Calendar = 'gregorian'): WrittenDate[] {
  const options = { vague: true, calendar };
  const candidates = refine(text, scan(text, options), options);
  return resolveCandidates(text, candidates, null)
    .resolved.filter((r) => !r.yearInferred)
    .map((r) => ({
      text: text.slice(r.candidate.start, r.candidate.end),
      value: r.value,
      end: r.end,
      kind: r.candidate.kind,
      modifier: r.candidate.modifier,
      span: [r.candidate.start, r.candidate.end] as const,
      rule: r.candidate.rule,
    }));
}

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** A planning period's name (十四五): it names years, but never the document's own. */
export const isPlanPeriod = (d: WrittenDate): boolean => d.rule === 'plan-period';

/** A full date (month at least) written as a single point: what a signature or a date line holds. */
export const isSignable = (d: WrittenDate): boolean => d.kind === 'point' && d.modifier === null && d.value.length >= 7 && !isPlanPeriod(d);
