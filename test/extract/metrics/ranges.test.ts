import { describe, expect, it } from 'vitest';
import { metrics, only } from './helpers.js';

// [sentence, mention text, value, max, unit]
const CASES: readonly (readonly [string, string, number, number, string])[] = [
  ['建设3-4处试点。', '3-4处', 3, 4, '处'],
  ['每人每年资助1000——1500元。', '1000——1500元', 1000, 1500, '元'],
  ['每人资助1000—1500元。', '1000—1500元', 1000, 1500, '元'],
  ['服务期限3至5年。', '3至5年', 3, 5, '年'],
  ['服务期限3-5年。', '3-5年', 3, 5, '年'],
  ['招收3～6岁儿童。', '3～6岁', 3, 6, '岁'],
  ['招收3~6岁儿童。', '3~6岁', 3, 6, '岁'],
  ['培训时间为3到5天。', '3到5天', 3, 5, '天'],
  ['培训三至五天。', '三至五天', 3, 5, '天'],
  ['达标率80%-90%。', '80%-90%', 80, 90, '%'],
  ['达标率80-90%。', '80-90%', 80, 90, '%'],
  ['投资三至五万元。', '三至五万元', 3, 5, '万元'],
  ['每校配备2-3名教师。', '2-3名', 2, 3, '名'],
  ['建设用地10–12亩。', '10–12亩', 10, 12, '亩'],
  // spaces a PDF put around the dash
  ['每班配备2 - 3名教师。', '2 - 3名', 2, 3, '名'],
  ['达标率80 - 90%。', '80 - 90%', 80, 90, '%'],
];

describe('ranges: value is the low end, max the high end', () => {
  it.each(CASES)('%s', (sentence, text, value, max, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.max, m.unit]).toEqual([text, value, max, unit]);
  });
  it('a high end below the low end is no range', () => {
    expect(only('编号5-3号楼,共有5间。').text).toBe('5间');
  });
});

describe('neighbouring digits written together are an approximate range', () => {
  const row = (s: string): unknown[] => {
    const m = only(s);
    return [m.text, m.value, m.max, m.unit, m.qualifier];
  };
  it('两三个', () => expect(row('涉及两三个部门。')).toEqual(['两三个', 2, 3, '个', 'approx']));
  it('一两天', () => expect(row('一两天即可完成。')).toEqual(['一两天', 1, 2, '天', 'approx']));
  it('三四十人 (tens)', () => expect(row('三四十人参加。')).toEqual(['三四十人', 30, 40, '人', 'approx']));
  it('五六百元 (hundreds)', () => expect(row('每月五六百元。')).toEqual(['五六百元', 500, 600, '元', 'approx']));
  it('十五六岁 (a head of tens)', () => expect(row('十五六岁的学生。')).toEqual(['十五六岁', 15, 16, '岁', 'approx']));
  it('两三万元 (a scale joins the unit)', () => expect(row('投入两三万元。')).toEqual(['两三万元', 2, 3, '万元', 'approx']));
  it('a qualifier written before it is kept', () => expect(row('约七八个单位。')).toEqual(['约七八个', 7, 8, '个', 'approx']));
  it('digits that are not neighbours are no pair (三五成群)', () => expect(metrics('三五成群。')).toEqual([]));
  it('grades stay grades (二三年级)', () => expect(metrics('二三年级学生。')).toEqual([]));
});
