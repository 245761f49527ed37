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

describe('dates: 到/至 before a date makes it a deadline', () => {
  it.each([
    ['到2025年底,全镇建成', '2025年底', '2025', 'deadline', 'end'],
    ['目标到2026年,覆盖率达到90%', '2026年', '2026', 'deadline', null],
    ['力争到2024年6月底全部完工', '2024年6月底', '2024-06', 'deadline', 'end'],
    ['到10月31日,完成验收', '10月31日', '2014-10-31', 'deadline', null],
    ['工作目标到2025年底,建成便民圈', '2025年底', '2025', 'deadline', 'end'],
    ['至2027年,形成长效机制', '2027年', '2027', 'deadline', null],
    ['达到2013年水平', '2013年', '2013', 'point', null],
    ['截至2023年底,全县共有', '2023年底', '2023', 'point', 'end'],
    ['截止到2023年底,全县共有', '2023年底', '2023', 'point', 'end'],
    ['到2023年底,已建成站点12个', '2023年底', '2023', 'point', 'end'],
    ['到2022年底累计投入', '2022年底', '2022', 'point', 'end'],
    ['回到2010年的水平', '2010年', '2010', 'point', null],
    // an event moved to a new time happens then: no deadline
    ['培训延迟到9月份举行', '9月份', '2014-09', 'point', null],
    ['初评工作推迟到6月份进行', '6月份', '2014-06', 'point', null],
    ['研修活动延期至12月举行', '12月', '2014-12', 'point', null],
    ['会议提前到5月10日召开', '5月10日', '2014-05-10', 'point', null],
    ['调研改到10月份', '10月份', '2014-10', 'point', null],
    ['2024年底,全镇建成', '2024年底', '2024', 'point', 'end'],
  ])('%s', (text, mention, value, kind, modifier) => {
    const [row] = rows(text, 2014);
    expect([row?.[0], row?.[1], row?.[3], row?.[4]]).toEqual([mention, value, kind, modifier]);
  });
  it('到 between two dates still makes a range', () =>
    expect(rows('2024年3月到2025年底')).toEqual([['2024年3月到2025年底', '2024-03', '2025', 'range', null, false]]));
  it('到年底 (vague) is a deadline', () =>
    expect(rows(',到年底完成改造', 2014, { vague: true })).toEqual([['年底', '2014', null, 'deadline', 'end', true]]));
});

describe('dates: one school or financial year is a single period, so 起 and 到 give it a kind', () => {
  it.each([
    ['由2014-2015学年起,政府会增加', '2014-2015学年起', '2014', '2015', 'start'],
    ['2012-2013年度起5年内', '2012-2013年度起', '2012', '2013', 'start'],
    ['2019学年起实行新办法', '2019学年起', '2019', '2020', 'start'],
    ['到2018-2019学年,每年将有5000名', '2018-2019学年', '2018', '2019', 'deadline'],
    ['在2014-2015学年增加学额', '2014-2015学年', '2014', '2015', 'range'],
    // a span of several years, or two years written as years, stays a range
    ['2014-2016学年起', '2014-2016学年', '2014', '2016', 'range'],
    ['2014-2015年起', '2014-2015年', '2014', '2015', 'range'],
  ])('%s', (text, mention, value, end, kind) => {
    const [row] = rows(text, 2014);
    expect([row?.[0], row?.[1], row?.[2], row?.[3]]).toEqual([mention, value, end, kind]);
  });
});

describe('dates: 前 glued to the next row number', () => {
  it('a table row run into the next', () =>
    expect(rows('排查 燃气科 2023年6月30日前3整改 城建科')[0]).toEqual(['2023年6月30日前', '2023-06-30', null, 'deadline', null, false]));
  it('a list number after the deadline', () =>
    expect(rows('于5月31日前2.开展培训', 2014)[0]).toEqual(['5月31日前', '2014-05-31', null, 'deadline', null, true]));
  it('前 then a tab and a number', () =>
    expect(rows('2023年6月30日前\t3\t整改')[0]).toEqual(['2023年6月30日前', '2023-06-30', null, 'deadline', null, false]));
  it.each([
    ['2014年前3季度'],
    ['2014年前10名'],
    ['2014年前3个月'],
    ['2014年前 5 位'],
    ['2014年前20%'],
  ])('%s: the first N, not a deadline', (text) => expect(rows(text)[0]?.[3]).toBe('point'));
  it('3 days before a date is not a deadline of that date', () => expect(rows('6月30日前3天报送', 2014)[0]?.[0]).toBe('6月30日'));
});
