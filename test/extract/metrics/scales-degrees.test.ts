import { describe, expect, it } from 'vitest';
import { metrics, only } from './helpers.js';

const rows = (s: string): (string | number | null)[][] => metrics(s).map((m) => [m.text, m.value, m.max, m.unit]);

// [sentence, mention, value, max, unit]: a range whose two ends both carry the scale is one metric.
const SCALED_RANGES: readonly (readonly [string, string, number, number, string])[] = [
  ['每个项目补贴3万—5万元。', '3万—5万元', 3, 5, '万元'],
  ['单笔贷款额度为5万-10万元。', '5万-10万元', 5, 10, '万元'],
  ['总投入预计2亿—3亿元。', '2亿—3亿元', 2, 3, '亿元'],
  ['每户奖励2千—4千元。', '2千—4千元', 2, 4, '千元'],
  ['带动就业1万至1.5万人。', '1万至1.5万人', 1, 1.5, '万人'],
  ['每村补助两万至三万元。', '两万至三万元', 2, 3, '万元'],
];

describe('ranges with the scale on both ends', () => {
  it.each(SCALED_RANGES)('%s', (sentence, text, value, max, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.max, m.unit]).toEqual([text, value, max, unit]);
  });
  it('normalizes the low end with the shared scale', () => expect(only('项目补助3万—5万元。').normalized).toEqual({ value: 30000, unit: '元' }));
  it('mixed scales make no range', () => expect(rows('标准为1万—2千元。')).toEqual([]));
  it('a scale on the high end only still works', () => expect(rows('补助3-5万元。')).toEqual([['3-5万元', 3, 5, '万元']]));
  it('千 after Arabic digits is a scale', () => expect(rows('奖励8千元。')).toEqual([['8千元', 8, null, '千元']]));
  it('千 inside a Chinese numeral stays in the number', () => expect(rows('奖励三千元。')).toEqual([['三千元', 3000, null, '元']]));
});

// [sentence, mention, value, unit]
const DEGREES: readonly (readonly [string, string, number, string])[] = [
  ['田块坡度控制在3度以内。', '3度以内', 3, '度'],
  ['室内温度不低于18度。', '不低于18度', 18, '度'],
  ['年节约用电12万度。', '12万度', 12, '万度'],
  ['坡度不超过十五度。', '不超过十五度', 15, '度'],
];

describe('度 after a number is a unit', () => {
  it.each(DEGREES)('%s', (sentence, text, value, unit) => {
    const m = only(sentence);
    expect([m.text, m.value, m.unit]).toEqual([text, value, unit]);
  });
  it.each([
    ['year word', '完成2025年度考核任务。'],
    ['quarter word', '三季度召开推进会。'],
    ['一度 as once', '该问题一度十分突出。'],
    ['两度 as twice', '活动两度获得表彰。'],
    ['力度 without a number', '加大执法力度。'],
    ['制度 without a number', '健全考核制度和进度通报。'],
  ])('%s is no metric', (_name, sentence) => expect(rows(sentence)).toEqual([]));
});

describe('口 after a numeral counts wells and ponds', () => {
  it('Chinese numeral', () => expect(rows('新打机井二十四口。')).toEqual([['二十四口', 24, null, '口']]));
  it('Arabic numeral', () => expect(rows('整治山塘12口。')).toEqual([['12口', 12, null, '口']]));
  it('with a qualifier', () => expect(rows('修复灌溉塘坝30口以上。')).toEqual([['30口以上', 30, null, '口']]));
  it.each([
    ['人口', '服务人口增长较快。'],
    ['出口', '扩大农产品出口。'],
    ['窗口', '设立便民窗口。'],
    ['一口气', '一口气完成全部任务。'],
    ['口径', '实行三口径统计。'],
  ])('%s is no metric', (_name, sentence) => expect(rows(sentence)).toEqual([]));
});
