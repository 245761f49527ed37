// The document number (灞校发〔2014〕05号), and the organ its code names when the document names none.
import type { Section } from '../schema/document.js';
import { CENTRAL_NUMBER_CODES, PROVINCE_CODES, PROVINCE_ORGAN_CODES } from './lexicon.js';
import { headerEnd } from './text.js';

const DOC_NUMBER = /(\p{Script=Han}{0,12})\s*[〔［\[(（]\s*((?:19|20)\d{2})\s*[〕］\])）]\s*(\d{1,4})\s*号/gu;
/** The same, for one value (a metadata field): not global, so it keeps no position between calls. */
const ONE_DOC_NUMBER = new RegExp(DOC_NUMBER.source, 'u');
/** What follows a cited number (〔2013〕4号文件精神): a citation, not this document's number. */
export const CITATION_AFTER = /^\s*(?:[)）》”]|文件|精神|的|要求|规定|通知)/;
const CITATION_BEFORE = new Set(['(', '（', '《', '》', '“']);
const PREFIX_MAX = 8;

export interface DocNumber {
  /** Brackets normalized to 〔〕 (the official form). */
  readonly value: string;
  /** The issuer's code before the bracket (灞校发), possibly empty. */
  readonly code: string;
  /** The year the number names (〔2014〕), or the ROC year a Taiwan number opens with (第1120000123号 → 2023), else null. */
  readonly year: number | null;
  /** Where it is printed; null when it came from the file's metadata (文号: field). */
  readonly span: readonly [number, number] | null;
}

/** A Taiwan document number: 院台忠字第1125000424号, 北市青中教字第1120000123号 (the digits open with the ROC year). */
const TAIWAN_NUMBER = /(?<![\p{Script=Han}])(?:[年月日号])?(\p{Script=Han}{1,12}字)第([0-9]{5,12})号|(?<=[0-9][年月日])(\p{Script=Han}{1,12}字)第([0-9]{5,12})号/u;
/** ROC years a Taiwan number may open with (100 = 2011 …). */
const ROC_YEARS = { min: 80, max: 150 } as const;

/** The document number in the header (before the first section), or null. */
export function findDocNumber(text: string, sections: readonly Section[]): DocNumber | null {
  const header = text.slice(0, headerEnd(text, sections));
  for (const m of header.matchAll(DOC_NUMBER)) {
    const run = m[1] ?? '';
    // a long Han run is a sentence: only its tail can be the issuer's code
    const prefix = run.length > PREFIX_MAX ? run.slice(-4) : run;
    const start = m.index + run.length - prefix.length;
    const end = m.index + m[0].length;
    const before = header[start - 1];
    if (run.length <= PREFIX_MAX && before !== undefined && CITATION_BEFORE.has(before)) continue;
    if (CITATION_AFTER.test(header.slice(end, end + 4))) continue;
    return { value: `${prefix}〔${m[2]}〕${m[3]}号`, code: prefix, year: Number(m[2]), span: [start, end] };
  }
  const tw = TAIWAN_NUMBER.exec(header);
  const code = tw?.[1] ?? tw?.[3];
  const digits = tw?.[2] ?? tw?.[4];
  if (tw && code && digits) {
    const roc = Number(digits.slice(0, 3));
    const year = roc >= ROC_YEARS.min && roc <= ROC_YEARS.max ? roc + 1911 : null;
    const value = `${code}第${digits}号`;
    const start = tw.index + tw[0].length - value.length;
    return { value, code, year, span: [start, start + value.length] };
  }
  return null;
}

/**
 * A document number given by the file's metadata (front matter or a field header `文号:`), read as
 * printed numbers are; null when the field holds no number (无, a date).
 */
export function metadataDocNumber(values: readonly string[]): DocNumber | null {
  for (const value of values) {
    const m = ONE_DOC_NUMBER.exec(value.trim());
    if (m) return { value: `${m[1] ?? ''}〔${m[2]}〕${m[3]}号`, code: m[1] ?? '', year: Number(m[2]), span: null };
  }
  return null;
}

/**
 * The organ a document number's code names, for the codes everyone reads the same way: central
 * organs (国发 → 国务院, 教基 → 教育部) and provinces (苏政发 → 江苏省人民政府, 鲁教 → 山东省教育厅).
 * Local codes (灞校发) name organs only their readers know: null.
 */
export function organOfCode(code: string): string | null {
  for (const { code: c, organ } of CENTRAL_NUMBER_CODES) if (code.startsWith(c)) return organ;
  const province = PROVINCE_CODES[code[0] ?? ''];
  if (!province) return null;
  const rest = code.slice(1);
  for (const { code: c, organ } of PROVINCE_ORGAN_CODES) if (rest.startsWith(c)) return province + organ;
  return null;
}
