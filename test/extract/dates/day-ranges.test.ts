// Ranges of days written short: the month (and year) written once, or only before the range.
import { describe, expect, it } from 'vitest';
import { found, rows } from './helpers.js';

describe('dates: a bare day after a joiner takes the month before it', () => {
  it.each([
    ['3月5日至8日', '2014-03-05', '2014-03-08'],
    ['3月5日到8日', '2014-03-05', '2014-03-08'],
    ['3月5日—8日', '2014-03-05', '2014-03-08'],
    ['一月十日到十二日', '2014-01-10', '2014-01-12'],
    ['三月五日至二十日', '2014-03-05', '2014-03-20'],
    ['十一月二十日至三十日', '2014-11-20', '2014-11-30'],
    ['2014年3月1日至15日', '2014-03-01', '2014-03-15'],
  ])('%s', (text, value, end) => expect(found(text, 2014)).toEqual([[text, value, end]]));
  it('从 before the range is not part of it', () =>
    expect(found('从一月十日到20日进行', 2014)).toEqual([['一月十日到20日', '2014-01-10', '2014-01-20']]));
  it('a day before the start is no range', () => expect(found('3月8日至5日', 2014)).toEqual([['3月8日', '2014-03-08', null]]));
  it('a day out of the month is no range', () => expect(found('3月5日至35日', 2014)).toEqual([['3月5日', '2014-03-05', null]]));
});

describe('dates: one 日 closing a range of days', () => {
  it.each([
    ['3月5—8日', '2014-03-05', '2014-03-08', true],
    ['3月5-8日', '2014-03-05', '2014-03-08', true],
    ['3月5至8日', '2014-03-05', '2014-03-08', true],
    ['三月五至八日', '2014-03-05', '2014-03-08', true],
    ['2014年3月5-8日', '2014-03-05', '2014-03-08', false],
    ['2014年10月28—31日', '2014-10-28', '2014-10-31', false],
    // a relative year before the month (今年, 明年)
    ['今年7月3-7日', '2014-07-03', '2014-07-07', true],
    ['明年5月10—12日', '2015-05-10', '2015-05-12', true],
  ])('%s', (text, value, end, inferred) => expect(rows(text, 2014)).toEqual([[text, value, end, 'range', null, inferred]]));
  it('a range of months stays one', () => expect(found('3-5月', 2014)).toEqual([['3-5月', '2014-03', '2014-05']]));
  it('not backwards', () => expect(found('3月8-5日', 2014)).toEqual([['3月', '2014-03', null]]));
  it('not beyond the month', () => expect(found('2月27—30日', 2014)).toEqual([['2月', '2014-02', null]]));
});

describe('dates: days alone after a written month', () => {
  it('the month of the sentence before', () =>
    expect(rows('2014年3月安排如下:5日至8日自查,10日至15日整改。')).toEqual([
      ['2014年3月', '2014-03', null, 'point', null, false],
      ['5日至8日', '2014-03-05', '2014-03-08', 'range', null, true],
      ['10日至15日', '2014-03-10', '2014-03-15', 'range', null, true],
    ]));
  it('a month inferred from the document year', () =>
    expect(found('十月份:十五日到二十日开展评比。', 2014)).toEqual([
      ['十月份', '2014-10', null],
      ['十五日到二十日', '2014-10-15', '2014-10-20'],
    ]));
  it('the end month of a range before', () =>
    expect(found('3月1日—4月2日宣传,5日至8日检查', 2014).at(-1)).toEqual(['5日至8日', '2014-04-05', '2014-04-08']));
  it.each([
    ['no month before', '5日至8日开展自查'],
    ['every month', '每月5日至8日报送'],
    ['a count of days', '第5日至第8日'],
    ['a month in another paragraph', '3月开始。\n\n5日至8日检查'],
    ['a month too far back', `3月开始。${'各单位认真组织。'.repeat(15)}5日至8日检查`],
    ['a day the month does not have', '2月安排:28日至30日'],
  ])('not when %s', (_why, text) => expect(found(text, 2014).filter((d) => d[0].startsWith('5') || d[0].startsWith('28'))).toEqual([]));
  it('a single bare day stays out', () => expect(found('3月份工作:5日前上报', 2014)).toEqual([['3月份', '2014-03', null]]));
});
