import { describe, expect, it } from 'vitest';
import { refoldFlatTables } from '../../src/normalize/flat-tables.js';
import { tablesOf } from '../../src/segment/tables.js';
import { ITEM_CAPS } from '../../src/text/caps.js';

// Tables far longer than any real one: their rows must not be spread into function arguments (the
// call stack overflows past about a hundred thousand), and a document reports at most
// ITEM_CAPS.tableCells cells, whatever the table's length.
describe('very long tables', () => {
  it('a table written one cell a line with 200,000 rows is refolded without overflowing the stack', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i + 1}\n指标${i % 97}\n万元\n${i % 500}\n`);
    const text = `主要指标表\n序号\n指标\n单位\n目标值\n\n${rows.join('\n')}`;
    const out = refoldFlatTables(text);
    expect(out.text.split('\n').filter((l) => l.includes('\t')).length).toBeGreaterThan(199_000);
  });

  it('rows past the cap of table cells are left out, and counted', () => {
    const body = Array.from({ length: 8_000 }, (_, i) => `${i + 1}\t指标${i % 97}\t${i % 500}\t${i % 400}\t${i % 300}\t${i % 200}`).join('\n');
    const { tables, rowsLeftOut } = tablesOf(`序号\t指标\t2021年\t2022年\t2023年\t2024年\n${body}\n`);
    const cells = tables.reduce((n, t) => n + t.rows.reduce((k, r) => k + r.cells.length, 0), 0);
    expect(cells).toBeLessThanOrEqual(ITEM_CAPS.tableCells);
    expect(rowsLeftOut).toBeGreaterThan(0);
    expect(tables[0]?.rows.length).toBe(8_000 - rowsLeftOut);
  });

  it('a table under the cap keeps every row', () => {
    const body = Array.from({ length: 50 }, (_, i) => `${i + 1}\t指标${i}\t万元\t${i}`).join('\n');
    expect(tablesOf(`序号\t指标\t单位\t目标值\n${body}\n`)).toMatchObject({ rowsLeftOut: 0, tables: [{ rows: { length: 50 } }] });
  });
});

describe('the record says when table rows were left out', () => {
  it('TOO_MANY_ITEMS names the table cells', async () => {
    const { extractText } = await import('../../src/pipeline.js');
    const body = Array.from({ length: 8_000 }, (_, i) => `${i + 1}\t指标${i % 97}\t${i % 500}\t${i % 400}\t${i % 300}\t${i % 200}`).join('\n');
    const [record] = extractText(`2024年指标表\n序号\t指标\t2021年\t2022年\t2023年\t2024年\n${body}\n`);
    expect(record?.warnings.filter((w) => w.code === 'TOO_MANY_ITEMS').map((w) => w.message)).toEqual([
      expect.stringContaining('table cells'),
    ]);
  }, 60_000);
});
