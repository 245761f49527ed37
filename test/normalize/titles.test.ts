import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { dedupeTitles } from '../../src/normalize/titles.js';

describe('dedupeTitles', () => {
  it.each([
    ['某校2015年工作计划\n某校2015年工作计划\n一年来,我们做了很多工作。', '某校2015年工作计划\n一年来,我们做了很多工作。'],
    ['某校2015年工作计划\n某校2015年工作计划 某校2015年工作计划 一年来,我们做了很多工作。', '某校2015年工作计划\n一年来,我们做了很多工作。'],
    ['某校2015年工作计划 某校2015年工作计划\n正文开始,内容。', '某校2015年工作计划\n正文开始,内容。'],
    ['某校2015年工作计划 某校2015年工作计划 某校2015年工作计划', '某校2015年工作计划'],
    ['学校工作计划2篇\n\n第一篇\n\n学校工作计划2篇\n\n正文,内容。', '学校工作计划2篇\n\n第一篇\n\n\n正文,内容。'],
    [`${P}某校计划\n某校计划\n正文。`, `${P}某校计划\n正文。`],
  ])('%j → %j', (input, expected) => {
    expect(dedupeTitles(input)).toBe(expected);
  });

  it.each([
    ['某校工作计划\n正文,内容。\n某校工作计划'],
    ['一、工作目标\n目标,内容。\n一、工作目标'],
    ['小学 小学 教育'],
    ['某校计划 报告'],
    ['某县教育局 某县教育局关于做好工作的通知,各校:'],
  ])('leaves %j alone', (input) => {
    expect(dedupeTitles(input)).toBe(input);
  });
});
