import { describe, expect, it } from 'vitest';
import type { Grid } from '../../src/ingest/pdf-grid.js';
import { splitStackedRows } from '../../src/ingest/pdf-stacked-rows.js';
import { fillGrid } from '../../src/ingest/pdf-table.js';
import type { TextRun } from '../../src/ingest/pdf-runs.js';

const run = (str: string, x: number, y: number, size = 10): TextRun => ({ str, x, y, width: [...str].length * size * 0.6, size, vertical: false });

/** A 三线表: rules at the top, under the header and at the bottom; two column borders. */
const threeLine: Grid = {
  ys: [300, 280, 200],
  xs: [100, 250, 350, 450],
  cells: [
    { row: 0, col: 0, lastRow: 0, lastCol: 0 },
    { row: 0, col: 1, lastRow: 0, lastCol: 1 },
    { row: 0, col: 2, lastRow: 0, lastCol: 2 },
    { row: 1, col: 0, lastRow: 1, lastCol: 0 },
    { row: 1, col: 1, lastRow: 1, lastCol: 1 },
    { row: 1, col: 2, lastRow: 1, lastCol: 2 },
  ],
};

describe('rows stacked between two rules', () => {
  const header = [run('指标', 110, 287), run('年末数(万人)', 260, 287), run('比重(%)', 360, 287)];
  it('become one row per baseline when several columns hold figures on the same lines', () => {
    const body = [
      run('常住人口', 110, 265), run('866.60', 260, 265),
      run('其中:城镇', 110, 245), run('392.66', 260, 245), run('45.31', 360, 245),
      run('乡村', 110, 225), run('473.94', 260, 225), run('54.69', 360, 225),
    ];
    const grid = splitStackedRows(threeLine, [...header, ...body]);
    expect(grid.ys.length - 1).toBe(4);
    expect(fillGrid(grid, [...header, ...body]).table?.rows).toEqual([
      ['指标', '年末数(万人)', '比重(%)'],
      ['常住人口', '866.60', ''],
      ['其中:城镇', '392.66', '45.31'],
      ['乡村', '473.94', '54.69'],
    ]);
  });
  it('a cell whose words wrap over three lines stays one cell', () => {
    const body = [run('建设内容较多的项目', 110, 265), run('分三行写完', 110, 245), run('的名称', 110, 225), run('1200', 260, 245), run('35.2', 360, 245)];
    expect(splitStackedRows(threeLine, [...header, ...body])).toBe(threeLine);
  });
  it('two columns of words on three lines are no stacked rows (no figures)', () => {
    const body = [run('第一行字', 110, 265), run('第二行字', 110, 245), run('第三行字', 110, 225), run('说明一行', 260, 265), run('说明二行', 260, 245), run('说明三行', 260, 225)];
    expect(splitStackedRows(threeLine, [...header, ...body])).toBe(threeLine);
  });
});
