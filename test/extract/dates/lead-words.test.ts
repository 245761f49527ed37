// Words around a year or date that make it a deadline, a start, an as-of point or a period.
import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

const first = (text: string) => {
  const [row] = rows(text, 2023);
  return row && [row[0], row[1], row[2], row[3], row[4]];
};

describe('dates: before and after a year', () => {
  it.each([
    ['2020年以前建成的校舍', '2020年以前', '2020', 'deadline'],
    ['2020年之前完成', '2020年之前', '2020', 'deadline'],
    ['2020年前完成', '2020年前', '2020', 'deadline'],
    ['2019年之后新建', '2019年之后', '2019', 'start'],
    ['2018年以后调入', '2018年以后', '2018', 'start'],
    ['2018年以来', '2018年以来', '2018', 'start'],
    ['2023年6月30日以前', '2023年6月30日以前', '2023-06-30', 'deadline'],
    ['2023年6月以后', '2023年6月以后', '2023-06', 'start'],
  ])('%s', (text, mention, value, kind) => expect(first(text)).toEqual([mention, value, null, kind, null]));
});

describe('dates: 截至/截止 give an as-of point, not a deadline', () => {
  it.each([
    ['截止到2023年底,全县共建成', '2023年底', '2023', 'end'],
    ['截至2023年12月31日,累计投入', '2023年12月31日', '2023-12-31', null],
    ['截止2022年底,已办结', '2022年底', '2022', 'end'],
    ['截至2023年,全镇共有', '2023年', '2023', null],
    ['截至6月30日,共受理', '6月30日', '2023-06-30', null],
  ])('%s', (text, mention, value, modifier) => expect(first(text)).toEqual([mention, value, null, 'point', modifier]));
  it('到 alone makes a deadline', () => expect(first('到2025年底,全面建成')).toEqual(['2025年底', '2025', null, 'deadline', 'end']));
  it('截止 then 前 is a deadline of its own', () =>
    expect(first('截止2023年12月31日前报送')).toEqual(['2023年12月31日前', '2023-12-31', null, 'deadline', null]));
});

describe('dates: 自…起至…止 is one period', () => {
  it.each([
    ['统计期限自2023年1月1日起至2023年12月31日止。', '2023年1月1日起至2023年12月31日止', '2023-01-01', '2023-12-31'],
    ['自3月1日起至5月31日止', '3月1日起至5月31日止', '2023-03-01', '2023-05-31'],
    ['2023年1月1日至2023年12月31日止', '2023年1月1日至2023年12月31日止', '2023-01-01', '2023-12-31'],
  ])('%s', (text, mention, value, end) => expect(first(text)).toEqual([mention, value, end, 'range', null]));
  it('起到 is not a start (起到…作用)', () => expect(first('2023年1月1日起到示范作用')).toEqual(['2023年1月1日', '2023-01-01', null, 'point', null]));
  it('a start alone stays a start', () => expect(first('自2023年1月1日起施行')).toEqual(['2023年1月1日起', '2023-01-01', null, 'start', null]));
  it('a start before 至 and no date stays a start', () =>
    expect(first('2023年1月9日起至官方网站报名')).toEqual(['2023年1月9日起', '2023-01-09', null, 'start', null]));
  it('止 after a single date is not taken', () => expect(first('统计至2023年3月止')).toEqual(['2023年3月', '2023-03', null, 'deadline', null]));
});
