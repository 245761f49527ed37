// PDF reader: pdf.js text layer → positioned runs → lines and paragraphs (./pdf-layout.ts).
// pdf.js is imported lazily so text-only runs never load it; the legacy build is the one that runs on Node 20.
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { Warning } from '../schema/document.js';
import type { IngestResult, Metadata } from '../types.js';
import { checkPdfStreams, inflateBudget, InflateLimitError } from './inflate-limit.js';
import { metadataOf } from './metadata.js';
import { garbageShare, hasCellGaps, layoutText, type PageRuns, type TextRun } from './pdf-layout.js';
import { multiply, type PathOps, rulesOf, type Rule } from './pdf-rules.js';
import { horizontalForms } from './pdf-runs.js';

/** Error codes of this reader (the README lists them). */
export const PDF_ERRORS = {
  PDF_ENCRYPTED: 'the PDF is password-protected',
  PDF_CORRUPT: 'the file is not a readable PDF (damaged or not a PDF)',
  PDF_TRUNCATED: 'the PDF file ends early (an incomplete download or upload)',
  PDF_NO_TEXT: 'the PDF has no usable text layer (a scan, or fonts without a Unicode map): it needs OCR',
} as const;
export type PdfErrorCode = keyof typeof PDF_ERRORS;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

// pdf.js wants plain file-system paths ending in a separator, not file:// URLs, for its CMaps and fonts.
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + sep, standardFontDataUrl: join(root, 'standard_fonts') + sep };
}

const fail = (code: PdfErrorCode, detail?: string): IngestResult => ({
  ok: false,
  format: 'pdf',
  error: { code, message: detail ? `${PDF_ERRORS[code]}: ${detail}` : PDF_ERRORS[code] },
});

/** Minimum non-space characters per page (on average) for a text layer to count as present: a scan with a typed cover page has fewer. */
const MIN_CHARS_PER_PAGE = 5;
/** Share of impossible characters (private use, control, U+FFFD) above which the text layer is garbage. */
const MAX_GARBAGE = 0.2;

// The most frequent Chinese characters: real Chinese text is made mostly of them, glyph ids read as text are not.
const COMMON_HANZI = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府教育校展施推',
);
const IDEOGRAPH = /[\u4e00-\u9fff]/;

/** True when the text is mostly ideographs yet hardly any common ones: glyph ids decoded without a ToUnicode map. */
export function looksLikeGlyphSoup(text: string): boolean {
  let hanzi = 0;
  let common = 0;
  for (const ch of text) {
    if (!IDEOGRAPH.test(ch)) continue;
    hanzi++;
    if (COMMON_HANZI.has(ch)) common++;
  }
  return hanzi >= 100 && common / hanzi < 0.12;
}

/** A complete PDF ends with %%EOF (give or take trailing whitespace or junk). */
export function truncated(bytes: Uint8Array): boolean {
  return !new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');
}

interface RawItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly dir?: string;
  readonly fontName: string;
}

/**
 * Text items → runs in the page as displayed (rotation applied, origin bottom-left, y up).
 * Slanted text is dropped: on official documents it is a watermark (内部资料, a site's name).
 */
export function toRuns(items: readonly unknown[], styles: Readonly<Record<string, { vertical?: boolean }>>, viewport: readonly number[], height: number): TextRun[] {
  const runs: TextRun[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, transform, width, height: itemHeight, dir, fontName } = item as RawItem;
    if (str.trim() === '') continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, yDown = 0] = multiply(viewport, transform);
    const vertical = dir === 'ttb' || styles[fontName]?.vertical === true;
    if (!vertical && (a <= 0 || Math.abs(b) > 0.05 * Math.abs(a))) continue;
    const y = height - yDown;
    // fake bold: the same string drawn twice a hair apart
    const key = `${str}@${Math.round(x)},${Math.round(y)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    // vertical runs advance downwards: pdf.js reports that advance as the height
    runs.push({ str: vertical ? horizontalForms(str) : str, x, y, width: vertical ? itemHeight : width, size, vertical });
  }
  return runs;
}

/** A title that says only which program or file made the PDF (Microsoft Word - 报告.docx, untitled). */
export function cleanPdfTitle(raw: string): string {
  return raw
    .replace(/^(?:Microsoft (?:Word|PowerPoint|Excel)|WPS\s*\S*)\s*-\s*/i, '')
    .replace(/\.(?:docx?|wps|pdf|xlsx?|pptx?|txt)$/i, '')
    .replace(/^(?:untitled|无标题|无题|document\d*|文档\d*)$/i, '')
    .trim();
}

interface PdfMetadataSource {
  getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }>;
}

/** The PDF's Info dictionary and XMP: its title and creation date (a weak date: when the file was made). */
async function pdfMetadata(doc: PdfMetadataSource): Promise<Metadata> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const fields = info as Record<string, unknown>;
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const pairs: [string, string][] = [
      ['title', cleanPdfTitle(text(fields['Title']))],
      ['dc:title', cleanPdfTitle(text(metadata?.get('dc:title')))],
      ['creationdate', text(fields['CreationDate'])],
      ['xmp:createdate', text(metadata?.get('xmp:createdate'))],
    ];
    return metadataOf(pairs, 'pdf_info');
  } catch {
    // damaged metadata never costs the text
    return { titles: [], dates: [] };
  }
}

interface OperatorSource {
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
}

/** A page's ruling lines; a page whose drawing cannot be read has none (its text still counts). */
async function pageRules(page: OperatorSource, ops: PathOps, viewport: { transform: number[]; height: number }): Promise<Rule[]> {
  try {
    return rulesOf(await page.getOperatorList(), ops, viewport.transform, viewport.height);
  } catch {
    return [];
  }
}

/**
 * What pdf.js is told besides the data and its asset folders: never compile code from a font
 * (isEvalSupported: false, CVE-2024-4367), no XFA forms, no scripting (only the viewer runs it),
 * no fonts loaded into the system, no fetching: the file is in memory and nothing touches the network.
 */
export const PDF_SAFE_OPTIONS = {
  isEvalSupported: false,
  enableXfa: false,
  disableFontFace: true,
  useSystemFonts: false,
  isOffscreenCanvasSupported: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  stopAtErrors: false,
  verbosity: 0,
} as const;

/** Reads a PDF's text layer. Never throws: encrypted, corrupt, bomb-like and text-less files become coded errors. */
export async function readPdf(bytes: Uint8Array, limits: { readonly maxInflatedBytes: number | null } = { maxInflatedBytes: null }): Promise<IngestResult> {
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (err) {
    return fail('PDF_CORRUPT', `pdf.js could not be loaded (${String(err)})`);
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return fail('PDF_CORRUPT', 'no %PDF- header');
  try {
    checkPdfStreams(bytes, inflateBudget(limits.maxInflatedBytes));
  } catch (err) {
    if (err instanceof InflateLimitError) return { ok: false, format: 'pdf', error: { code: 'DECOMPRESSION_BOMB', message: err.message } };
    throw err;
  }
  // pdf.js may transfer the buffer it is given: hand it a copy so the caller's bytes stay intact
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...assetDirs(),
    cMapPacked: true,
    ...PDF_SAFE_OPTIONS,
  });
  try {
    const doc = await task.promise;
    const pages: PageRuns[] = [];
    const warnings: Warning[] = [];
    const blank: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      try {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const runs = toRuns(content.items, content.styles, viewport.transform, viewport.height);
        // ruling lines are read only where text stands in cells: plain pages cost nothing more
        const rules: Rule[] = hasCellGaps(runs) ? await pageRules(page, pdfjs.OPS, viewport) : [];
        pages.push({ width: viewport.width, height: viewport.height, runs, rules });
        if (runs.length === 0) blank.push(n);
        page.cleanup();
      } catch (err) {
        pages.push({ width: 0, height: 0, runs: [] });
        warnings.push({ code: 'PDF_PAGE_UNREADABLE', message: `page ${n} could not be read: ${String(err)}` });
      }
    }
    const text = layoutText(pages);
    const chars = text.replace(/\s/g, '').length;
    if (chars === 0 || chars < MIN_CHARS_PER_PAGE * doc.numPages) {
      return fail('PDF_NO_TEXT', `${chars} characters of text on ${doc.numPages} page(s)`);
    }
    if (garbageShare(text) > MAX_GARBAGE || looksLikeGlyphSoup(text)) {
      return fail('PDF_NO_TEXT', 'the text layer does not decode to readable characters');
    }
    if (truncated(bytes)) warnings.push({ code: 'PDF_TRUNCATED', message: PDF_ERRORS.PDF_TRUNCATED + ': some text may be missing' });
    if (blank.length > 0) {
      warnings.push({ code: 'PDF_PAGES_WITHOUT_TEXT', message: `page(s) ${blank.join(', ')} have no text layer (scanned?) and were skipped` });
    }
    const metadata = await pdfMetadata(doc);
    return { ok: true, value: { text, format: 'pdf', encoding: null, pages: doc.numPages, warnings, metadata } };
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const message = err instanceof Error ? err.message : String(err);
    if (name === 'PasswordException') return fail('PDF_ENCRYPTED');
    return fail(truncated(bytes) ? 'PDF_TRUNCATED' : 'PDF_CORRUPT', message);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
