// Outline shapes from beyond the mainland school plan: Taiwan's 壹貳參 top level, letter items,
// and a report whose numbering starts again where its plan part opens.
import { describe, expect, it } from 'vitest';
import { scanMarkers } from '../../src/segment/markers.js';
import { buildSections } from '../../src/segment/sections.js';
import { checkSpans, outline } from './helpers.js';

const scan = (text: string): string[] => scanMarkers(text).map((c) => `${c.style} ${c.ordinal} ${c.number}`);

describe('capital numerals (壹、贰、参) as the top level', () => {
  it.each([
    ['壹、依据', 'cap-dun 1 壹、'],
    ['贰、目的', 'cap-dun 2 贰、'],
    ['参、办理单位', 'cap-dun 3 参、'],
    ['叁、办理单位', 'cap-dun 3 叁、'],
    ['肆、实施对象', 'cap-dun 4 肆、'],
    ['陆、经费', 'cap-dun 6 陆、'],
    ['拾、附则', 'cap-dun 10 拾、'],
    ['拾壹、附记', 'cap-dun 11 拾壹、'],
    ['壹拾壹、附记', 'cap-dun 11 壹拾壹、'],
  ])('%s', (text, want) => expect(scan(text)).toEqual([want]));
  it('an amount in capital numerals is no marker', () => expect(scan('所需经费新台币伍仟元整。')).toEqual([]));
  it('壹拾贰万元 is no marker', () => expect(scan('共计壹拾贰万元。')).toEqual([]));
  it('参 in a word is no marker (参加、参观)', () => expect(scan('组织学生参加、参观活动。')).toEqual([]));
  it('a Taiwan plan: 壹 → 一、 → (一) → 1.', () => {
    const text = '实施计划\n壹、依据\n一、教育部计划。\n二、本市计划。\n贰、实施内容\n一、晨读活动\n(一)每周二实施。\n(二)个人赛:\n1.报名日期另定。\n2.竞赛日期另定。\n参、经费\n所需经费新台币伍仟元整。\n肆、附则\n本计划核定后实施。';
    expect(outline(text)).toEqual([
      '1 壹、 1 依据', '1.1 一、 2 教育部计划', '1.2 二、 2 本市计划',
      '2 贰、 1 实施内容', '2.1 一、 2 晨读活动', '2.1.1 (一) 3 每周二实施', '2.1.2 (二) 3 个人赛', '2.1.2.1 1. 4 报名日期另定', '2.1.2.2 2. 4 竞赛日期另定',
      '3 参、 1 经费', '4 肆、 1 附则',
    ]);
    checkSpans(text, buildSections(text));
  });
  it('each 壹 section counts its 一、 from one again', () =>
    expect(outline('壹、目的\n一、甲。\n二、乙。\n贰、对象\n一、丙。\n二、丁。').map((s) => s.split(' ')[0])).toEqual(['1', '1.1', '1.2', '2', '2.1', '2.2']));
});

describe('letter items', () => {
  it.each([
    ['A.报名方式', 'lat-dot 1 A.'],
    ['C、竞赛规则', 'lat-dot 3 C.'],
    ['(B)评分标准', 'lat-paren 2 (B)'],
    ['a)个人赛', 'lat-paren 1 (a)'],
  ])('%s', (text, want) => expect(scan(text)).toEqual([want]));
  it.each([
    ['a grade', '评为A级单位。'],
    ['inside English', '详见Note A. 说明'],
    ['mid-sentence', '分为A.B两组进行比赛。'],
    ['before Latin text', 'A. Smith主持。'],
  ])('%s is no letter item', (_why, text) => expect(scan(text).filter((s) => s.startsWith('lat'))).toEqual([]));
  it('A. B. C. under (一)', () =>
    expect(outline('一、竞赛\n(一)班际赛:\nA.每班至多推派3队。\nB.每队4人。\nC.现场抽签。\n(二)个人赛:\n另行通知。')).toEqual([
      '1 一、 1 竞赛', '1.1 (一) 2 班际赛', '1.1.1 A. 3 每班至多推派3队', '1.1.2 B. 3 每队4人', '1.1.3 C. 3 现场抽签', '1.2 (二) 2 个人赛',
    ]));
});

describe('a report whose numbering starts again in its plan part', () => {
  const text = [
    '一、团队规模扩大到150人。', '二、主力产品发布新版。', '三、文档进一步完善。',
    '展望2025,新的一年中,我们的计划如下:',
    '一、继续进行重构。', '二、完善各类文档。', '三、加强团队建设。',
  ].join('\n');
  it('the plan items follow the review items at the top level', () =>
    expect(outline(text).map((s) => s.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '3 三、', '4 一、', '5 二、', '6 三、']));
  it('spans stay in order', () => checkSpans(text, buildSections(text)));
  it('no restart without a line opening a plan part', () =>
    expect(outline('一、甲。\n二、乙。\n主要任务如下:\n一、丙。\n二、丁。').map((s) => s.split(' ').slice(0, 2).join(' '))).not.toContain('3 一、'));
  it('a 2025年工作打算 line opens a plan part too', () =>
    expect(outline('一、成绩。\n二、问题。\n2025年工作打算\n一、抓质量。\n二、抓安全。').map((s) => s.split(' ')[0])).toEqual(['1', '2', '3', '4']));
});
