// Fallbacks for `issued` and `period` when src/extract/dates' inferIssued / inferPeriod find
// nothing (e.g. the date extractor missed a signature): the signature's date, the title's years.
import type { DateMention, DateValue, Period } from '../schema/document.js';
import { closingSignature, signatures } from './header.js';

const TAIL = 200;

/** The signing date: the last signature-shaped date near the end, else one in the first lines. */
export function signatureIssued(text: string, dates: readonly DateMention[]): DateValue | null {
  const tail = signatures(text, Math.max(0, text.length - TAIL));
  const head = signatures(text, 0, Math.min(text.length, 400));
  // a signature before an appended schedule (附件) comes before a bare date at the very end
  const sig = tail.filter((s) => s.issuer).pop() ?? closingSignature(text) ?? tail.pop() ?? head.find((s) => s.issuer) ?? null;
  if (!sig) return null;
  const mention = dates.find((d) => d.span[0] === sig.date.span[0]);
  return { text: sig.date.text, value: mention?.value ?? sig.date.value, span: [sig.date.span[0], sig.date.span[1]] };
}

const YEAR_RANGE = /((?:19|20)\d{2})\s*[-—–~至到]\s*((?:19|20)\d{2})\s*(?:年|学年)?/;
const YEAR = /((?:19|20)\d{2})\s*(?:年|学年|年度)/;

/** Years the document plans for or reviews, from its title (2014年… → 2014; 2013-2015年 → 2013..2015). */
export function titlePeriod(title: string | null): Period | null {
  if (!title) return null;
  const range = YEAR_RANGE.exec(title);
  if (range?.[1] && range[2]) return { start: range[1], end: range[2] };
  const year = YEAR.exec(title);
  return year?.[1] ? { start: year[1], end: year[1] } : null;
}
