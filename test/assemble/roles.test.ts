import { describe, expect, it } from 'vitest';
import { assignRoles, roleOfTitle } from '../../src/assemble/roles.js';
import { tree } from './tree.js';

const plan = (t: string) => roleOfTitle(t, 'work_plan');
const report = (t: string) => roleOfTitle(t, 'summary_report');

describe('roleOfTitle in a plan', () => {
  it('指导思想', () => expect(plan('指导思想')).toBe('guiding_principles'));
  it('总体思路', () => expect(plan('总体思路')).toBe('guiding_principles'));
  it('工作思路', () => expect(plan('工作思路')).toBe('guiding_principles'));
  it('基本原则', () => expect(plan('基本原则')).toBe('guiding_principles'));
  it('工作目标', () => expect(plan('工作目标')).toBe('goals'));
  it('目标任务: the earlier word wins', () => expect(plan('目标任务')).toBe('goals'));
  it('主要任务和目标: the earlier word wins', () => expect(plan('主要任务和目标')).toBe('tasks'));
  it('主要任务', () => expect(plan('主要任务')).toBe('tasks'));
  it('重点工作', () => expect(plan('重点工作')).toBe('tasks'));
  it('主要工作 in a plan', () => expect(plan('主要工作')).toBe('tasks'));
  it('主要内容', () => expect(plan('主要内容')).toBe('tasks'));
  it('工作任务', () => expect(plan('工作任务')).toBe('tasks'));
  it('保障措施', () => expect(plan('保障措施')).toBe('measures'));
  it('工作措施', () => expect(plan('工作措施')).toBe('measures'));
  it('推进措施', () => expect(plan('推进措施')).toBe('measures'));
  it('工作要求', () => expect(plan('工作要求')).toBe('measures'));
  it('组织机构', () => expect(plan('组织机构')).toBe('organization'));
  it('成立领导小组', () => expect(plan('成立领导小组')).toBe('organization'));
  it('组织领导', () => expect(plan('组织领导')).toBe('organization'));
  it('工作步骤及时限', () => expect(plan('工作步骤及时限')).toBe('timeline'));
  it('时间安排', () => expect(plan('时间安排')).toBe('timeline'));
  it('实施步骤', () => expect(plan('实施步骤')).toBe('timeline'));
  it('基本情况', () => expect(plan('学校基本情况')).toBe('background'));
  it('附则', () => expect(plan('附则')).toBe('other'));
  it('总则 (general provisions of a chaptered plan)', () => expect(plan('总则')).toBe('other'));
  it('a task sentence has no role word', () => expect(plan('深化课程改革,推动基础教育转型')).toBeNull());
  it('保障 inside a long heading is not measures', () => expect(plan('进一步端正行风,强化安全保障,创建良好环境')).toBeNull());
  it('目标 inside a long heading is not goals', () => expect(plan('推进目标导引教学,提高课堂教学效益')).toBeNull());
  it('总体要求 is guiding, not measures', () => expect(plan('总体要求')).toBe('guiding_principles'));
  it('保障措施 head word', () => expect(plan('组织保障措施')).toBe('measures'));
  it('任务分工 is organization', () => expect(plan('任务分工')).toBe('organization'));
  it('活动时间', () => expect(plan('活动时间')).toBe('timeline'));
  it('活动内容', () => expect(plan('活动内容')).toBe('tasks'));
  it('参加对象 is other', () => expect(plan('参加对象')).toBe('other'));
  it('coordinated: 指导思想和工作目标 takes the first', () => expect(plan('指导思想和工作目标')).toBe('guiding_principles'));
  it('coordinated: 三年发展目标与主要任务 takes the first', () => expect(plan('三年发展目标与主要任务')).toBe('goals'));
  it('下一步 is not next steps in a plan', () => expect(plan('下一步')).toBeNull());
});

describe('roleOfTitle in a report', () => {
  it('主要工作', () => expect(report('主要工作')).toBe('achievements'));
  it('主要成绩', () => expect(report('主要成绩')).toBe('achievements'));
  it('各项工作完成情况', () => expect(report('各项工作完成情况')).toBe('achievements'));
  it('主要做法和成效', () => expect(report('主要做法和成效')).toBe('achievements'));
  it('存在的问题和不足', () => expect(report('存在的问题和不足')).toBe('problems'));
  it('存在问题', () => expect(report('存在问题')).toBe('problems'));
  it('存在的困难和今后努力方向: the earlier word wins', () => expect(report('存在的困难和今后努力方向')).toBe('problems'));
  it('下步工作打算', () => expect(report('下步工作打算')).toBe('next_steps'));
  it('下一步工作计划', () => expect(report('下一步工作计划')).toBe('next_steps'));
  it('2018年工作思路 in a report', () => expect(report('2018年工作思路')).toBe('next_steps'));
  it('今后努力方向', () => expect(report('今后努力方向')).toBe('next_steps'));
  it('整改措施 in a report', () => expect(report('整改措施')).toBe('measures'));
  it('学校基本情况', () => expect(report('学校基本情况')).toBe('background'));
  it('head word: 目标完成情况 is achievements', () => expect(report('目标完成情况')).toBe('achievements'));
  it('coordinated: 问题及下一步打算 takes the first', () => expect(report('问题及下一步打算')).toBe('problems'));
  it('coordinated: 基本情况和主要做法 takes the first', () => expect(report('基本情况和主要做法')).toBe('background'));
  it('今后的努力方向', () => expect(report('今后的努力方向')).toBe('next_steps'));
  it('a topic heading has no role word', () => expect(report('大力改善办学条件,夯实均衡发展的基础')).toBeNull());
});

describe('assignRoles', () => {
  it('plan sections without a role word are tasks; children keep null', () => {
    const text = '一、指导思想\n坚持…\n二、深化课程改革\n1.开发课程\n做…\n三、保障措施\n';
    const out = assignRoles(tree(text, [{ head: '一、指导思想' }, { head: '二、深化课程改革', children: [{ head: '1.开发课程' }] }, { head: '三、保障措施' }]), 'work_plan', text);
    expect(out.map((s) => s.role)).toEqual(['guiding_principles', 'tasks', 'measures']);
    expect(out[1]?.children[0]?.role).toBeNull();
  });
  it('report sections: past body → achievements, future body → next steps', () => {
    const text = '一、改善办学条件\n我校已完成了校舍改造,新建了操场。\n二、加强队伍建设\n我们要加强培训,将推进交流,力争提高,确保落实。\n';
    const out = assignRoles(tree(text, [{ head: '一、改善办学条件' }, { head: '二、加强队伍建设' }]), 'summary_report', text);
    expect(out.map((s) => s.role)).toEqual(['achievements', 'next_steps']);
  });
  it('a report heading naming a later year is next steps', () => {
    const text = '一、2016年工作回顾\n完成了改造。\n二、2017年主要任务\n要加快发展。\n三、2017年重点工作\n';
    const t = tree(text, [{ head: '一、2016年工作回顾' }, { head: '二、2017年主要任务' }, { head: '三、2017年重点工作' }]);
    expect(assignRoles(t, 'summary_report', text, 2016).map((s) => s.role)).toEqual(['achievements', 'next_steps', 'next_steps']);
  });
  it('without a reference year the words decide', () => {
    const text = '一、2017年重点工作\n完成了改造。\n';
    expect(assignRoles(tree(text, [{ head: '一、2017年重点工作' }]), 'summary_report', text).map((s) => s.role)).toEqual(['achievements']);
  });
  it('a later year does not change a plan', () => {
    const text = '一、2017年重点工作\n';
    expect(assignRoles(tree(text, [{ head: '一、2017年重点工作' }]), 'work_plan', text, 2016)[0]?.role).toBe('tasks');
  });
  it('主要任务 in a report is next steps', () => expect(report('主要任务')).toBe('next_steps'));
  it('does not touch the input', () => {
    const text = '一、指导思想\n';
    const input = tree(text, [{ head: '一、指导思想' }]);
    assignRoles(input, 'work_plan', text);
    expect(input[0]?.role).toBeNull();
  });
});


describe('roleOfTitle: the headings of Taiwan plans', () => {
  it.each([
    ['依据', 'background'],
    ['目的', 'goals'],
    ['预期效益', 'goals'],
    ['办理单位', 'organization'],
    ['实施期程', 'timeline'],
    ['实施内容', 'tasks'],
    ['经费', 'measures'],
    ['奖励', 'other'],
    ['演习构想', 'guiding_principles'],
    ['主办、承办及执行单位', 'organization'],
    ['本计划未尽事宜,得随时修正之', 'other'],
    ['演习实施方式', 'measures'],
    ['实施对象', 'other'],
  ] as const)('%s → %s', (title, role) => expect(plan(title)).toBe(role));
});

describe('assignRoles: a report whose plan part counts its top level again', () => {
  const text = '一、团队扩大。\n二、产品发布。\n展望2025,我们的计划如下:\n一、继续重构。\n二、完善文档。\n';
  const sections = tree(text, [{ head: '一、团队扩大' }, { head: '二、产品发布' }, { head: '一、继续重构' }, { head: '二、完善文档' }]);
  it('the second run is next steps', () => expect(assignRoles(sections, 'summary_report', text).map((s) => s.role)).toEqual(['achievements', 'achievements', 'next_steps', 'next_steps']));
  it('not in a plan', () => expect(assignRoles(sections, 'work_plan', text).map((s) => s.role)).toEqual(['tasks', 'tasks', 'tasks', 'tasks']));
});
