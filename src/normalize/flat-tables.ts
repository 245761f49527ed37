// Flattened tables: a web page or PDF copied as text often writes a table one cell per line, its rows
// apart by a blank line (主要指标表 / 类别 / 序号 / 指标名称 / 单位 … then 1 / 细颗粒物浓度 / 微克/立方米 / 28).
// This rule finds such blocks under a caption or a header run naming its columns and writes them as
// the other readers write tables, one row a line with tab-separated cells (a row short of cells lacks
// its leading, merged ones), before line joining can glue their cells together.
import { maxOf, append } from '../text/extremes.js';

/** A caption line: ends in 表 (主要指标表, 重点任务分解表, 附表1 …一览表), at most this long. */
const CAPTION = /^[^。;；,，]{0,28}表(?:[(（][^()（）]{1,12}[)）])?$/;
/** Words a header run names its columns with; a run needs one of them. */
const HEADER_WORDS = /^(?:序号|类别|指标|指标名称|单位|计量单位|属性|指标属性|项目|项目名称|名称|内容|目标值|完成值|预期值|现状值|基期值|责任单位|牵头单位|完成时限|时间)$/;
/** Longest header cell, and longest data cell (a cell of words may hold a sentence). */
const HEADER_CELL_MAX = 14;
const DATA_CELL_MAX = 100;
/** A header run has at least this many lines; a table at least this many rows. */
const MIN_HEADER = 3;
const MIN_ROWS = 2;
/** A numbered heading or item line ends the table (二、重点任务, （一）…, 1.加强…, 第二章). */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]{1,3}[章节条部篇])/;
/** A cell that is a figure, a bound figure or a dash standing for none (28, ≥10, >1.5, -). */
const FIGURE = /^(?:[≥≤≧≦⩾⩽><]=?\s*)?[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|‰)?$|^[-—–/]$/;
/** A header cell that only qualifies the one after it (“十四五” / 完成值, 2025年 / 目标值): the two are one header. */
const HEADER_PREFIX = /^(?:“[^”]{1,8}”|[“"][^"”]{1,8}[”"]|\d{4}年|[(（][^()（）]{1,8}[)）])$/;

interface Line {
  readonly text: string;
}

const linesOf = (text: string): Line[] => text.split('\n').map((line) => ({ text: line.trim() }));


/**
 * The runs of non-empty lines from `from`, each run ended by a blank line, read lazily (a reader
 * stops at the first run that is no row, so a long text is not scanned again for every header);
 * stops at a line that cannot be a cell, or at two blank lines.
 */
function* groupsFrom(lines: readonly Line[], from: number): Generator<{ lines: Line[]; last: number }> {
  let current: Line[] = [];
  let last = from;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.text === '') {
      if (current.length > 0) yield { lines: current, last };
      current = [];
      if (lines[i + 1]?.text === '') return;
      continue;
    }
    if (line.text.length > DATA_CELL_MAX || HEADING.test(line.text) || /[。]$/.test(line.text)) break;
    current.push(line);
    last = i;
  }
  if (current.length > 0) yield { lines: current, last };
}

/** Header lines joined where one only qualifies the next (“十四五” + 完成值), while there are more lines than columns. */
function joinHeader(lines: readonly Line[], width: number): string[] {
  const cells = lines.map((l) => l.text);
  for (let i = 0; i < cells.length - 1 && cells.length > width; ) {
    const a = cells[i] as string;
    const b = cells[i + 1] as string;
    if (HEADER_PREFIX.test(a) && !HEADER_PREFIX.test(b)) cells.splice(i, 2, `${a}${b}`);
    else i++;
  }
  return cells;
}

/** A header naming the column that numbers the rows. */
const NUMBER_HEADER = /^(?:序号|序|编号)$/;
/** A row number (1, 12). */
const ROW_NUMBER = /^\d{1,3}$/;

/** Cells at the right of `count` columns: a run short of cells lacks its leading (merged) ones. */
const padLeft = (cells: readonly string[], count: number): string[] => [...Array.from({ length: Math.max(0, count - cells.length) }, () => ''), ...cells];

/**
 * A row `width` wide as one line. A row short of cells lacks its leading (merged) ones on either side
 * of its number: with a 序号 column at `numberAt`, the row's number stands in it.
 */
function rowLine(cells: readonly string[], width: number, numberAt: number): string {
  const k = numberAt >= 0 ? cells.findIndex((c, i) => i <= numberAt && ROW_NUMBER.test(c)) : -1;
  if (k < 0 || cells.length >= width) return padLeft(cells, width).join('\t');
  return [...padLeft(cells.slice(0, k), numberAt), cells[k] as string, ...padLeft(cells.slice(k + 1), width - numberAt - 1)].join('\t');
}

interface FlatTable {
  /** Lines [first, last] the table takes. */
  readonly first: number;
  readonly last: number;
  /** The table as tab-separated rows, header first. */
  readonly rows: string[];
}

/** The flattened table whose header run starts at line `h`, or null. */
function tableAt(lines: readonly Line[], h: number): FlatTable | null {
  const header: Line[] = [];
  let i = h;
  const isHeaderCell = (t: string): boolean => t !== '' && t.length <= HEADER_CELL_MAX && !FIGURE.test(t) && !HEADING.test(t) && !CAPTION.test(t);
  while (i < lines.length && isHeaderCell(lines[i]?.text ?? '')) header.push(lines[i++] as Line);
  if (header.length < MIN_HEADER || lines[i]?.text !== '' || !header.some((l) => HEADER_WORDS.test(l.text))) return null;
  // a blank line standing for an empty cell splits a row: a lone figure after a row is that row's last cell
  const rows: string[][] = [];
  let last = i;
  for (const { lines: g, last: end } of groupsFrom(lines, i + 1)) {
    const prev = rows[rows.length - 1];
    if (prev && g.length === 1 && FIGURE.test(g[0]?.text ?? '')) prev.push('', (g[0] as Line).text);
    else if (g.length >= 2 && g.some((l) => FIGURE.test(l.text))) rows.push(g.map((l) => l.text));
    else break;
    last = end;
  }
  if (rows.length < MIN_ROWS) return null;
  const width = maxOf(rows.map((r) => r.length));
  const head = padLeft(joinHeader(header, width).slice(-width), width);
  const numberAt = head.findIndex((c) => NUMBER_HEADER.test(c));
  return { first: h, last, rows: [head.join('\t'), ...rows.map((r) => rowLine(r, width, numberAt))] };
}

/**
 * The text with every flattened table (a header run, under a caption or opening a block, over rows of
 * one cell a line) written as tab-separated rows; other lines unchanged.
 */
export function refoldFlatTables(text: string): { text: string; tables: number } {
  const lines = linesOf(text);
  const raw = text.split('\n');
  const out: string[] = [];
  let tables = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const opensBlock = line.text !== '' && (i === 0 || lines[i - 1]?.text === '' || CAPTION.test(lines[i - 1]?.text ?? ''));
    const table = opensBlock ? tableAt(lines, i) : null;
    if (!table) {
      out.push(raw[i] ?? '');
      continue;
    }
    append(out, table.rows);
    tables++;
    i = table.last;
  }
  return { text: tables > 0 ? out.join('\n') : text, tables };
}
