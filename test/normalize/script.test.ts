import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../src/normalize/script.js';

describe('toSimplified: conversion', () => {
  it.each([
    ['基礎教育工作計劃', '基础教育工作计划'],
    ['學校體育發展', '学校体育发展'],
    ['在學校裡', '在学校里'],
    ['在課堂裏學習', '在课堂里学习'],
    ['隨著教育的發展', '随着教育的发展'],
    ['著力提升辦學水平', '着力提升办学水平'],
    ['成效顯著,質量提升', '成效显著,质量提升'],
    ['加強衞生管理工作', '加强卫生管理工作'],
    ['建立臺賬,規範檔案', '建立台账,规范档案'],
  ])('%j → %j', (input, expected) => {
    expect(toSimplified(input).text).toBe(expected);
  });

  it.each([
    ['成效显著,质量提升'],
    ['显著提高教学质量,著名特级教师'],
    ['着力推进学校发展'],
    ['2014年教育工作要点'],
    ['本学年我区基础教育工作'],
  ])('leaves simplified %j untouched', (input) => {
    expect(toSimplified(input)).toEqual({ text: input, script: 'simplified' });
  });

  it('fixes a stray traditional character in a simplified line without tw phrase changes', () => {
    expect(toSimplified('全面提升教学质量,成效显著,在本學期取得了明显的进步和发展').text).toBe('全面提升教学质量,成效显著,在本学期取得了明显的进步和发展');
  });

  it('keeps the line structure', () => {
    expect(toSimplified('學校\n\n發展').text).toBe('学校\n\n发展');
  });
});

describe('toSimplified: script', () => {
  const trad = '本學年度我區基礎教育工作要堅決貫徹落實各項目標任務,進一步深化教育領域綜合改革,推動教育事業科學發展。';
  const simp = '本学年度我区基础教育工作要坚决贯彻落实各项目标任务,进一步深化教育领域综合改革,推动教育事业科学发展。';
  it.each([
    [simp, 'simplified'],
    [trad, 'traditional'],
    [`${trad}\n${trad}`, 'traditional'],
    [`${simp}\n${trad}`, 'mixed'],
    [`${simp}${trad}`, 'mixed'],
    [`${simp.repeat(20)}\n在本學期`, 'simplified'],
    ['', 'simplified'],
    ['abc 123', 'simplified'],
  ])('%#: %j is %s', (input, script) => {
    expect(toSimplified(input).script).toBe(script);
  });
});
