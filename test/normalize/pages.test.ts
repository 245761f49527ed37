import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { pageRuns, removePageMarkers } from '../../src/normalize/pages.js';

const strip = (text: string): string => removePageMarkers(text).text;

describe('removePageMarkers: lines of their own', () => {
  it.each([
    ['甲\n-1-\n乙', `甲\n${P}\n乙`],
    ['甲\n- 2 -\n乙', `甲\n${P}\n乙`],
    ['甲\n— 3 —\n乙', `甲\n${P}\n乙`],
    ['甲\n--12--\n乙', `甲\n${P}\n乙`],
    ['甲\n第1页 共12页\n乙', `甲\n${P}\n乙`],
    ['甲\n第 4 页\n乙', `甲\n${P}\n乙`],
    ['甲\n共12页 第3页\n乙', `甲\n${P}\n乙`],
    ['甲\nPage 2 of 9\n乙', `甲\n${P}\n乙`],
    ['1/3\n内容一\n2/3\n内容二', `${P}\n内容一\n${P}\n内容二`],
  ])('%j → %j', (input, expected) => {
    expect(strip(input)).toBe(expected);
  });

  it.each([
    ['甲\n1/3\n乙'],
    ['甲\n3/2\n乙'],
    ['甲\n12\n乙'],
    ['甲\n- 2 - 乙\n丙'],
    ['共12页'],
  ])('leaves %j alone', (input) => {
    expect(strip(input)).toBe(input);
  });
});

describe('removePageMarkers: inside lines, by sequence', () => {
  it.each([
    ['甲。-1-乙,丙丁-2-戊。', `甲。${P}乙,丙丁${P}戊。`],
    ['-1-标题正文-2-接着', `${P}标题正文${P}接着`],
    ['难题。-2-3.持续推进 -3- 继续', `难题。${P}3.持续推进${P}继续`],
    ['甲-1-乙-2-丙-4-丁', `甲${P}乙${P}丙${P}丁`],
    ['甲－1－乙－2－丙', '甲－1－乙－2－丙'], // full-width dashes are folded by the width rule first
    ['甲—1—乙—2—丙', `甲${P}乙${P}丙`],
    ['正文第 2 页 共 12 页 接着', `正文${P}接着`],
    ['甲第1页乙第2页丙', `甲${P}乙${P}丙`],
  ])('%j → %j', (input, expected) => {
    expect(strip(input)).toBe(expected);
  });

  it.each([
    ['全县设3-4处集中办学点'],
    ['覆盖1——6年级'],
    ['2012年11月—2013年3月'],
    ['2014-2015学年'],
    ['只有一个-1-在这里'],
    ['第1-2-3周'],
    ['先-3-后-1-'],
    ['见第3页'],
    ['比例为1/3。'],
    ['甲-1-乙-9-丙'],
  ])('leaves %j alone', (input) => {
    expect(strip(input)).toBe(input);
  });

  it('counts removals', () => {
    expect(removePageMarkers('甲-1-乙-2-丙\n- 3 -\n丁').count).toBe(3);
  });

  it('finds one run per part when numbering restarts', () => {
    expect(strip('甲-1-乙-2-丙第二篇丁-1-戊-2-己')).toBe(`甲${P}乙${P}丙第二篇丁${P}戊${P}己`);
  });
});

describe('pageRuns', () => {
  const c = (start: number, page: number, group = 0) => ({ start, end: start + 3, page, group });
  it('keeps the longest increasing run', () => {
    expect(pageRuns([c(0, 1), c(10, 7), c(20, 2), c(30, 3)]).map((x) => x.page)).toEqual([1, 2, 3]);
  });
  it('rejects a lone candidate', () => {
    expect(pageRuns([c(0, 5)])).toEqual([]);
  });
  it('needs the same group', () => {
    expect(pageRuns([c(0, 1, 3), c(10, 2, 4)])).toEqual([]);
  });
});
