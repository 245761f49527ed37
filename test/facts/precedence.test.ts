// One test per row of the README's table "Document facts: sources and precedence": each source
// decides the year when the sources above it are silent, and loses to them when they speak.
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../../src/types.js';
import { factsOf } from './helpers.js';

const meta = (dates: Metadata['dates'], titles: Metadata['titles'] = []): Metadata => ({ titles, dates });
const published = (value: string): Metadata['dates'][number] => ({ value, origin: 'front_matter', key: 'date', strength: 'published' });
const created = (value: string): Metadata['dates'][number] => ({ value, origin: 'pdf_info', key: 'creationdate', strength: 'created' });
const year = (text: string, options: Parameters<typeof factsOf>[1] = {}) => {
  const y = factsOf(text, options).year;
  return y ? [y.year, y.source] : null;
};

describe('year: 1 the date line or parenthesized date under the title', () => {
  it('a dash date line', () => expect(year('政府工作报告\n——2024年3月5日在某市人民代表大会上\n正文。')).toEqual([2024, 'date_line']));
  it('a date line glued to the title', () => expect(year('政府工作报告——2024年3月5日在某市第二次会议上某市人民政府市长 张某\n各位代表:')).toEqual([2024, 'date_line']));
  it('a parenthesized date', () => expect(year('关于某事的意见\n(2018年1月2日)\n正文。')).toEqual([2018, 'date_line']));
  it('a date line with its venue and no dash', () => expect(year('讲话\n2019年3月4日在全县大会上\n同志们:')).toEqual([2019, 'date_line']));
  it('beats a signature', () => expect(year('报告\n——2024年3月5日在某会议上\n正文。\n某市人民政府\n2023年12月1日')).toEqual([2024, 'date_line']));
});

describe('year: 2 the signature block', () => {
  it('organ and date at the end', () => expect(year('工作报告\n正文。\n城南小学\n2013年11月1日')).toEqual([2013, 'signature']));
  it('before an attachment', () => expect(year('工作要点\n正文。\n某局党组\n2024年2月20日\n附件:分工表\n1\t任务\t2025年6月30日前')).toEqual([2024, 'signature']));
  it('beats a title year that is not next to it', () => expect(year('2020年工作计划\n正文。\n城南小学\n2024年3月1日')).toEqual([2024, 'signature']));
  it('a plan signed in December for next year: the title year', () => expect(year('2024年工作要点\n正文。\n城南小学\n2023年12月28日')).toEqual([2024, 'title']));
  it('a summary signed in January: the title year', () => expect(year('2023年工作总结\n正文。\n城南小学\n2024年1月10日')).toEqual([2023, 'title']));
  it('an untitled-year summary signed in January reviews the year before', () => expect(year('工作总结\n正文。\n城南小学\n2024年1月10日')).toEqual([2023, 'signature']));
});

describe('year: 3 the title', () => {
  it('its own year', () => expect(year('2014年义务教育工作要点\n正文。')).toEqual([2014, 'title']));
  it('the summary year of a summary-and-plan title', () => expect(year('2016年工作总结及2017年工作计划\n正文。')).toEqual([2016, 'title']));
  it('beats the document number', () => expect(year('某教发〔2013〕5号\n2014年工作要点\n正文。')).toEqual([2014, 'title']));
  it('a planning period in the title is not a year', () => expect(year('“十四五”教育发展规划\n正文:2021年起步。')).toEqual([2021, 'body']));
});

describe('year: 4 the document number', () => {
  it('at the top', () => expect(year('某校发〔2015〕3号\n关于开展活动的通知\n正文。')).toEqual([2015, 'doc_number']));
  it('beats metadata', () => expect(year('某校发〔2015〕3号\n关于开展活动的通知', { metadata: meta([published('2016-01-01')]) })).toEqual([2015, 'doc_number']));
});

describe('year: 5 metadata (published dates)', () => {
  it('front matter date', () => expect(year('学校召开会议。', { metadata: meta([published('2022-07-12')]) })).toEqual([2022, 'metadata']));
  it('beats a review section', () =>
    expect(year('一、2020年工作回顾\n正文。', { metadata: meta([published('2022-07-12')]) })).toEqual([2022, 'metadata']));
});

describe('year: 6 the year a review section names', () => {
  const text = '各位代表:\n一、2023年工作回顾\n正文。\n二、主要任务\n正文。';
  const sections = [
    { id: '1', number: '一、', level: 1, title: '2023年工作回顾', role: null, span: [6, 22] as [number, number], children: [] },
    { id: '2', number: '二、', level: 1, title: '主要任务', role: null, span: [22, text.length] as [number, number], children: [] },
  ];
  it('2023年工作回顾 → 2024', () => expect(year(text, { sections })).toEqual([2024, 'review_section']));
  it('beats --reference-date', () => expect(year(text, { sections, reference: '2030' })).toEqual([2024, 'review_section']));
});

describe('year: 7 --reference-date', () => {
  it('when the document names no year', () => expect(year('3月底前完成。', { reference: '2021-03-01' })).toEqual([2021, 'reference_date']));
  it('beats the body years', () => expect(year('2009年建成。9月开学。', { reference: 2012 })).toEqual([2012, 'reference_date']));
});

describe('year: 8 the body', () => {
  it('the latest of the busiest years', () => expect(year('2009年新建,2010年投入,2010年验收,2008年规划。')).toEqual([2010, 'body']));
  it('planning periods and target years never count', () =>
    expect(year('“十四五”期间,到2035年基本实现现代化,到2050年全面建成。2021年开局。')).toEqual([2021, 'body']));
  it('beats the file creation date', () => expect(year('2009年建成。', { metadata: meta([created('2026-11-22')]) })).toEqual([2009, 'body']));
});

describe('year: 9 the file creation date (weak)', () => {
  it('only when nothing else names a year', () => expect(year('7月1日启动。', { metadata: meta([created('2024-06-30')]) })).toEqual([2024, 'metadata']));
  it('none at all', () => expect(year('正文没有年份。')).toBeNull());
});
