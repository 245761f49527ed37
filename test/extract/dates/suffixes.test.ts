import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

describe('dates: deadlines and starts', () => {
  it.each([
    ['3月8日前报送', '3月8日前', '2014-03-08', 'deadline'],
    ['2014年4月15日前完成', '2014年4月15日前', '2014-04-15', 'deadline'],
    ['2014年8月31日以前', '2014年8月31日以前', '2014-08-31', 'deadline'],
    ['2014年6月之前', '2014年6月之前', '2014-06', 'deadline'],
    ['2007年以来', '2007年以来', '2007', 'start'],
    ['2014年9月起', '2014年9月起', '2014-09', 'start'],
    ['从2009年起', '2009年起', '2009', 'start'],
    ['2014年9月开始', '2014年9月开始', '2014-09', 'start'],
    ['2007年至今', '2007年至今', '2007', 'start'],
  ])('%s', (text, mention, value, kind) => {
    const [row] = rows(text, 2014);
    expect([row?.[0], row?.[1], row?.[3]]).toEqual([mention, value, kind]);
  });
  it('前 before a count is not a deadline', () => expect(rows('2014年前三季度')).toEqual([['2014年', '2014', null, 'point', null, false]]));
  it('前后 is not a deadline', () => expect(rows('2014年前后')).toEqual([['2014年', '2014', null, 'point', null, false]]));
  it('起草 is not a start', () => expect(rows('2014年3月起草')).toEqual([['2014年3月', '2014-03', null, 'point', null, false]]));
});

describe('dates: boundaries (modifier)', () => {
  it.each([
    ['12月底开工', '12月底', '2014-12', 'point', 'end'],
    ['12月底前完成', '12月底前', '2014-12', 'deadline', 'end'],
    ['2007年底', '2007年底', '2007', 'point', 'end'],
    ['2014年末', '2014年末', '2014', 'point', 'end'],
    ['2009年初,', '2009年初', '2009', 'point', 'start'],
    ['3月初', '3月初', '2014-03', 'point', 'start'],
    ['3月上旬', '3月上旬', '2014-03', 'point', 'start'],
    ['3月中旬', '3月中旬', '2014-03', 'point', 'mid'],
    ['3月下旬', '3月下旬', '2014-03', 'point', 'end'],
    ['10月底,', '10月底', '2014-10', 'point', 'end'],
    ['2014年底前', '2014年底前', '2014', 'deadline', 'end'],
    ['6月末', '6月末', '2014-06', 'point', 'end'],
  ])('%s', (text, mention, value, kind, modifier) => {
    const [row] = rows(text, 2014);
    expect([row?.[0], row?.[1], row?.[3], row?.[4]]).toEqual([mention, value, kind, modifier]);
  });
  it('初中 after a year is a school, not a boundary', () => expect(rows('2014年初中毕业生')).toEqual([['2014年', '2014', null, 'point', null, false]]));
  it('初一 after a year is a grade', () => expect(rows('2014年初一新生')).toEqual([['2014年', '2014', null, 'point', null, false]]));
  it('上旬 does not follow a bare year', () => expect(rows('2014年上旬')[0]?.[0]).toBe('2014年'));
  it('a half year becomes a range of months', () =>
    expect(rows('2014年上半年')).toEqual([['2014年上半年', '2014-01', '2014-06', 'range', null, false]]));
  it('the second half year', () => expect(rows('2014年下半年')).toEqual([['2014年下半年', '2014-07', '2014-12', 'range', null, false]]));
});

describe('dates: more parts of a year and starts', () => {
  it.each([
    ['2014年第一季度', '2014-01', '2014-03'],
    ['2014年第四季度', '2014-10', '2014-12'],
    ['2014年三季度', '2014-07', '2014-09'],
  ])('%s', (text, value, end) => expect(rows(text)).toEqual([[text, value, end, 'range', null, false]]));
  it('以后 makes a start', () => expect(rows('2015年以后')).toEqual([['2015年以后', '2015', null, 'start', null, false]]));
  it('之后 makes a start', () => expect(rows('2015年3月之后', 2014)[0]?.[3]).toBe('start'));
  it('a long plan span with 年 written', () => expect(rows('2016—2030年')).toEqual([['2016—2030年', '2016', '2030', 'range', null, false]]));
  it('元月 is January', () => expect(rows('2015年元月')).toEqual([['2015年元月', '2015-01', null, 'point', null, false]]));
  it('元月 with a day and no year', () => expect(rows('元月1日起', 2015)).toEqual([['元月1日起', '2015-01-01', null, 'start', null, true]]));
  it('元 after an amount is money', () => expect(rows('500元月工资', 2015)).toEqual([]));
  it('a bare 元月 is not enough', () => expect(rows('元月', 2015)).toEqual([]));
});
