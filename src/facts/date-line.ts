// The date line under a title: ——2024年3月5日在…会议上 (a speech or a government work report),
// （2018年1月2日） (a policy document), a cover's imprint (2015年8月教育部编印), and a date standing
// alone in the header (某某小学 2016年5月).
import { standsAlone } from './signature.js';
import type { WrittenDate } from './types.js';
import { isSignable } from './written.js';

/** How far into the document a date line may stand (the title and a line or two). */
export const DATE_LINE_REACH = 400;

export type DateLineKind = 'dash' | 'paren' | 'venue' | 'enacted' | 'meeting' | 'imprint';

export interface DateLine {
  readonly date: WrittenDate;
  readonly kind: DateLineKind;
}

/** ——2024年3月5日: a dash (or two) right before the date, the title or nothing before them. */
const DASH_BEFORE = /[—–－━─-]{1,2}[ \t]*$/;
/** （2018年1月2日: an opening parenthesis right before. */
const PAREN_BEFORE = /[(（][ \t]*$/;
/** …日）, or …日在…会议上通过）: the parenthesis closes on the same line. */
const PAREN_AFTER = /^[^()（）\n]{0,60}[)）]/;
/** 2024年3月5日在第十四届全国人民代表大会第二次会议上: the venue of a speech or report. */
const VENUE_AFTER = /^[ \t]*在[^。\n]{1,60}?(?:会议|大会|会|典礼|仪式|论坛)上/;

/**
 * 中华民国112年8月15日北市教字第1120000123号函订定: the line by which a Taiwan document records when
 * it was enacted or amended (a document number may stand between the date and the verb).
 */
const ENACTED_AFTER = /^[ \t]*(?:[^\n。]{0,40}?字第[0-9]{3,12}号)?(?:函|令)?(?:订定|发布|核定|修正|公布|印发|核备|备查|通过)/;
/** …or a date and the document number alone on their line: 112年1月17日院台忠字第1125000424号. */
const NUMBER_AFTER = /^[ \t]*[^\n。]{0,40}?字第[0-9]{3,12}号[ \t]*(?:\n|$)/;

/** 中华民国一○四年八月教育部编印, 2023年5月 某某局编制: a cover's imprint, the date then the organ that printed it. */
const IMPRINT_AFTER = /^[ \t]*[^\n。,，;；:：]{2,24}?(?:编印|印制|编制|编订|印行)[ \t]*(?:\n|$)/;

/** The first date line in the header (before `headerEnd` and DATE_LINE_REACH), or null. */
export function findDateLine(text: string, dates: readonly WrittenDate[], headerEnd: number): DateLine | null {
  const limit = Math.min(headerEnd, DATE_LINE_REACH);
  for (const d of dates) {
    if (d.span[0] >= limit) break;
    if (!isSignable(d)) continue;
    const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
    const before = text.slice(lineStart, d.span[0]);
    const after = text.slice(d.span[1], d.span[1] + 80);
    if (DASH_BEFORE.test(before)) return { date: d, kind: 'dash' };
    if (PAREN_BEFORE.test(before) && PAREN_AFTER.test(after)) return { date: d, kind: 'paren' };
    if (before.trim() === '' && VENUE_AFTER.test(after)) return { date: d, kind: 'venue' };
    if (before.trim() === '' && (ENACTED_AFTER.test(after) || NUMBER_AFTER.test(after))) return { date: d, kind: 'enacted' };
    if (before.trim() === '' && IMPRINT_AFTER.test(after)) return { date: d, kind: 'imprint' };
  }
  return null;
}

/** How much of the start holds a report's header date (工作汇报 / 某某中心小学 2016年5月). */
const STANDING_HEAD = 300;

/** A full date standing alone near the start (工作汇报 / 某某中心小学 2016年5月), or null. */
export function headerStandingDate(text: string, dates: readonly WrittenDate[]): WrittenDate | null {
  return dates.find((d) => d.span[0] < STANDING_HEAD && isSignable(d) && standsAlone(text, d)) ?? null;
}

/** 一、时间:2017年5月21日, 会议时间:…, 日期:… — the field of a meeting record that gives its day. */
const MEETING_FIELD_BEFORE = /^[ \t]*(?:[一二三四五六七八九十\d]{1,2}[、.．][ \t]*)?(?:会议|开会)?(?:时间|日期)[ \t]*[:：][ \t]*$/;

/** The day a meeting record's header field gives (its first full date), or null. */
export function meetingDate(text: string, dates: readonly WrittenDate[]): DateLine | null {
  for (const d of dates) {
    if (d.span[0] >= DATE_LINE_REACH) break;
    if (!isSignable(d)) continue;
    const lineStart = text.lastIndexOf('\n', d.span[0] - 1) + 1;
    if (MEETING_FIELD_BEFORE.test(text.slice(lineStart, d.span[0]))) return { date: d, kind: 'meeting' };
  }
  return null;
}
