import { describe, expect, it } from 'vitest';
import { found, rows } from './helpers.js';

describe('dates: ranges between two dates', () => {
  it.each([
    ['2012年11月—2013年3月', '2012-11', '2013-03'],
    ['2012年11月一2013年3月', '2012-11', '2013-03'],
    ['2012年11月——2013年3月', '2012-11', '2013-03'],
    ['2012年11月-2013年3月', '2012-11', '2013-03'],
    ['2012年11月至2013年3月', '2012-11', '2013-03'],
    ['2012年11月~2013年3月', '2012-11', '2013-03'],
    ['2014年9月到2014年12月', '2014-09', '2014-12'],
    ['2014年3月1日—2014年4月30日', '2014-03-01', '2014-04-30'],
    ['2014年3月—6月', '2014-03', '2014-06'],
    ['2014年3月1日—15日', '2014-03-01', '2014-03-15'],
    ['2014年11月—3月', '2014-11', '2015-03'],
    ['2014年—2015年3月', '2014', '2015-03'],
  ])('%s', (text, value, end) => {
    expect(found(text)).toEqual([[text, value, end]]);
  });
  it('keeps the kind range', () =>
    expect(rows('2012年11月一2013年3月')).toEqual([['2012年11月一2013年3月', '2012-11', '2013-03', 'range', null, false]]));
  it('a dash inside a phase heading', () =>
    expect(found('动员部署阶段(3月3日—3月15日)', 2014)).toEqual([['3月3日—3月15日', '2014-03-03', '2014-03-15']]));
  it('a bare day after a dash', () => expect(found('3月3日—15日', 2014)).toEqual([['3月3日—15日', '2014-03-03', '2014-03-15']]));
  it('a range of months', () => expect(found('3-5月开展', 2014)).toEqual([['3-5月', '2014-03', '2014-05']]));
  it('a range of months with a year', () => expect(found('2014年3—6月份', null)).toEqual([['2014年3—6月份', '2014-03', '2014-06']]));
  it('a yearless range is inferred', () =>
    expect(rows('3月3日—3月15日', 2014)).toEqual([['3月3日—3月15日', '2014-03-03', '2014-03-15', 'range', null, true]]));
  it('一 after a Chinese-numeral month is a day, not a dash', () =>
    expect(found('二〇一三年三月一日')).toEqual([['二〇一三年三月一日', '2013-03-01', null]]));
  it('a list comma does not make a range', () => expect(found('2013年、2014年')).toHaveLength(2));
  it('backwards months are not a range', () => expect(found('5-3月', 2014)).toEqual([['3月', '2014-03', null]]));
});

describe('dates: ranges of years', () => {
  it.each([
    ['2007年至2009年', '2007年至2009年', '2007', '2009'],
    ['2014-2015学年', '2014-2015学年', '2014', '2015'],
    ['2008—2009学年', '2008—2009学年', '2008', '2009'],
    ['2008—2009学促成', '2008—2009学', '2008', '2009'],
    ['2012——2013年度', '2012——2013年度', '2012', '2013'],
    ['2014-15学年', '2014-15学年', '2014', '2015'],
    ['2014—2016年', '2014—2016年', '2014', '2016'],
    ['2014年—2016年', '2014年—2016年', '2014', '2016'],
    ['2014年到2016年', '2014年到2016年', '2014', '2016'],
    ['2014～2016年', '2014～2016年', '2014', '2016'],
    ['2014-2015学年度', '2014-2015学年度', '2014', '2015'],
  ])('%s', (text, mention, value, end) => {
    expect(rows(text)).toEqual([[mention, value, end, 'range', null, false]]);
  });
  it('not a range of amounts', () => expect(found('资助1000——1500元')).toEqual([]));
  it('not a range going backwards', () => expect(found('2015-2013')).toEqual([]));
  it('not a range over more than ten years', () => expect(found('1990-2014')).toEqual([]));
  it('a two-digit end only for school years', () => expect(found('2014-15')).toEqual([]));
});

describe('dates: one school year named by its first year (mainland)', () => {
  it.each([
    ['2019学年工作要点', '2019学年', '2019', '2020'],
    ['2009学年度第二学期', '2009学年度', '2009', '2010'],
    ['在2021 学年里', '2021 学年', '2021', '2022'],
  ])('%s', (text, mention, value, end) => {
    expect(rows(text)).toEqual([[mention, value, end, 'range', null, false]]);
  });
  it('the range form wins over its last year (2014-2015学年 is one mention)', () => expect(found('2014-2015学年')).toHaveLength(1));
  it('not an amount of years (学年 as a unit after a count)', () => expect(found('学制3学年')).toEqual([]));
});

describe('dates: dotted ranges and dashes before dates', () => {
  it.each([
    ['2013.9—2014.7', '2013-09', '2014-07'],
    ['2013.09-2014.07', '2013-09', '2014-07'],
    ['2014.3-2014.5', '2014-03', '2014-05'],
    ['2014.3.1-3.15', '2014-03-01', '2014-03-15'],
    ['2014.3.1—2014.4.30', '2014-03-01', '2014-04-30'],
  ])('%s', (text, value, end) => expect(found(text)).toEqual([[text, value, end]]));
  it('not a range of decimals with a unit', () => expect(found('2014.3-2014.5万元')).toEqual([]));
  it('not a backwards dotted range', () => expect(found('2014.5-2014.3')).toEqual([]));
  it('a hyphen between two bare months', () => expect(found('3月1日-3月15日', 2014)).toEqual([['3月1日-3月15日', '2014-03-01', '2014-03-15']]));
  it('a list marker before a month', () => expect(found('1.3月8日前报送', 2014)).toEqual([['3月8日前', '2014-03-08', null]]));
  it('a list marker on a new line', () => expect(found('安排:\n2.12月底前完成', 2014)).toEqual([['12月底前', '2014-12', null]]));
  it('a decimal before 月 is not a month', () => expect(found('增长1.12月', 2014)).toEqual([]));
});

describe('dates: ranges mixing written and numeric forms', () => {
  it.each([
    ['2022年2月1日至2022-07-31', '2022-02-01', '2022-07-31'],
    ['2022-02-01至2022年7月31日', '2022-02-01', '2022-07-31'],
    ['2022/2/1—2022/7/31', '2022-02-01', '2022-07-31'],
  ])('%s', (text, value, end) => expect(found(text)).toEqual([[text, value, end]]));
  it('a half year stays a range of months (as precise as written)', () =>
    expect(rows('2022年上半年,全所共接报警情')[0]).toEqual(['2022年上半年', '2022-01', '2022-06', 'range', null, false]));
  it('年底前 takes the title year', () =>
    expect(rows('某所2022年上半年工作总结\n年底前新建站点6个', null, { vague: true }).at(-1)).toEqual(['年底前', '2022', null, 'deadline', 'end', true]));
});
