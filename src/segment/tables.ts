// Tables: the readers write a table as one line per row with tab-separated cells (merged cells
// leave the positions they cover empty). This module finds those blocks in the normalized text and
// reads their structure: header rows (column header paths), header columns (row header paths),
// the data cells with their spans, a caption and a unit named for the whole table.
import { UNIT_LINE, unitInHeader } from './table-units.js';
import { maxOf } from '../text/extremes.js';
import { ITEM_CAPS } from '../text/caps.js';

/** A table as the later stages read it (UTF-16 spans into the part's text). */
export interface TableData {
  /** t1, t2 … in document order. */
  readonly id: string;
  /** The line that names it (its heading or the line above it), else null. */
  readonly caption: string | null;
  /** Per data column, its header path, outermost first. */
  readonly columns: readonly (readonly string[])[];
  readonly rows: readonly TableRowData[];
  /** The table's text: from its first row's start to its last row's end. */
  readonly span: readonly [number, number];
  /** A unit the caption or a 单位: line names for every cell (单位:万元), else null. */
  readonly unit: string | null;
}

export interface TableRowData {
  /** The row's label path (its header cells, outer levels carried down from the rows above). */
  readonly header: readonly string[];
  readonly cells: readonly TableCellData[];
}

export interface TableCellData {
  readonly text: string;
  readonly span: readonly [number, number];
}

interface RawCell {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface RawRow {
  readonly start: number;
  readonly end: number;
  readonly cells: RawCell[];
  /** A line without tabs kept inside the table: a row that holds only its label ((三)不予公开). */
  readonly single: boolean;
}

/** Longest line that may be a row holding only its label inside a table. */
const SINGLE_ROW_MAX = 30;
/** Longest caption line. */
const CAPTION_MAX = 60;
/** Rows a table needs (at least two of them with tabs). */
const MIN_ROWS = 2;
/** Longest average cell: longer cells are tab-indented prose, not a table. */
const MAX_MEAN_CELL = 40;

/** A cell holding a quantity: 95, 7,545, 3.5%, 37处, 1.2万元, -3, ≥10 (a count, an amount, a share); a year (2025年目标值) is none. */
export const NUMERIC_CELL = /^(?!(?:19|20)\d{2}年)(?:[≥≤≧≦⩾⩽><]=?\s*)?[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:%|‰|[\p{Script=Han}]{1,4})?$/u;

/** Column headers of identifiers and ordinals (序号 1 2 3, 周次 5, 名次 3): their figures count nothing. */
export const IDENTIFIER_HEADERS = /^(?:序号|序|编号|代码|编码|学号|工号|周次|周|次序|顺序|排名|名次|名称|年级|班级|课次|节次|页码|电话|联系电话|手机|邮编|No\.?|NO\.?|#)$/i;
/** Column headers of a row's kind, not its name (属性: 约束性/预期性 in an indicator table). */
const ATTRIBUTE_HEADERS = /^(?:指标)?(?:属性|性质|类型)$/;

function linesOf(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    out.push({ text: line, start: at });
    at += line.length + 1;
  }
  return out;
}

function cellsOf(line: string, start: number): RawCell[] {
  const cells: RawCell[] = [];
  let at = start;
  for (const piece of line.split('\t')) {
    const lead = piece.length - piece.trimStart().length;
    const text = piece.trim();
    cells.push({ text, start: at + lead, end: at + lead + text.length });
    at += piece.length + 1;
  }
  return cells;
}

const isNumeric = (s: string): boolean => NUMERIC_CELL.test(s);
const hasData = (row: RawRow, from: number): boolean => row.cells.slice(from).some((c) => isNumeric(c.text));

/** The runs of table rows in the text: lines with tabs, and short label-only lines between them that a data row follows. */
function rowBlocks(text: string): RawRow[][] {
  const lines = linesOf(text);
  const blocks: RawRow[][] = [];
  let current: RawRow[] = [];
  const close = (): void => {
    if (current.filter((r) => !r.single).length >= MIN_ROWS) blocks.push(current);
    current = [];
  };
  lines.forEach((line, i) => {
    if (line.text.includes('\t')) {
      current.push({ start: line.start, end: line.start + line.text.length, cells: cellsOf(line.text, line.start), single: false });
      return;
    }
    const next = lines[i + 1];
    const label = line.text.trim();
    // a row holding only its label ((三)不予公开) sits between rows, and a data row follows it
    if (current.length > 0 && label !== '' && label.length <= SINGLE_ROW_MAX && !/[。;；]$/.test(label) && next?.text.includes('\t')) {
      const nextRow: RawRow = { start: next.start, end: next.start + next.text.length, cells: cellsOf(next.text, next.start), single: false };
      if (hasData(nextRow, 1)) {
        const lead = line.text.length - line.text.trimStart().length;
        const cell = { text: label, start: line.start + lead, end: line.start + lead + label.length };
        current.push({ start: line.start, end: line.start + line.text.length, cells: [cell], single: true });
        return;
      }
    }
    close();
  });
  close();
  return blocks;
}

const isDataRow = (row: RawRow): boolean => !row.single && hasData(row, 1);
const filledCells = (row: RawRow): number => row.cells.filter((c) => c.text !== '').length;

/**
 * One grid may hold several tables stacked (the statutory 第二十条 table: each 第…项 part has a title
 * row and its own header row). After data rows, a run of rows without figures starts a new table when
 * one of them names, in two cells or more, the columns where the next data row has its figures, and
 * it is more than that one row (a title above it) or it repeats the first header's label (信息内容).
 */
function splitAtHeaders(rows: readonly RawRow[]): RawRow[][] {
  const parts: RawRow[][] = [];
  let start = 0;
  let seenData = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as RawRow;
    if (isDataRow(row)) {
      seenData = true;
      continue;
    }
    if (!seenData || (i > 0 && !isDataRow(rows[i - 1] as RawRow))) continue;
    let k = i;
    while (k < rows.length && !isDataRow(rows[k] as RawRow)) k++;
    const next = rows[k];
    if (!next) break;
    const heads = rows.slice(i, k).filter((r) => !r.single && filledCells(r) >= 2);
    const namesFigures = heads.filter((h) => h.cells.some((c, p) => p >= 1 && c.text !== '' && isNumeric(next.cells[p]?.text ?? '')));
    const repeats = namesFigures.some((h) => rows.slice(start, i).some((r) => !isDataRow(r) && r.cells[0]?.text !== '' && r.cells[0]?.text === h.cells[0]?.text));
    if (namesFigures.length === 0 || (k - i < 2 && !repeats)) continue;
    parts.push(rows.slice(start, i));
    start = i;
    seenData = false;
  }
  parts.push(rows.slice(start));
  return parts.filter((p) => p.length > 0);
}

/** The rows without the columns that are empty in every one of them (a merged heading's covered positions in a grid shared with wider tables). */
function withoutEmptyColumns(rows: readonly RawRow[]): RawRow[] {
  const width = maxOf(rows.map((r) => r.cells.length));
  const keep = Array.from({ length: width }, (_, c) => c).filter((c) => rows.some((r) => !r.single && (r.cells[c]?.text ?? '') !== ''));
  if (keep.length === width) return [...rows];
  return rows.map((r) => (r.single ? r : { ...r, cells: keep.map((c) => r.cells[c] ?? { text: '', start: r.end, end: r.end }) }));
}

/** A run of rows that reads as a table (not tab-indented prose). */
function isTable(rows: readonly RawRow[]): boolean {
  const tabbed = rows.filter((r) => !r.single);
  const multi = tabbed.filter((r) => r.cells.filter((c) => c.text !== '').length >= 2);
  if (multi.length < MIN_ROWS) return false;
  const filled = tabbed.flatMap((r) => r.cells.filter((c) => c.text !== ''));
  const mean = filled.reduce((n, c) => n + c.text.length, 0) / Math.max(1, filled.length);
  return mean <= MAX_MEAN_CELL;
}

/** Leading rows without a quantity outside the first column: the column headers. At least one when the table has a data row. */
function headerRowCount(rows: readonly RawRow[]): number {
  let n = 0;
  while (n < rows.length && !rows[n]?.single && !hasData(rows[n] as RawRow, 1)) n++;
  if (n === rows.length) return Math.min(1, rows.length - 1);
  return n;
}

/** The header rows' words over column `c` (序号, 单位), joined. */
const headerOf = (header: readonly RawRow[], c: number): string => header.map((r) => r.cells[c]?.text ?? '').filter((t) => t !== '').join('');

/** A column numbering the rows: headed 序号 (or the like), or the first column holding 1, 2, 3 … down its rows. */
function isIdentifierColumn(body: readonly RawRow[], header: readonly RawRow[], c: number): boolean {
  if (IDENTIFIER_HEADERS.test(headerOf(header, c))) return true;
  if (c !== 0) return false;
  const cells = body.filter((r) => !r.single).map((r) => r.cells[c]?.text ?? '');
  return cells.length >= 3 && cells.every((t, i) => t === String(i + 1));
}

/**
 * Leading columns whose data cells hold no quantity (and some text): the row headers (none when the
 * first column holds figures). A column numbering the rows (序号) stands among them.
 */
function headerColumnCount(rows: readonly RawRow[], width: number, header: readonly RawRow[]): number {
  // a form with no figures yet (a template): its first column labels the rows
  if (!rows.some((r) => hasData(r, 0))) return 1;
  let n = 0;
  while (n < width - 1) {
    const cells = rows.filter((r) => !r.single).map((r) => r.cells[n]?.text ?? '');
    const numbering = isIdentifierColumn(rows, header, n) && rows.some((r) => hasData(r, n + 1));
    if (!numbering && (cells.some(isNumeric) || !cells.some((c) => c !== ''))) break;
    n++;
  }
  return n;
}

/** The row-header columns that name the row: not its number (序号) nor its kind (属性). */
function namingColumns(body: readonly RawRow[], header: readonly RawRow[], headerCols: number): number[] {
  return Array.from({ length: headerCols }, (_, c) => c).filter((c) => !isIdentifierColumn(body, header, c) && !ATTRIBUTE_HEADERS.test(headerOf(header, c)));
}

/** A heading's own words: its numbering marker dropped (三、收到和处理… → 收到和处理…). */
export function withoutMarker(s: string): string {
  return s.replace(/^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])\s*/, '').trim();
}

/** Per data column, the header path: colspan headers carried right over the columns they head, rowspan ones kept once. */
function columnPaths(header: readonly RawRow[], from: number, width: number): string[][] {
  const values = header.map((row) => {
    const out: string[] = [];
    for (let c = 0; c < width; c++) out.push(row.cells[c]?.text ?? '');
    return out;
  });
  // a header cell spans right over empty cells when the row below names sub-headers there (bottom
  // up, so a span two rows high carries over the sub-headers its lower row carried)
  for (let r = values.length - 2; r >= 0; r--) {
    const row = values[r] as string[];
    const below = values[r + 1] as string[];
    for (let c = from + 1; c < width; c++) {
      if (row[c] === '' && row[c - 1] !== '' && below[c] !== '') row[c] = row[c - 1] ?? '';
    }
  }
  const paths: string[][] = [];
  for (let c = from; c < width; c++) {
    const path: string[] = [];
    for (const row of values) {
      const v = row[c] ?? '';
      if (v !== '' && path.at(-1) !== v) path.push(v);
    }
    paths.push(path);
  }
  return paths;
}

/** Row header paths: an outer level left empty (a rowspan) is carried down from the row above. */
function rowPaths(rows: readonly RawRow[], columns: readonly number[]): string[][] {
  const carried: string[] = [];
  return rows.map((row) => {
    const own = columns.map((c) => row.cells[c]?.text ?? '');
    const first = own.findIndex((v) => v !== '');
    const path: string[] = [];
    for (let c = 0; c < columns.length; c++) {
      const v = own[c] ?? '';
      // outer levels (left of the row's own first label) continue from above; deeper empty cells are merged cells
      const value = v !== '' ? v : first < 0 || c < first ? (carried[c] ?? '') : '';
      if (v !== '') {
        carried[c] = v;
        carried.length = c + 1;
      }
      if (value !== '' && path.at(-1) !== value) path.push(value);
    }
    return path;
  });
}

/** The caption above the table and a 单位:X line, looking back over at most two short lines. */
function captionAndUnit(text: string, start: number): { caption: string | null; unit: string | null } {
  const before = linesOf(text.slice(0, start)).map((l) => l.text.trim()).filter((l) => l !== '');
  let unit: string | null = null;
  for (let k = before.length - 1; k >= Math.max(0, before.length - 2); k--) {
    const line = before[k] ?? '';
    if (line.includes('\t') || line.length > CAPTION_MAX || /[。;；]$/.test(line)) break;
    const u = UNIT_LINE.exec(line);
    if (u?.[1]) {
      unit = u[1];
      // 表1 …情况（单位：万元）: the bracket the unit stood in goes with it
      const rest = line.slice(0, u.index).replace(/[(（[【]\s*$/, '').trim();
      if (rest) return { caption: withoutMarker(rest), unit };
      continue;
    }
    return { caption: withoutMarker(line), unit: unit ?? unitInHeader(line) };
  }
  return { caption: null, unit };
}

/** Every table of a part's normalized text, in order. */
export function findTables(text: string): TableData[] {
  return tablesOf(text).tables;
}

/** The tables, and how many rows the document's cap of table cells left out (ITEM_CAPS.tableCells). */
export function tablesOf(text: string): { readonly tables: TableData[]; readonly rowsLeftOut: number } {
  const tables: TableData[] = [];
  let cells = 0;
  let rowsLeftOut = 0;
  for (const candidate of rowBlocks(text).flatMap(splitAtHeaders)) {
    if (!isTable(candidate)) continue;
    const block = withoutEmptyColumns(candidate);
    const width = maxOf(block.map((r) => r.cells.length));
    const headerRows = headerRowCount(block);
    const header = block.slice(0, headerRows);
    const body = block.slice(headerRows);
    const rowsRead = body.length > 0 ? body : block;
    const headerCols = headerColumnCount(rowsRead, width, header);
    const columns = columnPaths(header, headerCols, width);
    const paths = rowPaths(body, namingColumns(rowsRead, header, headerCols));
    // rows past the document's cap of table cells are left out (the table keeps its whole span, so
    // their text is not read again as running text); the record says so (TOO_MANY_ITEMS)
    const room = Math.max(0, Math.floor((ITEM_CAPS.tableCells - cells) / Math.max(1, width - headerCols)));
    const kept = body.length > room ? body.slice(0, room) : body;
    rowsLeftOut += body.length - kept.length;
    cells += kept.length * Math.max(1, width - headerCols);
    const rows: TableRowData[] = kept.map((row, i) => ({
      header: paths[i] ?? [],
      cells: row.single
        ? []
        : Array.from({ length: width - headerCols }, (_, k) => {
            const cell = row.cells[headerCols + k];
            const at = cell ? cell.start : row.end;
            return { text: cell?.text ?? '', span: [at, cell ? cell.end : at] as const };
          }),
    }));
    const first = block[0] as RawRow;
    const last = block[block.length - 1] as RawRow;
    const found = captionAndUnit(text, first.start);
    // a first row holding one cell only is the table's own title row (a grid's 第二十条第(五)项)
    const title = !first.single && filledCells(first) === 1 && block.length > 2 ? withoutMarker(first.cells.find((c) => c.text !== '')?.text ?? '') : '';
    const caption = title !== '' && title.length <= CAPTION_MAX ? title : found.caption;
    const unit = found.unit;
    tables.push({ id: `t${tables.length + 1}`, caption, columns, rows, span: [first.start, last.end], unit });
  }
  return { tables, rowsLeftOut };
}

/** Whether `offset` lies inside one of the tables. */
export function inTable(tables: readonly TableData[], offset: number): boolean {
  return tables.some((t) => offset >= t.span[0] && offset < t.span[1]);
}
