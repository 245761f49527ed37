import { describe, expect, it } from 'vitest';
import { scanMarkers } from '../../src/segment/markers.js';
import { buildSections } from '../../src/segment/sections.js';
import { checkSpans, outline } from './helpers.js';

/** style ordinal number context of each candidate. */
function scan(text: string): string[] {
  return scanMarkers(text).map((c) => `${c.style} ${c.ordinal} ${c.number} ${c.context}`);
}

describe('bracketed numbered headings: scanning', () => {
  it('【重点任务3】 at a line start', () => expect(scan('【重点任务3】提升办学质量。')).toEqual(['br-重点任务 3 【重点任务3】 line']));
  it('a Chinese numeral inside the brackets', () => expect(scan('【专项行动二】整治河道')).toEqual(['br-专项行动 2 【专项行动二】 line']));
  it('a bare number in brackets', () => expect(scan('【12】完善制度')).toEqual(['br- 12 【12】 line']));
  it('the label belongs to the style: two labels are two styles', () =>
    expect(scanMarkers('【任务1】甲\n【专栏1】乙').map((c) => c.style)).toEqual(['br-任务', 'br-专栏']));
  it('inside a line it is a reference, not a heading', () => expect(scan('详见【重点任务3】的安排')).toEqual([]));
  it('a label of words without a number is no marker', () => expect(scan('【打印正文】')).toEqual([]));
  it('a label longer than six characters is no marker', () => expect(scan('【市委市政府重点督办任务3】推进')).toEqual([]));
  it('after a table-of-contents line (leaders, page number) nothing is read', () =>
    expect(scan('目录\n三、落实任务……6【重点任务1】加强德育……6')).toEqual(['cn-dun 3 三、 line']));
});

describe('bracketed numbered headings: the outline', () => {
  const plan = [
    '一、主要任务',
    '【重点任务1】加强德育工作。完善工作机制。',
    '【重点任务2】促进全面发展。开齐开足课程。',
    '二、发展学前教育',
    '【重点任务3】优化服务体系。新建幼儿园5所。',
    '【重点任务4】提升内涵品质。',
    '三、保障措施',
    '(一)加强领导。建立工作机制。',
    '(二)推动重大项目落地。',
    '【重点任务5】重大平台:建设高教园区。',
    '【重点任务6】重大项目:改扩建学校。',
    '(三)加大投入。',
  ].join('\n');

  it('they sit under the 一、 sections and count on from one parent to the next', () =>
    expect(outline(plan).slice(0, 6)).toEqual([
      '1 一、 1 主要任务',
      '1.1 【重点任务1】 2 加强德育工作',
      '1.2 【重点任务2】 2 促进全面发展',
      '2 二、 1 发展学前教育',
      '2.1 【重点任务3】 2 优化服务体系',
      '2.2 【重点任务4】 2 提升内涵品质',
    ]));
  it('a count kept through the document goes on one level deeper without losing the next 一、 section', () =>
    expect(outline(plan).slice(6)).toEqual([
      '3 三、 1 保障措施',
      '3.1 (一) 2 加强领导',
      '3.2 (二) 2 推动重大项目落地',
      '3.2.1 【重点任务5】 3 重大平台',
      '3.2.2 【重点任务6】 3 重大项目',
      '3.3 (三) 2 加大投入',
    ]));
  it('spans start at the bracket and nest', () => checkSpans(plan, buildSections(plan)));
});
