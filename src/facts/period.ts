// The period: the years a plan plans for, or a report reviews plus the year it also plans (a
// government work report delivered in 2024 reviews 2023 and plans 2024 → 2023..2024).
// Rule order: the title's years (a planning period named in the title counts: 十四五规划 →
// 2021–2025) → years named by top-level sections → a plan's dated phases or its year-by-year
// schedule → the document's year.
import type { Period } from '../schema/document.js';
import type { Calendar } from '../text/calendar/types.js';
import type { TitleKind } from './kind.js';
import { PLAN_TITLE_WORDS, SUMMARY_TITLE_WORDS } from './lexicon.js';
import { parseChineseNumeral } from '../text/numerals.js';
import type { DocumentYear, PeriodSource, SectionYear, WrittenDate } from './types.js';
import { titleYears } from './year.js';
import { writtenDates, yearOf } from './written.js';
import { maxOf, minOf } from '../text/extremes.js';

/** Years named in a title string (planning periods included): 2016年工作总结及2017年工作计划 → 2016..2017. */
export function periodFromTitle(title: string, calendar: Calendar = 'gregorian'): Period | null {
  const found = writtenDates(title, calendar);
  const first = found[0];
  if (!first) return null;
  const ranged = found.find((d) => d.end !== null);
  if (ranged?.end) return { start: ranged.value.slice(0, 4), end: ranged.end.slice(0, 4) };
  const years = found.map((d) => yearOf(d.value));
  const last = maxOf(years);
  if (years.length === 1) {
    const before = title.slice(0, first.span[0]);
    const after = title.slice(first.span[1]);
    const summaryThenPlan = SUMMARY_TITLE_WORDS.some((w) => before.includes(w)) && PLAN_TITLE_WORDS.some((w) => after.includes(w));
    if (summaryThenPlan) return { start: String(last - 1), end: String(last) };
  }
  return { start: String(minOf(years)), end: String(last) };
}

/** A plan's own length in its title: 三年行动方案, 五年攻坚计划. */
const TITLE_DURATION = /([二三四五六七八九十两]|[2-9])年(?:行动|攻坚|专项行动|提升行动|规划)/;
/** …or near the start of its body: 用4年左右时间, 利用三年时间 (later, such a phrase times one task). */
const BODY_DURATION = /(?:用|利用|经过|花)([一二三四五六七八九十两]|[1-9]|10)年(?:左右)?时间/;
/** …or anywhere, of the document itself: 试行1年, 有效期为五年 (its closing articles say so). */
const VALIDITY = /(?:试行|试行期为?|有效期为?|有效期限为?)([一二三四五六七八九十两]|[1-9]|10)年/;
/** How far into the body a plan states its own length. */
const DURATION_REACH = 3000;

/** A count of years written in digits or Chinese numerals (3, 三, 两), when it lies in [min, 10]. */
function yearCount(n: string, min = 1): number | null {
  const v = /^[0-9]+$/.test(n) ? Number(n) : n === '两' ? 2 : parseChineseNumeral(n);
  return v !== null && v >= min && v <= 10 ? v : null;
}

/** How many years a plan says it runs (its title's 三年行动, or 用4年左右时间 / 试行1年 in its body), or null. */
export function planDuration(title: string | null, text: string): number | null {
  const t = title ? TITLE_DURATION.exec(title) : null;
  if (t?.[1]) return yearCount(t[1]);
  const n = BODY_DURATION.exec(text.slice(0, DURATION_REACH))?.[1] ?? VALIDITY.exec(text)?.[1];
  return n ? yearCount(n) : null;
}

/** 近三年工作总结, 五年来工作回顾: how many years a title looks back over. */
const YEARS_BACK = /(?:近|这|过去)([二三四五六七八九十两]|[2-9])年|([二三四五六七八九十两]|[2-9])年来/;

export function yearsBack(title: string): number | null {
  const m = YEARS_BACK.exec(title);
  return yearCount(m ? (m[1] ?? m[2] ?? '') : '', 2);
}

/** A line opening with a year of the schedule (2017年度,资金投入80万元; 2018年:完成验收). */
const YEAR_ENTRY = /^((?:19|20)[0-9]{2})年度?[,，:：]/;
/** A table header cell that is a year (2016年, 2017年度). */
const YEAR_CELL = /^((?:19|20)[0-9]{2})年度?$/;

/**
 * The run of consecutive years a plan is scheduled or budgeted over, line by line or in a table's
 * header, when it holds the document's year: null otherwise (two years at least).
 */
export function yearByYear(text: string, year: number): Period | null {
  const runs: number[][] = [];
  let entries: number[] = [];
  const close = (): void => {
    if (entries.length > 0) runs.push(entries);
    entries = [];
  };
  for (const line of text.split('\n')) {
    const cells = line.includes('\t') ? line.split('\t').map((c) => YEAR_CELL.exec(c.trim())?.[1]).filter((y): y is string => y !== undefined) : [];
    if (cells.length >= 2) runs.push(cells.map(Number));
    const entry = YEAR_ENTRY.exec(line.trim())?.[1];
    if (entry) entries.push(Number(entry));
    else if (line.trim() !== '') close();
  }
  close();
  const consecutive = runs.filter((r) => r.length >= 2 && r.every((y, i) => i === 0 || y === (r[i - 1] as number) + 1) && r.includes(year));
  const longest = consecutive.sort((a, b) => b.length - a.length)[0];
  return longest ? span(longest) : null;
}

/** A meeting record's title (…会员大会会议纪录, …办公会议纪要). */
export const MINUTES_TITLE = /会议(?:纪要|纪录|记录)$/;
/** What an agenda item approves right after a year: last year's report and accounts, the coming year's plan and budget. */
const AGENDA_AFTER = /^[ \t]*(?:工作报告|工作总结|决算|工作计划|计划|预算)/;
/** How far from the meeting's year an agenda item's year may be. */
const AGENDA_REACH = 1;

/**
 * The years a meeting record's agenda approves (本学会105年度工作报告与决算案, 106年工作计划与预算案),
 * with the meeting's own year: two years at least, else null.
 */
export function agendaYears(text: string, dates: readonly WrittenDate[], year: number): Period | null {
  const years = dates
    .filter((d) => d.end === null && AGENDA_AFTER.test(text.slice(d.span[1], d.span[1] + 6)))
    .map((d) => yearOf(d.value))
    .filter((y) => Math.abs(y - year) <= AGENDA_REACH);
  const all = [...new Set([...years, year])];
  return years.length > 0 && all.length >= 2 ? span(all) : null;
}

export interface PeriodInput {
  readonly text: string;
  /** The document's calendar, for the years of its title. */
  readonly calendar: Calendar;
  readonly title: string | null;
  readonly genre: TitleKind;
  readonly year: DocumentYear | null;
  readonly dates: readonly WrittenDate[];
  readonly sectionYears: readonly SectionYear[];
  /** Delivered as a speech (——2024年3月5日在…会议上): a report delivered early in a year reviews the year before. */
  readonly delivered: string | null;
  /** The issue date (ISO), when the document has one: a plan that runs N years runs from it. */
  readonly issued?: string | null;
}

export interface PeriodFound {
  readonly period: Period;
  readonly source: PeriodSource;
  /** The last year reviewed, for a report; null for a plan. */
  readonly reviewed: number | null;
}

const span = (years: readonly number[]): Period => ({ start: String(minOf(years)), end: String(maxOf(years)) });
/** Last month in which a speech report (a government work report) is delivered for its own year. */
const DELIVERED_UNTIL_MONTH = 6;
/** How much of the start holds a title-like phrase when no title was found. */
const HEAD = 300;

/** The period and where it came from, or null when the document names no year at all. */
export function decidePeriod(input: PeriodInput): PeriodFound | null {
  const plan = input.genre === 'plan';
  const result = (period: Period, source: PeriodSource, reviewed: number | null): PeriodFound => ({ period, source, reviewed: plan ? null : reviewed });
  const fromTitle = input.title ? periodFromTitle(input.title, input.calendar) : null;
  const year = input.year?.year ?? null;
  // a report delivered to a congress in the first half of a year (a government work report) reviews
  // the year before and plans its own, whatever label year its title carries (政府工作报告(2018))
  const month = input.delivered ? Number(input.delivered.slice(5, 7)) : 0;
  const titleSaysOwnYear = !fromTitle || (fromTitle.start === fromTitle.end && Number(fromTitle.start) === year);
  if (!plan && input.genre === 'report' && year !== null && month >= 1 && month <= DELIVERED_UNTIL_MONTH && titleSaysOwnYear) {
    return result({ start: String(year - 1), end: String(year) }, 'delivered', year - 1);
  }
  const head = fromTitle ? null : titleYears(input.text, HEAD, input.dates);
  const named = fromTitle ?? (head ? { start: String(head.start), end: String(head.end) } : null);
  if (named) {
    // a report's title names the year it reviews; a summary-and-plan title reviews its first year
    const reviewed = input.genre === 'mixed' ? Number(named.start) : Number(named.end);
    // …2022年度…情况报告 whose top-level part plans the next year (二、2023年工作计划) also plans it
    const next = Number(named.end) + 1;
    const plansNext = !plan && named.start === named.end && input.sectionYears.some((s) => s.top && !s.review && s.year === next);
    return result(plansNext ? { start: named.start, end: String(next) } : named, 'title', reviewed);
  }
  const top = input.sectionYears.filter((s) => s.top);
  const reviews = top.filter((s) => s.review).flatMap((s) => [s.from, s.year]);
  const plans = top.filter((s) => !s.review).map((s) => s.year);
  if (plan && plans.length > 0) return result(span(plans), 'sections', null);
  if (!plan && (reviews.length > 0 || plans.length > 0)) {
    const years = [...reviews, ...plans];
    // the report speaks from a later year than it reviews: it plans that year (a government work report)
    if (year !== null && (reviews.length === 0 || year > maxOf(reviews))) years.push(year);
    return result(span(years), 'sections', reviews.length > 0 ? maxOf(reviews) : year);
  }
  if (input.genre !== 'report' && input.genre !== 'mixed') {
    const phases = input.dates.filter((d) => d.kind === 'range' && d.end !== null && d.value.length >= 7);
    if (phases.length >= 2) {
      return result(span([...phases.map((d) => yearOf(d.value)), ...phases.map((d) => yearOf(d.end ?? d.value))]), 'timeline', null);
    }
  }
  if (year === null) return null;
  // a plan that schedules or budgets year by year (2016年度,资金投入60万元 / 2017年度… ; a table
  // headed 2016年 | 2017年 | 2018年) runs over those years
  const yearly = input.genre !== 'report' && input.genre !== 'mixed' ? yearByYear(input.text, year) : null;
  if (yearly) return result(yearly, 'timeline', null);
  // plans, and rules and measures (办法, 细则) that are no report
  const runs = input.genre !== 'report' && input.genre !== 'mixed' ? planDuration(input.title, input.text) : null;
  if (runs !== null) {
    // issued after January, a plan of N years reaches into the N-th year after
    const month = input.issued && input.issued.length >= 7 ? Number(input.issued.slice(5, 7)) : 1;
    return result({ start: String(year), end: String(year + runs - (month > 1 ? 0 : 1)) }, 'duration', null);
  }
  // a meeting record approving last year's report and this year's plan spans both
  const agenda = MINUTES_TITLE.test(input.title ?? '') ? agendaYears(input.text, input.dates, year) : null;
  if (agenda) return result(agenda, 'agenda', Number(agenda.start));
  // 近三年工作总结 signed in 2019 reviews 2016–2018
  const back = yearsBack(input.title ?? input.text.slice(0, HEAD));
  return result({ start: String(back ? year - back + 1 : year), end: String(year) }, 'year', year);
}
