import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { sectionTitleYear as titleYear, sectionYearAt, sectionYears } from '../../src/facts/section-years.js';
import type { Section } from '../../src/schema/document.js';
import { factsOf } from './helpers.js';

const sectionTitleYear = (title: string, current: number | null): number | null => titleYear(title, current)?.year ?? null;

/** A flat list of top-level sections cut at the given heading markers of `text`. */
function cut(text: string, headings: readonly (readonly [string, string])[]): Section[] {
  const starts = headings.map(([marker]) => text.indexOf(marker));
  return headings.map(([marker, title], i) => ({
    id: String(i + 1), number: marker, level: 1, title, role: null,
    span: [starts[i] ?? 0, starts[i + 1] ?? text.length], children: [],
  }));
}

const run = (text: string, sections: readonly Section[]): [string, string, string | null, boolean][] => {
  const { dates } = extractDates(text, sections, factsOf(text, { sections }), { vague: true });
  for (const d of dates) expect(text.slice(d.span[0], d.span[1])).toBe(d.text);
  return dates.map((d) => [d.text, d.value, d.end, d.yearInferred]);
};

describe('sectionTitleYear', () => {
  it.each([
    ['2025年工作打算', 2025],
    ['2025年工作计划', 2025],
    ['2025年工作思路', 2025],
    ['2025年重点工作', 2025],
    ['2025年度全局工作安排', 2025],
    ['2022年工作回顾', 2022],
    ['明年工作打算', 2024],
    ['下一年度工作计划', 2024],
  ])('%s → %d', (title, year) => expect(sectionTitleYear(title, 2023)).toBe(year));
  it.each([
    ['no year', '下一步工作打算'],
    ['a year run into the body', '2023年新建公园3个'],
    ['a kind word too far away', '2025年全面完成老旧小区改造和雨污分流等计划'],
    ['a year after a break', '目标,2025年工作计划'],
    ['a year range', '2024—2025年工作计划'],
  ])('%s names no year', (_name, title) => expect(sectionTitleYear(title, 2023)).toBeNull());
  it('明年 needs a current year', () => expect(sectionTitleYear('明年工作打算', null)).toBeNull());
});

describe('sectionYearAt', () => {
  const inner: Section = { id: '2.1', number: '(一)', level: 2, title: '2026年重点工作', role: null, span: [60, 80], children: [] };
  const outer: Section = { id: '2', number: '二', level: 1, title: '2025年工作计划', role: null, span: [50, 100], children: [inner] };
  const years = sectionYears([outer], 2024);
  it('the nearest enclosing section wins', () => expect(sectionYearAt(years, 70)?.year).toBe(2026));
  it('else the outer one', () => expect(sectionYearAt(years, 90)?.year).toBe(2025));
  it('outside any, none', () => expect(sectionYearAt(years, 10)).toBeNull());
});

describe('year-less mentions take the year of their section', () => {
  const text = '某区文化局2023年工作总结和2024年工作打算\n一、工作成效\n全年举办展览12场,11月底前完成普查。\n二、2024年工作打算\n(一)3月底前完成场馆改造。\n(二)上半年举办培训,年底前全部验收。';
  const sections = cut(text, [['一、', '工作成效'], ['二、', '2024年工作打算']]);
  const rows = run(text, sections);
  it('bare months of the review part keep the document year', () => expect(rows).toContainEqual(['11月底前', '2023-11', null, true]));
  it('bare months of the plan section take its year', () => expect(rows).toContainEqual(['3月底前', '2024-03', null, true]));
  it('a half year in the plan section', () => expect(rows).toContainEqual(['上半年', '2024-01', '2024-06', true]));
  it('a year boundary in the plan section', () => expect(rows).toContainEqual(['年底前', '2024', null, true]));
  it('without sections, the document year', () =>
    expect(run(text, [])).toContainEqual(['3月底前', '2023-03', null, true]));
});

describe('明年 sections and written years', () => {
  const text = '某镇2023年工作总结\n一、主要工作\n9月完成整治。\n二、明年工作打算\n1、4月启动新一轮整治;\n2、2025年6月完成验收。';
  const sections = cut(text, [['一、', '主要工作'], ['二、', '明年工作打算']]);
  const rows = run(text, sections);
  it('明年 in the title is the document year + 1', () => expect(rows).toContainEqual(['4月', '2024-04', null, true]));
  it('a written year stays as written', () => expect(rows).toContainEqual(['2025年6月', '2025-06', null, false]));
  it('a written year earlier in the text does not carry into the section', () => {
    const t = '某所2023年工作总结\n一、成效\n2023年11月开展检查。\n二、2024年工作计划\n12月完成验收。';
    expect(run(t, cut(t, [['一、', '成效'], ['二、', '2024年工作计划']]))).toContainEqual(['12月', '2024-12', null, true]);
  });
  it('今年 keeps the document year', () => {
    const t = '某所2023年工作总结\n一、成效\n工作有序。\n二、2024年工作计划\n巩固今年成果。';
    expect(run(t, cut(t, [['一、', '成效'], ['二、', '2024年工作计划']]))).toContainEqual(['今年', '2023', null, true]);
  });
});
