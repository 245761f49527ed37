// Library options that reach the extractors through the pipeline.
import { describe, expect, it } from 'vitest';
import { extractBytes, extractText } from '../../src/pipeline.js';

const PLAN = [
  '某镇中心小学2025年工作计划',
  '一、主要任务',
  '1.完成校舍维修,年底前全部验收。',
  '2.上半年完成教师培训,12月底前完成考核。',
].join('\n');

const dateTexts = (opts: Parameters<typeof extractText>[1]): string[] =>
  (extractText(PLAN, opts)[0]?.dates ?? []).map((d) => d.text);

describe('vagueDates', () => {
  it('keeps mentions without a written year or month by default', () =>
    expect(dateTexts({})).toEqual(expect.arrayContaining(['年底前', '上半年', '12月底前'])));
  it('resolves them against the document year', () => {
    const d = extractText(PLAN)[0]?.dates.find((x) => x.text === '年底前');
    expect(d).toMatchObject({ value: '2025', kind: 'deadline', yearInferred: true });
  });
  it('drops them when vagueDates is false, keeping written months', () => {
    const texts = dateTexts({ vagueDates: false });
    expect(texts).not.toContain('年底前');
    expect(texts).not.toContain('上半年');
    expect(texts).toContain('12月底前');
  });
});

describe('referenceDate', () => {
  const UNDATED = '某校工作计划\n一、主要任务\n1.3月8日前完成自查。';
  it('gives the year to a document that has none', () =>
    expect(extractText(UNDATED, { referenceDate: '2019' })[0]?.dates[0]).toMatchObject({ value: '2019-03-08', yearInferred: true }));
});

describe('empty input', () => {
  it('extractText of blank text gives no document', () => expect(extractText(' \n\n ')).toEqual([]));
  it('extractBytes of an empty file gives a NO_TEXT error record', async () => {
    const [r] = await extractBytes(new Uint8Array(), 'empty.txt', 'txt');
    expect(r).toMatchObject({ schema: 'plan-extract/error@1', source: { path: 'empty.txt', format: 'txt' }, error: { code: 'NO_TEXT' } });
  });
  it('a file of site chrome only gives NO_TEXT', async () => {
    const chrome = '您好,欢迎访问本站\n当前位置:首页 > 文档 > 计划\n- 2021-04-13 发布 |\n- 37.5 KB |\n';
    const [r] = await extractBytes(new TextEncoder().encode(chrome), 'chrome.txt', 'txt');
    expect(r?.schema === 'plan-extract/error@1' && r.error.code).toBe('NO_TEXT');
  });
});
