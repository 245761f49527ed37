// A day written without 日 (二零零四年八月十五, 2004年8月15): a date only at a clause end.
import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('dates: a day without 日 after a year and month', () => {
  it.each([
    ['二零零四年八月十五', '二零零四年八月十五', '2004-08-15'],
    ['二〇〇四年八月十五。', '二〇〇四年八月十五', '2004-08-15'],
    ['2004年8月15', '2004年8月15', '2004-08-15'],
    ['于2004年8月15,召开大会', '2004年8月15', '2004-08-15'],
    ['2004年8月15;', '2004年8月15', '2004-08-15'],
    ['2004年8月15、16两天', '2004年8月15', '2004-08-15'],
    ['某某小学\n2004年8月15\n', '2004年8月15', '2004-08-15'],
    ['(2004年8月15)', '2004年8月15', '2004-08-15'],
    ['2004年8月15 。', '2004年8月15', '2004-08-15'],
  ])('%s', (text, mention, value) => expect(found(text)).toEqual([[mention, value, null]]));
  it.each([
    ['an amount after the month', '2004年8月15万元', '2004年8月'],
    ['a count after the month', '2004年8月15人参加', '2004年8月'],
    ['a thousands separator', '2004年8月12,000元', '2004年8月'],
    ['a decimal', '2004年8月1.5万', '2004年8月'],
  ])('not %s', (_why, text, mention) => expect(found(text).map((d) => d[0])).toEqual([mention]));
  it('an impossible day voids the mention, as with 日', () => expect(found('2004年2月30。')).toEqual([]));
  it('not without a year', () => expect(found('8月15,', 2004)).toEqual([['8月', '2004-08', null]]));
});
