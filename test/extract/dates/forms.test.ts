import { describe, expect, it } from 'vitest';
import { found, rows } from './helpers.js';

describe('dates: full and partial dates with a written year', () => {
  it.each([
    ['会议于2014年3月2日召开。', '2014年3月2日', '2014-03-02'],
    ['2014年3月启动。', '2014年3月', '2014-03'],
    ['全面完成2014年目标。', '2014年', '2014'],
    ['力争2020年实现。', '2020年', '2020'],
    ['2014年12月31日', '2014年12月31日', '2014-12-31'],
    ['2014年1月', '2014年1月', '2014-01'],
    ['2014年10月', '2014年10月', '2014-10'],
    ['定于2014年3月2号报到', '2014年3月2号', '2014-03-02'],
    ['2014年03月05日', '2014年03月05日', '2014-03-05'],
    ['2013年度考核', '2013年度', '2013'],
    ['2014年5月份完成', '2014年5月份', '2014-05'],
    ['学校始建于1942年。', '1942年', '1942'],
    ['2016年2月29日', '2016年2月29日', '2016-02-29'],
  ])('%s → %s %s', (text, mention, value) => {
    expect(found(text)).toEqual([[mention, value, null]]);
  });
});

describe('dates: Chinese numerals', () => {
  it.each([
    ['二〇一三年三月', '二〇一三年三月', '2013-03'],
    ['二0一三年三月', '二0一三年三月', '2013-03'],
    ['二零一四年', '二零一四年', '2014'],
    ['二〇一四年十二月', '二〇一四年十二月', '2014-12'],
    ['二〇一四年十一月二十日', '二〇一四年十一月二十日', '2014-11-20'],
    ['二〇一四年三月八日', '二〇一四年三月八日', '2014-03-08'],
    ['二〇一四年五月三十一日', '二〇一四年五月三十一日', '2014-05-31'],
    ['二○一五年一月', '二○一五年一月', '2015-01'],
    ['2014年三月', '2014年三月', '2014-03'],
  ])('%s → %s', (text, mention, value) => {
    expect(found(text)).toEqual([[mention, value, null]]);
  });
});

describe('dates: numeric forms', () => {
  it.each([
    ['整改时间:2016.5.10', '2016.5.10', '2016-05-10'],
    ['2014-03-02', '2014-03-02', '2014-03-02'],
    ['2014/3/2', '2014/3/2', '2014-03-02'],
    ['截止2014-3-2。', '2014-3-2', '2014-03-02'],
    ['统计至2014-03止', '2014-03', '2014-03'],
    ['2014/11', '2014/11', '2014-11'],
  ])('%s → %s', (text, mention, value) => {
    expect(found(text)).toEqual([[mention, value, null]]);
  });
  it('leaves out a mention with an impossible day', () => expect(found('2014年2月30日')).toEqual([]));
  it('accepts 29 February in a leap year only', () => expect(found('2015年2月29日')).toEqual([]));
  it('does not read 2014.3 as a date', () => expect(found('方案2014.3')).toEqual([]));
  it('does not read 2014.3.45 as a date', () => expect(found('编号2014.3.45')).toEqual([]));
});

describe('dates: months and days without a year', () => {
  it.each([
    ['3月8日前报送', '3月8日前', '2014-03-08'],
    ['12月开工', '12月', '2014-12'],
    ['12月份开工', '12月份', '2014-12'],
    ['9月投入使用', '9月', '2014-09'],
    ['于5月9日检查', '5月9日', '2014-05-09'],
    ['三月八日', '三月八日', '2014-03-08'],
    ['十月份', '十月份', '2014-10'],
  ])('%s → %s', (text, mention, value) => {
    const [row] = rows(text, 2014);
    expect(row?.[0]).toBe(mention);
    expect(row?.[1]).toBe(value);
    expect(row?.[5]).toBe(true);
  });
});

describe('dates: kinds of the simple forms', () => {
  it('a point', () => expect(rows('2014年3月2日', null)).toEqual([['2014年3月2日', '2014-03-02', null, 'point', null, false]]));
  it('a festival written as month·day', () => expect(found('庆“六·一”国际儿童节', 2014)).toEqual([['六·一', '2014-06-01', null]]));
  it('no festival without a festival word', () => expect(found('六·一', 2014)).toEqual([]));
});

describe('dates: festivals written as month·day', () => {
  it.each([
    ['“五·四”青年节', '五·四', '2014-05-04'],
    ['五·一劳动节', '五·一', '2014-05-01'],
    ['十·一国庆节', '十·一', '2014-10-01'],
    ['“七·一”前夕', '七·一', '2014-07-01'],
  ])('%s', (text, mention, value) => expect(found(text, 2014)).toEqual([[mention, value, null]]));
  it('not a dotted pair before other words', () => expect(found('一·二班', 2014)).toEqual([]));
  it('not without the dot', () => expect(found('四五节课', 2014)).toEqual([]));
});
