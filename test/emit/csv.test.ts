import { describe, expect, it } from 'vitest';
import { csvField, csvHead, csvLines, csvTable, METRICS_CSV_HEADER, metricsCsv, TABLES_CSV_HEADER, type MetricsCsvRecord } from '../../src/emit/csv.js';
import { extractText } from '../../src/pipeline.js';
import type { Metric, Section } from '../../src/schema/document.js';

const metric = (over: Partial<Metric> = {}): Metric => ({
  text: '约1000万元',
  value: 1000,
  max: null,
  unit: '万元',
  normalized: { value: 10000000, unit: '元' },
  dimension: 'money',
  qualifier: 'approx',
  label: '校舍维修工程总投资',
  role: 'actual',
  sectionId: '1.2',
  span: [10, 17],
  ...over,
});

const section = (id: string, title: string, children: Section[] = []): Section => ({
  id, number: id, level: id.split('.').length, title, role: null, span: [0, 100], children,
});

const record = (metrics: Metric[], path = 'a.txt', part = 1): MetricsCsvRecord => ({
  source: { path, part },
  sections: [section('1', '主要工作', [section('1.2', '改善办学条件')])],
  metrics,
});

describe('metricsCsv', () => {
  it('starts with a UTF-8 BOM and the header row', () => {
    const csv = metricsCsv([]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe(`\uFEFF${METRICS_CSV_HEADER.join(',')}\r\n`);
  });

  it('has the contract columns in order', () => {
    expect(METRICS_CSV_HEADER).toEqual(['file', 'part', 'section id', 'section title', 'label', 'value', 'max', 'unit', 'normalized value', 'normalized unit', 'dimension', 'qualifier', 'role', 'text']);
  });

  it('writes one CRLF row per metric with the section title looked up', () => {
    const lines = metricsCsv([record([metric()])]).split('\r\n');
    expect(lines[1]).toBe('a.txt,1,1.2,改善办学条件,校舍维修工程总投资,1000,,万元,10000000,元,money,approx,actual,约1000万元');
    expect(lines).toHaveLength(3);
  });

  it('leaves null fields empty', () => {
    const line = metricsCsv([record([metric({ label: null, role: null, sectionId: null, normalized: null, max: 4, value: 3 })])]).split('\r\n')[1];
    expect(line).toBe('a.txt,1,,,,3,4,万元,,,money,approx,,约1000万元');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    const line = metricsCsv([record([metric({ label: '篮,排球场地', text: '“1”个' })], 'dir/my "file".txt')]).split('\r\n')[1];
    expect(line?.startsWith('"dir/my ""file"".txt",1,')).toBe(true);
    expect(line).toContain(',"篮,排球场地",');
  });

  it('keeps records and parts in order', () => {
    const csv = metricsCsv([record([metric({ value: 1 })], 'a.txt', 1), record([metric({ value: 2 })], 'a.txt', 2)]);
    const rows = csv.split('\r\n').slice(1, 3).map((l) => l.split(',').slice(0, 6));
    expect(rows).toEqual([['a.txt', '1', '1.2', '改善办学条件', '校舍维修工程总投资', '1'], ['a.txt', '2', '1.2', '改善办学条件', '校舍维修工程总投资', '2']]);
  });

  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
  ] as const)('csvField(%j)', (input, out) => {
    expect(csvField(input)).toBe(out);
  });
  it('csvField of numbers and null', () => {
    expect([csvField(3.12), csvField(null), csvField(0)]).toEqual(['3.12', '', '0']);
  });
});

describe('the tables table (--csv tables)', () => {
  const text = '项目\t数量\t投资(万元)\n校舍\t37处\t120\n操场\t2处\t80';
  const [rec] = extractText(text, { path: 'a.txt' });
  const csv = csvTable('tables', rec ? [rec] : []);
  const rows = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  it('a BOM and the header', () => expect(csv.startsWith(`\uFEFF${TABLES_CSV_HEADER.join(',')}\r\n`)).toBe(true));
  it('one row per cell, with row and column headers, value and unit', () =>
    expect(rows.slice(1)).toEqual([
      'a.txt,1,t1,,校舍,数量,37处,37,处',
      'a.txt,1,t1,,校舍,投资(万元),120,120,万元',
      'a.txt,1,t1,,操场,数量,2处,2,处',
      'a.txt,1,t1,,操场,投资(万元),80,80,万元',
    ]));
  it('csvHead + csvLines per record is the same table', () => expect(csvHead('tables') + csvLines('tables', rec!)).toBe(csv));
});
