import { describe, expect, it } from 'vitest';
import { rows } from './helpers.js';

const vague = { vague: true };

describe('dates: vague mentions, only when asked for', () => {
  it.each([
    ['“十三五”规划', '十三五', '2016', '2020', 'range', null],
    ['“十二五”期间', '十二五', '2011', '2015', 'range', null],
    ['“十一五”规划', '十一五', '2006', '2010', 'range', null],
    ['“十四五”时期', '十四五', '2021', '2025', 'range', null],
    ['教育事业十四五发展规划', '十四五', '2021', '2025', 'range', null],
    ['全市十三五交通建设计划', '十三五', '2016', '2020', 'range', null],
    [',年底前开工', '年底前', '2014', null, 'deadline', 'end'],
    [',年初与各校签订', '年初', '2014', null, 'point', 'start'],
    ['今年底完成', '今年底', '2014', null, 'point', 'end'],
    ['明年初启动', '明年初', '2015', null, 'point', 'start'],
    ['上半年将举办', '上半年', '2014-01', '2014-06', 'range', null],
    ['明年下半年', '明年下半年', '2015-07', '2015-12', 'range', null],
    ['秋季开学已投入使用', '秋季开学', '2014-09', null, 'point', null],
    ['今年以来', '今年以来', '2014', null, 'start', null],
    ['比去年增加', '去年', '2013', null, 'point', null],
  ])('%s', (text, mention, value, end, kind, modifier) => {
    expect(rows(text, 2014, vague)).toEqual([[mention, value, end, kind, modifier, mention.startsWith('十') ? false : true]]);
  });
  it('同年 takes the year written before it', () => expect(rows('2009年竣工,同年验收', 2014, vague)[1]?.[1]).toBe('2009'));
  it('十四五 as a count (十四五个) is no planning period', () => expect(rows('共十四五个村参加', 2014, vague)).toEqual([]));
  it('a plan word too far away is no planning period', () => expect(rows('十四五名同学参加了学校组织的暑期社会实践活动计划', 2014, vague)).toEqual([]));
  it('not 年初 after a count', () => expect(rows('每年初', 2014, vague)).toEqual([]));
  it('not 初中 after 年', () => expect(rows(',年初中毕业', 2014, vague)).toEqual([]));
  it('a written month still wins', () => expect(rows('今年9月', 2014, vague)).toEqual([['今年9月', '2014-09', null, 'point', null, true]]));
  it('nothing vague by default', () => expect(rows('“十三五”规划,年底前开工,上半年,秋季开学,今年', 2014)).toEqual([]));
});
