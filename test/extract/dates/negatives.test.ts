import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('dates: what is not a date', () => {
  it.each([
    ['a duration in years', '聘期三年'],
    ['a duration in months', '为期3个月'],
    ['a count of grades', '1——6年级共172名学生'],
    ['nine-year schooling', '九年义务教育'],
    ['a document number', '灞校发〔2014〕05号'],
    ['a document number in brackets', '国办发【2011】54号'],
    ['a bare year without 年', '2015军训成果汇演'],
    ['an amount', '投资2014万元'],
    ['a decimal', '增长2014.5万元'],
    ['a redacted year', 'XX年底开始启动'],
    ['a bare Chinese month word', '阳春三月'],
    ['a month count in words', '一个月内'],
    ['a year count', '近六年'],
    ['a percentage', '达到12%'],
    ['a version number', '系统V2.3.1版'],
    ['a three-digit year', '公元前221年'],
    ['a five-digit number before 年', '12014年'],
    ['an upload stamp', '- 2021-04-13 发布 |'],
    ['a page-view stamp with a time', '时间:2022-03-04 08:06:39'],
    ['a list of grades', '初一至初三'],
    ['a plan name without vague mentions', '“十三五”规划'],
    ['a half year without a year', '上半年将举办运动会'],
    ['a year end without a year', '年底前开工'],
    ['a bare 今年', '今年以来'],
  ])('%s: %s', (_why, text) => {
    expect(found(text, 2014)).toEqual([]);
  });
  it('a year at the end of a sentence is a date, not an amount', () => expect(found('实现于2014年。')).toEqual([['2014年', '2014', null]]));
});

describe('dates: stamps only in numeric form', () => {
  it('a written date before a time stays', () => expect(found('定于3月8日 9:00召开', 2014)).toEqual([['3月8日', '2014-03-08', null]]));
  it('a written date before 发布 stays', () => expect(found('教育部于2014年3月8日发布通知')).toEqual([['2014年3月8日', '2014-03-08', null]]));
  it('a numeric date before 上传 goes', () => expect(found('2021/04/13 上传')).toEqual([]));
  it('a numeric month before a time goes', () => expect(found('2021-04 08:06')).toEqual([]));
});
