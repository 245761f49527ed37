// Normalization: raw decoded text → clean simplified text (one rule per file in this folder), in this order:
//  1 control    line endings, BOM, zero-width and control characters (form feed = page break)
//  2 width      full-width ASCII → half-width, all spaces → " "
//  3 mojibake   臵 → 置, Kangxi/radical forms → ordinary characters
//  4 script     traditional → simplified, and the original's script
//  4b indent    an indented line starts a paragraph: a blank line before it (before rule 5 trims the indent)
//  5 spaces     collapse runs of spaces, trim lines
//  6 digits     "2 0 1 3年" → "2013年", "共有 6 年" → "共有6年"
//  7 pages      page markers → page-break sentinels
//  8 site-noise chrome of document-sharing sites
//  8b running  running headers/footers repeated at page breaks removed
//  9 titles     a title repeated at the top kept once
// 10 spaces     letter-spaced words ("报 告") joined
// 11 lines      hard breaks inside sentences joined, one "\n" between paragraphs
// 12 breaks     sentinels → `pageBreaks` offsets
import type { Warning } from '../schema/document.js';
import type { Metadata, Normalized } from '../types.js';
import { extractPageBreaks } from './breaks.js';
import { refoldFlatTables } from './flat-tables.js';
import { cleanControls } from './control.js';
import { joinSpacedDigits, tightenNumberSpacing } from './digits.js';
import { markIndentedParagraphs } from './indent.js';
import { joinLines } from './lines.js';
import { repairMojibake } from './mojibake.js';
import { removePageMarkers } from './pages.js';
import { toSimplified } from './script.js';
import { removeRunningHeaders } from './running.js';
import { removeSiteNoise } from './site-noise.js';
import { joinLetterSpaced, tidySpaces } from './spaces.js';
import { dedupeTitles } from './titles.js';
import { foldWidth } from './width.js';

export interface NormalizeOptions {
  /** Input format: PDF/DOCX readers already rebuilt lines, web pages carry site chrome. */
  readonly format?: string;
}

/** Formats whose readers write one line per paragraph, so a line break is a paragraph break unless clearly not. */
const PARAGRAPH_FORMATS: ReadonlySet<string> = new Set(['docx', 'doc']);

export function normalize(raw: string, options: NormalizeOptions = {}): Normalized {
  const warnings: Warning[] = [];
  const repaired = repairMojibake(foldWidth(cleanControls(raw)));
  if (repaired.count > 0) {
    warnings.push({ code: 'MOJIBAKE_REPAIRED', message: `${repaired.count} garbled character(s) repaired (e.g. 臵 → 置)` });
  }
  const converted = toSimplified(repaired.text);
  if (converted.script !== 'simplified') {
    warnings.push({ code: 'SCRIPT_CONVERTED', message: `the text is ${converted.script === 'mixed' ? 'partly ' : ''}in traditional characters; converted to simplified` });
  }
  const spaced = tightenNumberSpacing(joinSpacedDigits(tidySpaces(markIndentedParagraphs(converted.text))));
  const paged = removePageMarkers(refoldFlatTables(spaced).text);
  const cleaned = removeSiteNoise(paged.text);
  if (cleaned.removed > 0) {
    warnings.push({ code: 'SITE_NOISE_REMOVED', message: `${cleaned.removed} line(s) of web-page chrome removed` });
  }
  const running = removeRunningHeaders(cleaned.text);
  if (running.removed > 0) {
    warnings.push({ code: 'RUNNING_HEADERS_REMOVED', message: `${running.removed} running header/footer line(s) repeated at page breaks removed` });
  }
  const linesAreParagraphs = PARAGRAPH_FORMATS.has(options.format ?? '');
  const joined = joinLines(joinLetterSpaced(dedupeTitles(running.text)), { linesAreParagraphs });
  const { text, pageBreaks } = extractPageBreaks(joined);
  return { text, script: converted.script, pageBreaks, warnings };
}

/** One line of metadata (a title from front matter, <title> or PDF properties) normalized like the text: width, script, spaces. */
export function normalizeLine(raw: string): string {
  return toSimplified(foldWidth(cleanControls(raw))).text.replace(/\s+/g, ' ').trim();
}

/** The file's metadata with its titles normalized like the text (dates are already ISO). */
export function normalizeMetadata(metadata: Metadata): Metadata {
  return {
    titles: metadata.titles.map((t) => ({ ...t, value: normalizeLine(t.value) })).filter((t) => t.value !== ''),
    dates: metadata.dates,
    ...(metadata.issuers ? { issuers: metadata.issuers.map((t) => ({ ...t, value: normalizeLine(t.value) })) } : {}),
    ...(metadata.docNumbers ? { docNumbers: metadata.docNumbers.map((t) => ({ ...t, value: normalizeLine(t.value) })) } : {}),
  };
}
