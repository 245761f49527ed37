// Which calendar a document counts its years in. Taiwan documents use the ROC (Minguo) calendar
// (112年 = 2023) and often write bare three-digit years; a mainland text never does, so a bare
// 112年 is read as a year only in a document whose own words show the ROC calendar.
import { MONTH_AR, ROC_YEAR_3 } from './tokens.js';
import type { Calendar } from './types.js';

/**
 * 民国112年, 中华民国100年度: the calendar named with a recent year (民国二十年 or 民国38年 in a
 * mainland school history names the past, not the document's calendar).
 */
const MINGUO_RECENT = /民国 ?(?:[6-9][0-9]|1[0-9]{2}) ?年/;
/** 111学年度: a school year counted in ROC years. */
const ROC_SCHOOL_YEAR = new RegExp(`${ROC_YEAR_3} ?学年度`);
/**
 * 112年3月, 112年度: a bare three-digit year with a month or 度 (a two-digit 98年3月 may be a
 * mainland 1998; a bare 112年 may be a count).
 */
const ROC_YEAR_WRITTEN = new RegExp(`${ROC_YEAR_3} ?年(?:度| ?${MONTH_AR} ?月)`, 'g');
/**
 * 台军字第0960109218号, 北市教字第1120000123号: a Taiwan document number, ten digits whose first three
 * are the ROC year (○ may write the zeros); a mainland number is written 〔2014〕12号.
 */
const ROC_DOC_NUMBER = /字第 ?[0○〇]?(?:[4-9○〇九八七六五四][0-9○〇一二三四五六七八九]|1[0-9]{2})[0-9○〇一二三四五六七八九]{6,8} ?号/;
/** How many of those show the calendar without other evidence. */
const MIN_ROC_YEARS = 2;

/** Whether `text` (normalized, simplified) counts its years in the ROC calendar. */
export function usesRocCalendar(text: string): boolean {
  if (MINGUO_RECENT.test(text) || ROC_SCHOOL_YEAR.test(text) || ROC_DOC_NUMBER.test(text)) return true;
  let n = 0;
  for (const _ of text.matchAll(ROC_YEAR_WRITTEN)) if (++n >= MIN_ROC_YEARS) return true;
  return false;
}

/** The calendar of a document's text: ROC when its words show it, else Gregorian. */
export const calendarOf = (text: string): Calendar => (usesRocCalendar(text) ? 'roc' : 'gregorian');
