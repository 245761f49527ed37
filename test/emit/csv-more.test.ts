// --csv documents | sections | dates: one row per document, per section (depth first), per date.
import { describe, expect, it } from 'vitest';
import { csvLines, csvTable } from '../../src/emit/csv.js';
import { handRecord } from '../cli/helpers.js';

const rowsOf = (text: string): string[] => text.split('\r\n').filter((l) => l !== '');

describe('--csv documents', () => {
  it('has one row per document with its facts and counts', () => {
    const r = { ...handRecord('plans/a.txt'), source: { ...handRecord().source, path: 'c.csv', row: 4, url: 'http://example.org/x' } };
    expect(rowsOf(csvLines('documents', r))).toEqual(['c.csv,1,4,http://example.org/x,work_plan,东坡乡2016年工作要点,东坡乡,,,2016,2016,,1,1,1,0,']);
  });

  it('starts with a BOM and its header', () => {
    expect(csvTable('documents', []).startsWith('\uFEFFfile,part,row,url,type,title,issuer,doc number,issued,')).toBe(true);
  });
});

describe('--csv sections', () => {
  it('walks the tree depth first with each parent', () => {
    const r = handRecord();
    const nested = {
      ...r,
      sections: [{ ...r.sections[0], children: [{ id: '1.1', number: '(一)', level: 2, title: '新建, "校舍"', role: null, span: [18, 38], children: [] }] }],
    } as typeof r;
    expect(rowsOf(csvLines('sections', nested))).toEqual([
      'plans/a.txt,1,,1,1,一、,目标,goals,,13,38',
      'plans/a.txt,1,,1.1,2,(一),"新建, ""校舍""",,1,18,38',
    ]);
  });
});

describe('--csv dates', () => {
  it('has one row per date mention with its span', () => {
    expect(rowsOf(csvLines('dates', handRecord()))).toEqual(['plans/a.txt,1,,1,6月底前,2016-06,,deadline,end,true,31,35']);
  });
});
