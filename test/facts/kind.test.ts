import { describe, expect, it } from 'vitest';
import { documentGenre, openingKind, titleKind } from '../../src/facts/kind.js';

describe('titleKind', () => {
  it('要点 → plan', () => expect(titleKind('2014年义务教育工作要点')).toBe('plan'));
  it('方案 → plan', () => expect(titleKind('校园文化建设实施方案')).toBe('plan'));
  it('安排 → plan', () => expect(titleKind('2020年春季学期工作安排')).toBe('plan'));
  it('规划 → plan', () => expect(titleKind('教师队伍建设三年规划')).toBe('plan'));
  it('总结 → report', () => expect(titleKind('2019年教学工作总结')).toBe('report'));
  it('述职报告 → report', () => expect(titleKind('校长述职报告')).toBe('report'));
  it('自查 → report', () => expect(titleKind('均衡发展工作自查')).toBe('report'));
  it('汇报 → report', () => expect(titleKind('义务教育均衡发展工作汇报')).toBe('report'));
  it('head noun wins: 计划执行情况报告', () => expect(titleKind('2021年计划执行情况报告')).toBe('report'));
  it('head noun wins: 总结表彰方案', () => expect(titleKind('年度总结表彰活动方案')).toBe('plan'));
  it('quoted names do not count', () => expect(titleKind('落实《三年提升计划》情况的汇报')).toBe('report'));
  it('总结和…思路 → mixed', () => expect(titleKind('教育局2017年工作总结和2018年工作思路')).toBe('mixed'));
  it('总结及…计划 → mixed', () => expect(titleKind('2020年工作总结及2021年工作计划')).toBe('mixed'));
  it('任务清单 → plan', () => expect(titleKind('机关党支部2022年工作任务清单')).toBe('plan'));
  it('责任清单 → plan', () => expect(titleKind('城关镇安全生产责任清单')).toBe('plan'));
  it('任务分解表 → plan', () => expect(titleKind('2021年重点工作任务分解表')).toBe('plan'));
  it('a bare 清单 names no kind (负面清单 is a list of rules)', () => expect(titleKind('市场准入负面清单')).toBeNull());
  it('no kind word', () => expect(titleKind('学校章程')).toBeNull());
  it('no title', () => expect(titleKind(null)).toBeNull());
});

describe('openingKind: an untitled document says what it is', () => {
  it('a government work report', () => expect(openingKind('各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。')).toBe('report'));
  it('作工作报告', () => expect(openingKind('各位代表:\n现在,我代表区人民政府向大会作工作报告,请予审议。')).toBe('report'));
  it('总结如下', () => expect(openingKind('一年来,我校工作取得了新进展,现总结如下:')).toBe('report'));
  it('特制定本方案', () => expect(openingKind('为做好安全工作,特制定本方案。')).toBe('plan'));
  it('no formula', () => expect(openingKind('全县有学校118所。')).toBeNull());
  it('the earlier formula wins', () => expect(openingKind('现将工作总结如下。下一步,特制定本计划。')).toBe('report'));
});

describe('documentGenre', () => {
  it('the title kind first', () => expect(documentGenre('plan', '本报告…')).toBe('plan'));
  it('else the first genre word of the opening', () => expect(documentGenre(null, '关于义务教育工作情况的汇报')).toBe('report'));
  it('none', () => expect(documentGenre(null, '全县有学校118所。')).toBeNull());
});
