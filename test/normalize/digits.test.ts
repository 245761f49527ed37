import { describe, expect, it } from 'vitest';
import { joinSpacedDigits, tightenNumberSpacing } from '../../src/normalize/digits.js';

describe('joinSpacedDigits', () => {
  it.each([
    ['2 0 1 3年', '2013年'],
    ['1 2 月', '12 月'],
    ['(2 0 1 3)4号', '(2013)4号'],
    ['于2 0 1 4年4月1 5 日前完成', '于2014年4月15 日前完成'],
    ['(2 0 1 2年1 1月一2 0 1 3年3月)', '(2012年11月一2013年3月)'],
    ['1.2 0 1 4年8月', '1.2014年8月'],
    ['共 1 2 3 4 人', '共 1234 人'],
    ['达到9 5 %', '达到95 %'],
  ])('%j → %j', (input, expected) => {
    expect(joinSpacedDigits(input)).toBe(expected);
  });

  it.each([
    ['表中 12 15 两数'],
    ['合计 3 5 8'],
    ['1 2'],
    ['得分 12 3 4'],
    ['2013年'],
    ['第3 章'],
  ])('leaves %j alone', (input) => {
    expect(joinSpacedDigits(input)).toBe(input);
  });
});

describe('tightenNumberSpacing', () => {
  it.each([
    ['2013 年 11 月 1 日', '2013年11月1日'],
    ['教师 16 人', '教师16人'],
    ['共有 6 年教学班 172 名学生', '共有6年教学班172名学生'],
    ['生均 8.72 平方米', '生均8.72平方米'],
    ['达到 85 %', '达到 85%'],
    ['15 日前', '15日前'],
    ['1——6 年级', '1——6年级'],
  ])('%j → %j', (input, expected) => {
    expect(tightenNumberSpacing(input)).toBe(expected);
  });

  it.each([['XX小学 2016年5月'], ['合计 12 15'], ['电话 12345'], ['Windows 10 system']])('leaves %j alone', (input) => {
    expect(tightenNumberSpacing(input)).toBe(input);
  });
});
