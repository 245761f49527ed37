import { describe, expect, it } from 'vitest';
import { outline } from './helpers.js';

describe('items enumerated inside one sentence are not sections', () => {
  it('(1)…;(2)…;(3)…。 after a colon', () =>
    expect(outline('一、排查范围\n1.重点排查。排查重点包括:(1)老旧房屋;(2)改变用途的房屋;(3)违法建筑。\n2.全面排查。各村完成排查。')).toEqual([
      '1 一、 1 排查范围',
      '1.1 1. 2 重点排查',
      '1.2 2. 2 全面排查',
    ]));
  it('①…;②… after a colon', () =>
    expect(outline('一、工作内容\n主要有:①开展宣传;②组织培训;③督查落实。')).toEqual(['1 一、 1 工作内容']));
  it('full-width semicolons and colons', () =>
    expect(outline('一、任务\n包括：（1）修路；（2）架桥。')).toEqual(['1 一、 1 任务']));
  it('items on lines of their own stay sections', () =>
    expect(outline('一、任务\n包括:\n(1)修路;\n(2)架桥。')).toEqual(['1 一、 1 任务', '1.1 (1) 2 修路', '1.2 (2) 2 架桥']));
  it('items with full stops between them stay sections (a flattened document)', () =>
    expect(outline('一、任务:(1)修路。完成10公里。(2)架桥。完成2座。')).toEqual(['1 一、 1 任务', '1.1 (1) 2 修路', '1.2 (2) 2 架桥']));
  it('a lone (1) after a colon is not an enumeration of its own', () =>
    expect(outline('一、任务\n要求:(1)加强领导。\n(2)落实责任。')).toEqual(['1 一、 1 任务', '1.1 (1) 2 加强领导', '1.2 (2) 2 落实责任']));
});

describe('a list of attachments under a 附件 line is not sections', () => {
  const text = ['第一条 目的', '为加强管理,制定本办法。', '第二条 实施', '本办法自印发之日起实施。', '附件：', '', '1、《开工备案登记表》', '', '2、《竣工备案登记表》', '', '3、《安全生产承诺书》', '', '某镇人民政府'].join('\n');
  it('the articles only', () => expect(outline(text)).toEqual(['1 第一条 1 目的', '2 第二条 1 实施']));
  it('numbered items that follow a line of text stay sections', () =>
    expect(outline('一、要求\n附件要按时报送。\n1、按时报送\n2、内容完整')).toEqual(['1 一、 1 要求', '1.1 1、 2 按时报送', '1.2 2、 2 内容完整']));
});

describe('1: items (a number and a colon) at line starts', () => {
  const plan = '一、工作回顾\n正文。\n二、个人发展规划\n个人的成长与公司密不可分。\n1:做好工作,站在用户角度\n2：复盘总结,总结经验\n3:扬长避短,弥补弱点';
  it('are items under their heading', () =>
    expect(outline(plan).slice(1)).toEqual(['2 二、 1 个人发展规划', '2.1 1: 2 做好工作,站在用户角度', '2.2 2: 2 复盘总结,总结经验', '2.3 3: 2 扬长避短,弥补弱点']));
  it('a clock time or a ratio is none', () => expect(outline('一、安排\n签到时间:\n8:30签到\n比例为1:2。')).toEqual(['1 一、 1 安排']));
  it('inside a line it is none', () => expect(outline('一、安排\n按比例2:会员单位承担。')).toEqual(['1 一、 1 安排']));
});

describe('a plan numbered on past 60, then a part of its own', () => {
  const items = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, k) => `${from + k}.推进第${from + k}项任务。`).join('\n');
  const plan = `一、学科建设\n${items(1, 40)}\n二、队伍建设\n${items(41, 75)}\n重点建设项目\n一、未来技术学院\n正文。\n二、工程师学院\n正文。`;
  const top = (): string[] => outline(plan).filter((l) => /^\d+ /.test(l));
  it('items run on to 75 under their sections', () => expect(outline(plan).filter((l) => l.startsWith('2.')).length).toBe(35));
  it('a short heading line of its own opens a part whose top level counts again (ids go on)', () =>
    expect(top()).toEqual(['1 一、 1 学科建设', '2 二、 1 队伍建设', '3 一、 1 未来技术学院', '4 二、 1 工程师学院']));
  it('a sentence before 一、 opens no part', () =>
    expect(outline('一、甲\n正文。\n二、乙\n我们要做好以下工作。\n一、丙\n正文。').filter((l) => /^\d+ /.test(l))).toEqual(['1 一、 1 甲', '2 二、 1 乙']));
});
