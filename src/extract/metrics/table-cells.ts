// Metrics from table cells: every cell that holds a quantity (0 included) is a metric, its unit from
// the cell (37处), its column or row headers ((万元), 本年制发件数), the table's 单位 line, or the
// count unit of the tables before it (a statutory series names it once), labelled 行 / 列.
import type { DocKind } from '../../facts/lexicon.js';
import type { Metric, Section } from '../../schema/document.js';
import { sectionIdAt } from '../../segment/locate.js';
import { unitInHeader } from '../../segment/table-units.js';
import { IDENTIFIER_HEADERS, NUMERIC_CELL, type TableData, withoutMarker } from '../../segment/tables.js';
import { findMetricCandidates } from './index.js';
import { genreRole } from './role.js';

/** Where a metric stands in a table: the table's id and the data row and column (0-based). */
export interface TableRef {
  readonly id: string;
  readonly row: number;
  readonly column: number;
}

export type TableMetric = Metric & { readonly table: TableRef };


/** The innermost header of a path that names a unit. */
function unitOfPath(path: readonly string[]): string | null {
  for (let k = path.length - 1; k >= 0; k--) {
    const u = unitInHeader(path[k] ?? '');
    if (u) return u;
  }
  return null;
}

/** A unit any header of the table names for counts (本年新收…申请数量 → 件): the fallback for cells whose own headers name none. */
function tableCountUnit(table: TableData): string | null {
  for (const path of [...table.rows.map((r) => r.header), ...table.columns]) {
    const u = unitOfPath(path);
    // a percentage column (比上年增长(%)) says nothing of the other columns' units
    if (u && !PERCENT_UNITS.has(u)) return u;
  }
  return null;
}

/** A column of index numbers (价格指数, 指数(以上年为100), 上年=100): figures without a unit. */
const INDEX_HEADER = /指数|[=＝为]\s*100/;

const PERCENT_UNITS = new Set(['%', '‰', '百分点', '个百分点']);

/** The unit a row names in a unit column of its own (钢材 | 万吨 | 53.4), or null. */
function rowUnit(path: readonly string[]): string | null {
  for (let k = path.length - 1; k >= 1; k--) {
    const h = (path[k] ?? '').trim();
    if (isUnitOnly(h)) return h;
  }
  return null;
}

/** A header's trailing bracketed note ((区分处理的，只计这一情形), (单位:万元), (%)): no part of what is measured. */
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;

/** 其中:0-15岁 — the word that says a row is part of the one above: no part of what is measured. */
const PART_OF_ABOVE = /^(?:其中|内含|含)[:：]\s*/;

/** A header that is only a unit (吨, 万件, 千升: a table's 单位 column): it says how, not what, is measured. */
function isUnitOnly(header: string): boolean {
  const h = header.trim();
  if (h === '' || h.length > 6) return false;
  return findMetricCandidates(`1${h}`).some((c) => c.start === 0 && c.end === h.length + 1);
}

/** The last header of a path that names something (a unit column skipped), its marker, 其中: and trailing note dropped. */
function leaf(path: readonly string[]): string {
  const named = [...path].reverse().find((h) => !isUnitOnly(h)) ?? path.at(-1) ?? '';
  const own = withoutMarker(named).replace(PART_OF_ABOVE, '');
  const bare = own.replace(TRAILING_NOTE, '').trim();
  return bare !== '' ? bare : own;
}

/**
 * The metrics of the tables' cells, in table order. A bare figure is a quantity only where the
 * table names its unit somewhere (a header, a 单位 line, an earlier table of the series). `genre` gives the role (a report's figures are
 * actual, a plan's targets).
 */
export function tableMetrics(text: string, tables: readonly TableData[], sections: readonly Section[], genre: DocKind | 'mixed' | null): TableMetric[] {
  const out: TableMetric[] = [];
  const role = genreRole(genre);
  let seriesUnit: string | null = null;
  for (const table of tables) {
    const fallback: string | null = tableCountUnit(table) ?? table.unit ?? seriesUnit;
    // what a column says, read once per column rather than once per cell
    const columns = table.columns.map((path) => ({
      identifier: IDENTIFIER_HEADERS.test(path.at(-1) ?? ''),
      index: path.some((h) => INDEX_HEADER.test(h)),
      unit: unitOfPath(path),
      leaf: leaf(path),
    }));
    table.rows.forEach((row, r) => {
      // …and what a row says, once per row
      const rowLeaf = leaf(row.header);
      const rowUnitOf = rowUnit(row.header) ?? unitOfPath(row.header) ?? table.unit ?? fallback;
      row.cells.forEach((cell, c) => {
        if (!NUMERIC_CELL.test(cell.text)) return;
        const column = columns[c] ?? { identifier: false, index: false, unit: null, leaf: '' };
        if (column.identifier) return;
        // an index column has no unit: the tables before it and the row's header lend it none
        const unit = column.unit ?? (column.index ? null : rowUnitOf);
        const parsed = parseCell(cell.text, unit);
        // a bare figure in a table that names no unit anywhere (a week number, a code) is no quantity,
        // unless its column holds an index (指数(以上年为100): 101.9 has no unit)
        if (!parsed || (parsed.unit === '' && !column.index)) return;
        const label = [rowLeaf, column.leaf].filter((s) => s !== '').join(' / ') || null;
        out.push({
          ...parsed,
          text: cell.text,
          label,
          role,
          sectionId: sectionIdAt(sections, cell.span[0]),
          span: [cell.span[0], cell.span[1]],
          table: { id: table.id, row: r, column: c },
        });
      });
    });
    seriesUnit = fallback ?? seriesUnit;
  }
  return out;
}

type Parsed = Pick<Metric, 'value' | 'max' | 'unit' | 'normalized' | 'dimension' | 'qualifier'>;

/** The quantity of a cell: its own unit when it writes one (37处, 95%), else the unit its headers name, else none. */
function parseCell(text: string, headerUnit: string | null): Parsed | null {
  const own = findMetricCandidates(text).find((c) => c.start === 0 && c.end === text.length);
  if (own) return pick(own);
  if (headerUnit) {
    const joined = findMetricCandidates(`${text}${headerUnit}`).find((c) => c.start === 0 && c.end === text.length + headerUnit.length);
    if (joined) return pick(joined);
  }
  const value = Number(text.replace(/[,，]/g, '').replace('−', '-'));
  if (!Number.isFinite(value)) return null;
  return { value, max: null, unit: headerUnit ?? '', normalized: null, dimension: 'other', qualifier: 'exact' };
}

function pick(c: Parsed): Parsed {
  return { value: c.value, max: c.max, unit: c.unit, normalized: c.normalized, dimension: c.dimension, qualifier: c.qualifier };
}

/**
 * The metrics of running text that may stand: those outside every table, and those inside a cell of
 * words (检视重点…(10分), 奖金1,500元/队) that the cell reading leaves alone, with their cell's
 * reference. A figure in a cell of its own is the cell reading's.
 */
export function proseOutsideNumericCells<M extends Metric>(metrics: readonly M[], tables: readonly TableData[]): (M | (M & { table: TableRef }))[] {
  const out: (M | (M & { table: TableRef }))[] = [];
  for (const m of metrics) {
    const table = tables.find((t) => m.span[0] >= t.span[0] && m.span[0] < t.span[1]);
    if (!table) {
      out.push(m);
      continue;
    }
    const ref = wordCellAt(table, m.span[0], m.span[1]);
    if (ref) out.push({ ...m, table: ref });
  }
  return out;
}

/** The cell of words holding [start, end) in the table's data rows, else null. */
function wordCellAt(table: TableData, start: number, end: number): TableRef | null {
  for (let r = 0; r < table.rows.length; r++) {
    const cells = (table.rows[r] as TableData['rows'][number]).cells;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c] as TableData['rows'][number]['cells'][number];
      if (start < cell.span[0] || end > cell.span[1]) continue;
      return NUMERIC_CELL.test(cell.text) ? null : { id: table.id, row: r, column: c };
    }
  }
  return null;
}
