import { describe, expect, it } from 'vitest';
import { genreRole, isChange } from '../../../src/extract/metrics/role.js';
import { documentGenre, titleKind } from '../../../src/facts/kind.js';
import { metrics } from './helpers.js';
import { extractText } from '../../../src/pipeline.js';

const roleOf = (s: string, text: string): string | null | undefined => metrics(s).find((m) => m.text === text)?.role;

describe('roles', () => {
  it.each([
    ['上线人数比去年增加19人。', '19人', 'change'],
    ['高中在校生净增780人。', '780人', 'change'],
    ['录取率增长6.1%。', '6.1%', 'change'],
    ['合格率提高2个百分点。', '2个百分点', 'change'],
    ['辍学人数减少12人。', '12人', 'change'],
    ['力争入学率达到98%以上。', '98%以上', 'target'],
    ['确保新建学校3所。', '3所', 'target'],
    ['计划投资500万元。', '500万元', 'target'],
    ['已完成投资500万元。', '500万元', 'actual'],
    ['累计投入资金500万元。', '500万元', 'actual'],
    ['今年新增学位300个。', '300个', 'actual'],
  ] as const)('%s', (s, text, role) => {
    expect(roleOf(s, text)).toBe(role);
  });

  it('a figure with no cue takes the genre of the document: a summary → actual', () => {
    expect(roleOf('2014年教育工作总结\n全县有学校118所。', '118所')).toBe('actual');
  });
  it('a figure with no cue takes the genre of the document: a plan → target', () => {
    expect(roleOf('2015年教育工作要点\n全县新建学校3所。', '3所')).toBe('target');
  });
  it('a later year than the document\'s makes a target, even in a report', () => {
    expect(roleOf('2015年教育工作总结\n到2016年,全县幼儿园达到45所。', '45所')).toBe('target');
  });
  it('an earlier year does not', () => {
    expect(roleOf('2015年教育工作总结\n比2010年净增幼儿园12所,全县幼儿园达到45所。', '45所')).toBe('actual');
  });
  it('no genre and no cue: null', () => {
    expect(roleOf('全县有学校118所。', '118所')).toBeNull();
  });
  it.each([
    ['某某学校工作总结', 'actual'],
    ['关于某某工作情况的报告', 'actual'],
    ['2015年工作计划', 'target'],
    ['某某活动实施方案', 'target'],
    ['教育局工作总结和明年工作思路', 'actual'],
    ['通知', null],
  ] as const)('genre of %s', (title, role) => {
    expect(genreRole(documentGenre(titleKind(null), title))).toBe(role);
  });
  it.each([
    ['plan', 'target'],
    ['report', 'actual'],
    ['mixed', 'actual'],
    [null, null],
  ] as const)('the genre %s gives %s', (genre, role) => expect(genreRole(genre)).toBe(role));
  it.each([
    ['比去年增加', true],
    ['增长了', true],
    ['新增', false],
    ['达到', false],
    ['提高到', false],
  ] as const)('isChange(%s)', (before, yes) => {
    expect(isChange(before)).toBe(yes);
  });
});

describe('roles by the year a section names', () => {
  const text = '政府工作报告\n——2025年1月20日在某省人民代表大会上\n一、2024年工作回顾\n地区生产总值达到5.4万亿元。\n二、2025年经济社会发展总体要求和主要目标\n城镇新增就业110万人以上。\n';
  const rec = () => extractText(text)[0]!;
  it('a figure in the review section is actual', () => expect(rec().metrics.find((m) => m.text === '5.4万亿元')?.role).toBe('actual'));
  it('a figure in a section planning the next year is a target', () => expect(rec().metrics.find((m) => m.text === '110万人以上')?.role).toBe('target'));
});
