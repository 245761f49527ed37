import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

// [sentence, mention text, qualifier]
const CASES: readonly (readonly [string, string, string])[] = [
  ['总投资约1000万元。', '约1000万元', 'approx'],
  ['总投资大约1000万元。', '大约1000万元', 'approx'],
  ['建筑面积近10万平方米。', '近10万平方米', 'approx'],
  ['建筑面积将近5000平方米。', '将近5000平方米', 'approx'],
  ['参训教师500人左右。', '500人左右', 'approx'],
  ['等级园比例达到85%以上。', '85%以上', 'at_least'],
  ['孤儿年龄在10周岁以上。', '10周岁以上', 'at_least'],
  ['每学期检查不少于1次。', '不少于1次', 'at_least'],
  ['锻炼时间不低于1小时。', '不低于1小时', 'at_least'],
  ['每周至少2次。', '至少2次', 'at_least'],
  ['班额不超过45人。', '不超过45人', 'at_most'],
  ['班额控制在50人以下。', '50人以下', 'at_most'],
  ['差异系数控制在5%以内。', '5%以内', 'at_most'],
  ['受助学校超过50所。', '超过50所', 'more_than'],
  ['受助金额409万余元。', '409万余元', 'more_than'],
  ['二本上线300多人。', '300多人', 'more_than'],
  ['累计资助逾千万元。', '逾千万元', 'more_than'],
  ['学生不足20人。', '不足20人', 'less_than'],
  ['学生不到20人。', '不到20人', 'less_than'],
  ['学校共有教师16人。', '16人', 'exact'],
  ['专用教室各1间。', '各1间', 'exact'],
  ['录取率达84.9%。', '84.9%', 'exact'],
];

describe('qualifiers', () => {
  it.each(CASES)('%s', (sentence, text, qualifier) => {
    const m = only(sentence);
    expect([m.text, m.qualifier]).toEqual([text, qualifier]);
  });
});
