import { describe, expect, it } from 'vitest';
import { leaves, phaseOf, planViews, reportViews } from '../../src/assemble/views.js';
import { assignRoles } from '../../src/assemble/roles.js';
import type { DateMention } from '../../src/schema/document.js';
import { tree } from './tree.js';

function date(text: string, all: string, value: string, end: string | null = null): DateMention {
  const at = all.indexOf(text);
  return { text, value, end, kind: end ? 'range' : 'point', modifier: null, yearInferred: false, sectionId: null, span: [at, at + text.length] };
}

const plan = [
  '一、工作目标',
  '1.全面达标。',
  '2.群众满意。',
  '二、主要任务',
  '(一)深化课程改革',
  '1.开发校本课程。',
  '2.推进课堂改革。',
  '(二)加强队伍建设',
  '三、时间安排',
  '(一)动员阶段(2014年3月3日—3月15日)',
  '召开动员会,2014年3月10日前成立机构。',
  '(二)实施阶段',
  '2014年4月起全面实施,2014年6月底前完成。',
  '(三)总结阶段',
  '',
].join('\n');

const planTree = tree(plan, [
  { head: '一、工作目标', children: [{ head: '1.全面达标' }, { head: '2.群众满意' }] },
  { head: '二、主要任务', children: [{ head: '(一)深化课程改革', children: [{ head: '1.开发校本课程' }, { head: '2.推进课堂改革' }] }, { head: '(二)加强队伍建设' }] },
  { head: '三、时间安排', children: [{ head: '(一)动员阶段' }, { head: '(二)实施阶段' }, { head: '(三)总结阶段' }] },
]);
const planDates = [
  date('2014年3月3日—3月15日', plan, '2014-03-03', '2014-03-15'),
  date('2014年3月10日前', plan, '2014-03-10'),
  date('2014年4月起', plan, '2014-04'),
  date('2014年6月底前', plan, '2014-06'),
];

describe('plan views', () => {
  const roled = assignRoles(planTree, 'work_plan', plan);
  const views = planViews(plan, roled, planDates);
  it('goals are the children of goal sections', () => expect(views.goals).toEqual([{ sectionId: '1.1', title: '全面达标' }, { sectionId: '1.2', title: '群众满意' }]));
  it('tasks are the leaves of task sections', () => expect(views.tasks.map((t) => t.sectionId)).toEqual(['2.1.1', '2.1.2', '2.2']));
  it('timeline phases in order', () => expect(views.timeline.map((p) => p.title)).toEqual(['动员阶段', '实施阶段', '总结阶段']));
  it('a phase takes the dates on its heading line', () => expect(views.timeline[0]).toEqual({ sectionId: '3.1', title: '动员阶段', start: '2014-03-03', end: '2014-03-15' }));
  it('else the dates inside it', () => expect(views.timeline[1]).toMatchObject({ start: '2014-04', end: '2014-06' }));
  it('a phase without dates', () => expect(views.timeline[2]).toMatchObject({ start: null, end: null }));
  it('a section without children is its own item', () => {
    const text = '一、工作目标\n全面达标。\n';
    const t = assignRoles(tree(text, [{ head: '一、工作目标' }]), 'work_plan', text);
    expect(planViews(text, t, []).goals).toEqual([{ sectionId: '1', title: '工作目标' }]);
  });
  it('phaseOf on a single section', () => {
    const s = planTree[2]?.children[0];
    expect(s && phaseOf(plan, s, []).start).toBeNull();
  });
  it('leaves of a leaf is itself', () => expect(leaves([planTree[1]!.children[1]!]).map((s) => s.id)).toEqual(['2.2']));
});

describe('report views', () => {
  const text = '一、主要工作\n(一)改善办学条件\n(二)加强队伍建设\n二、存在的问题\n经费不足。\n三、下一步打算\n(一)推进项目建设\n';
  const roled = assignRoles(
    tree(text, [
      { head: '一、主要工作', children: [{ head: '(一)改善办学条件' }, { head: '(二)加强队伍建设' }] },
      { head: '二、存在的问题' },
      { head: '三、下一步打算', children: [{ head: '(一)推进项目建设' }] },
    ]),
    'summary_report',
    text,
  );
  const views = reportViews(roled);
  it('achievements', () => expect(views.achievements).toEqual([{ sectionId: '1.1', title: '改善办学条件' }, { sectionId: '1.2', title: '加强队伍建设' }]));
  it('problems (no children → the section)', () => expect(views.problems).toEqual([{ sectionId: '2', title: '存在的问题' }]));
  it('next steps', () => expect(views.nextSteps).toEqual([{ sectionId: '3.1', title: '推进项目建设' }]));
  it('no sections, empty views', () => expect(reportViews([])).toEqual({ achievements: [], problems: [], nextSteps: [] }));
});
