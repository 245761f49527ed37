// Word .docx reader: walks word/document.xml itself so that automatic list numbering (一、 (一) 1.)
// can be restored from numbering.xml; mammoth is the fallback for packages our small ZIP reader cannot open.
import type { Warning } from '../schema/document.js';
import type { IngestResult, Metadata } from '../types.js';
import { metadataOf } from './metadata.js';
import { createNumberer, parseNumbering, parseStyles, type Numberer } from './docx-numbering.js';
import { tokenizeXml } from './docx-xml.js';
import { openZip } from './docx-zip.js';
import { checkDeclared, inflateBudget, InflateLimitError } from './inflate-limit.js';
import { dropFakeSpaces } from './pdf-layout.js';

/** Error codes of the Word readers (the README lists them). */
export const WORD_ERRORS = {
  DOCX_CORRUPT: 'the file is not a readable .docx (damaged, truncated or another format)',
  DOCX_ENCRYPTED: 'the Word document is password-protected',
  DOCX_NO_TEXT: 'the Word document holds no text (empty, or only images)',
  DOCX_NO_DOCUMENT: 'the package has no Word document part (word/document.xml): a ZIP file, but not a .docx',
  DOC_CORRUPT: 'the file is not a readable Word 97-2003 .doc',
  DOC_ENCRYPTED: 'the Word 97-2003 document is password-protected',
  DOC_NO_TEXT: 'the Word 97-2003 document holds no text (empty, or only images)',
} as const;
export type WordErrorCode = keyof typeof WORD_ERRORS;

export const wordFailure = (format: 'docx' | 'doc', code: WordErrorCode, detail?: string): IngestResult => ({
  ok: false,
  format,
  error: { code, message: detail ? `${WORD_ERRORS[code]}: ${detail}` : WORD_ERRORS[code] },
});

/** OLE compound file (Word 97-2003, or an encrypted OOXML package) magic number. */
export const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
export const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** An encrypted OOXML file is an OLE container holding an "EncryptedPackage" stream (name in UTF-16LE). */
export function isEncryptedOoxml(b: Uint8Array): boolean {
  if (!isOle(b)) return false;
  const needle = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= b.length; i++) {
    for (let j = 0; j < needle.length; j++) if (b[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

// Elements whose text is not document text: revision history, field codes, the fallback copy of drawings.
const SKIPPED = new Set(['w:pPrChange', 'w:rPrChange', 'w:delText', 'w:instrText', 'mc:Fallback', 'w:del', 'w:moveFrom']);

interface Para {
  text: string;
  numId: string | null;
  level: number | null;
  style: string | null;
}

interface Table {
  cell: string[] | null;
  row: string[] | null;
  /** Grid columns the open cell spans (w:gridSpan): the cells it covers are written empty. */
  span: number;
}

/** Most grid columns one cell may span. */
const MAX_GRID_SPAN = 64;

/** Turns document.xml into paragraphs, one a line, numbering markers restored and table rows tab-separated. */
export function documentText(xml: string, numberer: Numberer | null): string {
  const out: string[] = [];
  const paras: Para[] = [];
  const tables: Table[] = [];
  let skip = 0;
  let inPPr = 0;
  // w:t is the only element whose character data is document text
  let textOpen = false;
  // hidden text (w:vanish on the run) is not part of the printed document
  let hidden = false;
  const cellJoin = (parts: readonly string[]): string => dropFakeSpaces(parts.filter((p) => p !== '').join(' ').replace(/\s+/g, ' ')).trim();
  const emit = (line: string): void => {
    const table = tables.at(-1);
    if (table?.cell) table.cell.push(line);
    else if (line !== '') out.push(line);
  };
  for (const t of tokenizeXml(xml)) {
    if (t.kind === 'text') {
      const para = paras.at(-1);
      if (skip === 0 && inPPr === 0 && para && textOpen && !hidden) para.text += t.text;
      continue;
    }
    if (SKIPPED.has(t.name)) {
      if (t.kind === 'open') skip++;
      else if (t.kind === 'close') skip = Math.max(0, skip - 1);
      continue;
    }
    if (skip > 0) continue;
    if (t.kind === 'close') {
      switch (t.name) {
        case 'w:t':
          textOpen = false;
          break;
        case 'w:pPr':
          inPPr = Math.max(0, inPPr - 1);
          break;
        case 'w:p': {
          const para = paras.pop();
          if (!para) break;
          const styled = para.numId === null && para.style !== null ? (numberer?.fromStyle(para.style) ?? null) : null;
          // a paragraph may set only its level and take the list from its style
          const numbering = para.numId !== null ? { numId: para.numId, level: para.level ?? 0 } : styled ? { numId: styled.numId, level: para.level ?? styled.level } : null;
          const marker = numbering && numberer ? numberer.next(numbering.numId, numbering.level) : null;
          const text = para.text.trim();
          emit(text === '' ? '' : `${marker ?? ''}${text}`);
          break;
        }
        case 'w:tc': {
          const table = tables.at(-1);
          if (table?.cell && table.row) {
            table.row.push(cellJoin(table.cell));
            for (let k = 1; k < table.span; k++) table.row.push('');
          }
          if (table) {
            table.cell = null;
            table.span = 1;
          }
          break;
        }
        case 'w:tr': {
          const table = tables.at(-1);
          if (!table?.row) break;
          const row = table.row;
          table.row = null;
          if (row.some((c) => c !== '')) {
            // a nested table's rows go into the enclosing cell
            const outer = tables.at(-2);
            if (outer?.cell) outer.cell.push(row.join(' '));
            else out.push(row.join('\t'));
          }
          break;
        }
        case 'w:tbl':
          tables.pop();
          break;
      }
      continue;
    }
    const para = paras.at(-1);
    switch (t.name) {
      case 'w:p':
        if (t.kind === 'open') paras.push({ text: '', numId: null, level: null, style: null });
        break;
      case 'w:pPr':
        if (t.kind === 'open') inPPr++;
        break;
      case 'w:pStyle':
        if (para && inPPr > 0) para.style = t.attrs['w:val'] ?? null;
        break;
      case 'w:numId':
        if (para && inPPr > 0) para.numId = t.attrs['w:val'] ?? null;
        break;
      case 'w:ilvl':
        if (para && inPPr > 0) para.level = Number(t.attrs['w:val'] ?? 0);
        break;
      case 'w:t':
        textOpen = t.kind === 'open';
        break;
      case 'w:r':
        if (t.kind === 'open') hidden = false;
        break;
      case 'w:vanish':
      case 'w:webHidden':
        if (inPPr === 0) hidden = !['0', 'false', 'off'].includes(t.attrs['w:val'] ?? 'true');
        break;
      case 'w:tab':
        // a tab stop inside a paragraph is layout (一、→tab→title); table cells are separated by the table's rows
        if (para && inPPr === 0 && !hidden) para.text += ' ';
        break;
      case 'w:br':
      case 'w:cr':
        if (para && inPPr === 0) para.text += tables.length > 0 ? ' ' : '\n';
        break;
      case 'w:noBreakHyphen':
        if (para) para.text += '-';
        break;
      case 'w:tbl':
        if (t.kind === 'open') tables.push({ cell: null, row: null, span: 1 });
        break;
      case 'w:tr':
        if (t.kind === 'open' && tables.at(-1)) tables.at(-1)!.row = [];
        break;
      case 'w:tc':
        if (t.kind === 'open' && tables.at(-1)) tables.at(-1)!.cell = [];
        break;
      case 'w:gridSpan': {
        const table = tables.at(-1);
        const n = Number(t.attrs['w:val'] ?? 1);
        if (table?.cell && Number.isInteger(n) && n > 1) table.span = Math.min(n, MAX_GRID_SPAN);
        break;
      }
    }
  }
  return out.join('\n');
}

const utf8 = new TextDecoder('utf-8');

/** The main document part named by the package relationships (some generators do not call it word/document.xml). */
export function mainPartName(rels: Uint8Array | null): string | null {
  if (!rels) return null;
  for (const t of tokenizeXml(utf8.decode(rels))) {
    if (t.kind !== 'text' && t.kind !== 'close' && t.name === 'Relationship' && (t.attrs['Type'] ?? '').endsWith('/officeDocument')) {
      return (t.attrs['Target'] ?? '').replace(/^\//, '') || null;
    }
  }
  return null;
}

/** Word's core properties (docProps/core.xml): the title and the creation date (weak: when the file was made). */
export function coreMetadata(xml: Uint8Array | null): Metadata {
  if (!xml) return { titles: [], dates: [] };
  const pairs: [string, string][] = [];
  let open: string | null = null;
  for (const t of tokenizeXml(utf8.decode(xml))) {
    if (t.kind === 'open') open = t.name;
    else if (t.kind === 'close') open = null;
    else if (t.kind === 'text' && (open === 'dc:title' || open === 'dcterms:created')) pairs.push([open, t.text]);
  }
  return metadataOf(pairs, 'docx_core');
}

/** Reads a .docx. Never throws: damaged, encrypted and bomb-like files become coded errors. */
export async function readDocx(bytes: Uint8Array, limits: { readonly maxInflatedBytes: number | null } = { maxInflatedBytes: null }): Promise<IngestResult> {
  if (isEncryptedOoxml(bytes)) return wordFailure('docx', 'DOCX_ENCRYPTED');
  try {
    return await readDocxWithin(bytes, limits.maxInflatedBytes);
  } catch (err) {
    if (err instanceof InflateLimitError) return { ok: false, format: 'docx', error: { code: 'DECOMPRESSION_BOMB', message: err.message } };
    throw err;
  }
}

async function readDocxWithin(bytes: Uint8Array, maxInflated: number | null): Promise<IngestResult> {
  const warnings: Warning[] = [];
  const zip = isZip(bytes) ? openZip(bytes, maxInflated) : null;
  const main = zip ? (zip.read('word/document.xml') ?? zip.read(mainPartName(zip.read('_rels/.rels')) ?? '')) : null;
  if (zip && !main && !zip.names.some((n) => /\.xml$/i.test(n) && /^word\//i.test(n))) {
    return wordFailure('docx', 'DOCX_NO_DOCUMENT');
  }
  if (zip && main) {
    try {
      const numberingXml = zip.read('word/numbering.xml');
      const stylesXml = zip.read('word/styles.xml');
      const numberer =
        numberingXml !== null
          ? createNumberer(parseNumbering(utf8.decode(numberingXml)), parseStyles(stylesXml ? utf8.decode(stylesXml) : ''))
          : null;
      const text = documentText(utf8.decode(main), numberer);
      const metadata = coreMetadata(zip.read('docProps/core.xml'));
      if (text.trim() !== '') return { ok: true, value: { text, format: 'docx', encoding: null, pages: null, warnings, metadata } };
    } catch (err) {
      warnings.push({ code: 'DOCX_FALLBACK', message: `read with mammoth after: ${String(err)}` });
    }
  }
  if (!isZip(bytes)) return wordFailure('docx', 'DOCX_CORRUPT', 'not a ZIP package');
  // mammoth inflates every entry at once: only within the budget, entry by entry first
  if (zip && maxInflated !== null) {
    checkDeclared(inflateBudget(maxInflated), zip.declared, 'the package');
    for (const name of zip.names) zip.read(name);
  }
  try {
    const mammoth = (await import('mammoth')).default;
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = result.value
      .split(/\n+/)
      .map((l) => l.trim())
      .filter((l) => l !== '')
      .join('\n');
    if (text === '') return wordFailure('docx', 'DOCX_NO_TEXT');
    return { ok: true, value: { text, format: 'docx', encoding: null, pages: null, warnings } };
  } catch (err) {
    return wordFailure('docx', 'DOCX_CORRUPT', err instanceof Error ? err.message : String(err));
  }
}
