// Two small documents written by us in the style of real uploads, checked figure by figure.
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../src/schema/document.js';
import { metrics } from './helpers.js';

const REPORT = [
  '某某县2015年教育工作总结',
  '一、基本情况',
  '全县现有中小学56所,在校学生2.1万人,教职工1,850人。',
  '二、主要成绩',
  '(一)办学条件明显改善。全年投入资金约3500万元,新建校舍1.2万平方米,改造运动场8处。',
  '(二)教育质量稳步提升。高考二本上线420人,比去年增加35人,上线率达到68.5%。',
  '三、下一步打算',
  '力争2016年学前三年毛入园率达到90%以上,新建幼儿园不少于3所。',
].join('\n');

function sectionsOf(text: string): Section[] {
  const at = (s: string): number => text.indexOf(s);
  const sec = (id: string, number: string, title: string, role: Section['role'], from: string, to: string | null, children: Section[] = []): Section => ({
    id, number, level: id.split('.').length, title, role, span: [at(from), to === null ? text.length : at(to)], children,
  });
  return [
    sec('1', '一', '基本情况', 'background', '一、', '二、'),
    sec('2', '二', '主要成绩', 'achievements', '二、', '三、', [
      sec('2.1', '(一)', '办学条件明显改善', null, '(一)', '(二)'),
      sec('2.2', '(二)', '教育质量稳步提升', null, '(二)', '三、'),
    ]),
    sec('3', '三', '下一步打算', 'next_steps', '三、', null),
  ];
}

describe('a summary report', () => {
  const ms = metrics(REPORT, sectionsOf(REPORT));
  const rows = ms.map((m) => [m.text, m.value, m.unit, m.qualifier, m.role, m.sectionId]);

  it('finds every figure and nothing else (no year, no section number)', () => {
    expect(ms.map((m) => m.text)).toEqual(['56所', '2.1万人', '1,850人', '约3500万元', '1.2万平方米', '8处', '420人', '35人', '68.5%', '三年', '90%以上', '不少于3所']);
  });
  it('reads values, units, qualifiers, roles and sections', () => {
    expect(rows).toEqual([
      ['56所', 56, '所', 'exact', 'actual', '1'],
      ['2.1万人', 2.1, '万人', 'exact', 'actual', '1'],
      ['1,850人', 1850, '人', 'exact', 'actual', '1'],
      ['约3500万元', 3500, '万元', 'approx', 'actual', '2.1'],
      ['1.2万平方米', 1.2, '万平方米', 'exact', 'actual', '2.1'],
      ['8处', 8, '处', 'exact', 'actual', '2.1'],
      ['420人', 420, '人', 'exact', 'actual', '2.2'],
      ['35人', 35, '人', 'exact', 'change', '2.2'],
      ['68.5%', 68.5, '%', 'exact', 'actual', '2.2'],
      ['三年', 3, '年', 'exact', 'target', '3'],
      ['90%以上', 90, '%', 'at_least', 'target', '3'],
      ['不少于3所', 3, '所', 'at_least', 'target', '3'],
    ]);
  });
  it('labels the figures', () => {
    expect(ms.map((m) => m.label)).toEqual(['中小学', '在校学生', '教职工', '资金', '校舍', '运动场', '二本上线', '二本上线', '上线率', '毛入园率', '毛入园率', '幼儿园']);
  });
});

const PLAN = '2016年学校工作计划\n一、工作目标\n1.巩固率保持100%,辍学率控制在0.5%以内。\n2.每位教师每学期听课不少于20节。\n3.组织学生开展社会实践活动2-3次,每次半天。';

describe('a work plan', () => {
  const ms = metrics(PLAN);
  it('finds the figures with their qualifiers and ranges', () => {
    expect(ms.map((m) => [m.text, m.value, m.max, m.qualifier])).toEqual([
      ['100%', 100, null, 'exact'],
      ['0.5%以内', 0.5, null, 'at_most'],
      ['不少于20节', 20, null, 'at_least'],
      ['2-3次', 2, 3, 'exact'],
    ]);
  });
  it('figures of a plan are targets', () => {
    expect(ms.every((m) => m.role === 'target')).toBe(true);
  });
});
