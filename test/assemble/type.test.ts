import { describe, expect, it } from 'vitest';
import { bodyEvidence, decideType as decideByKind } from '../../src/assemble/type.js';
import { titleKind } from '../../src/facts/kind.js';
import type { DateMention, Section } from '../../src/schema/document.js';
import { tree } from './tree.js';

/** The type decision for a title (its kind read as the facts stage reads it). */
const decideType = (title: string | null, ...rest: Parameters<typeof decideByKind> extends [unknown, ...infer R] ? R : never) => decideByKind(titleKind(title), ...rest);

const planBody = '一、指导思想\n要坚持立德树人。\n二、工作目标\n力争全面达标,确保安全。\n三、保障措施\n要加强领导,将责任落实到人。\n';
const reportBody = '一、主要成绩\n一年来,我校已完成了校舍改造,取得了较好成绩。\n二、存在的问题\n部分教师观念陈旧。\n三、下一步打算\n我们将继续努力。\n';
const secs = (text: string, heads: string[]): Section[] => tree(text, heads.map((head) => ({ head })));

describe('bodyEvidence', () => {
  it('plan headings and modality score negative', () => {
    const ev = bodyEvidence(planBody, secs(planBody, ['一、指导思想', '二、工作目标', '三、保障措施']), [], null);
    expect(ev.headings).toEqual({ report: 0, plan: 3 });
    expect(ev.score).toBeLessThan(-1);
  });
  it('report headings and past tense score positive', () => {
    const ev = bodyEvidence(reportBody, secs(reportBody, ['一、主要成绩', '二、存在的问题', '三、下一步打算']), [], null);
    expect(ev.headings).toEqual({ report: 3, plan: 0 });
    expect(ev.score).toBeGreaterThan(1);
  });
  it('a numbered item a sentence long is no heading (…,然后再检讨成效)', () => {
    const body = '(1)推行升学资助计划,让有经济需要的学生获每年最高15000元补助金,将惠及3届学生,然后再检讨成效;\n(2)工作成效\n';
    expect(bodyEvidence(body, secs(body, ['(1)推行升学资助计划,让有经济需要的学生获每年最高15000元补助金,将惠及3届学生,然后再检讨成效', '(2)工作成效']), [], null).headings).toEqual({ report: 1, plan: 0 });
  });
  it('主要 and 需要 are not the modal 要', () => expect(bodyEvidence('主要内容需要重要', [], [], null).tense.plan).toBe(0));
  it('past and future dates against the issue year', () => {
    const d = (value: string): DateMention => ({ text: value, value, end: null, kind: 'point', modifier: null, yearInferred: false, sectionId: null, span: [0, 1] });
    expect(bodyEvidence('', [], [d('2013'), d('2013-05'), d('2015')], 2014).dates).toEqual({ past: 2, future: 1 });
  });
});

describe('decideType', () => {
  it('title decides, confidently', () => expect(decideType('2014年工作要点', reportBody, [])).toEqual({ type: 'work_plan', confident: true, reason: 'title names a plan' }));
  it('report title', () => expect(decideType('2019年工作总结', planBody, []).type).toBe('summary_report'));
  it('a report whose second half is next year plan (mixed title, problems heading)', () => {
    const text = `${reportBody}四、2021年工作思路\n要加强队伍建设,将推进改革。\n`;
    const d = decideType('2020年工作总结和2021年工作思路', text, secs(text, ['一、主要成绩', '二、存在的问题', '三、下一步打算', '四、2021年工作思路']));
    expect(d.type).toBe('summary_report');
    expect(d.confident).toBe(true);
  });
  it('mixed title with a plan body → plan', () =>
    expect(decideType('工作总结暨新学期工作计划', planBody, secs(planBody, ['一、指导思想', '二、工作目标', '三、保障措施'])).type).toBe('work_plan'));
  it('mixed title with no body evidence → report, low confidence', () =>
    expect(decideType('工作总结和工作计划', '', [])).toMatchObject({ type: 'summary_report', confident: false }));
  it('a plan with no title, from the body', () =>
    expect(decideType(null, planBody, secs(planBody, ['一、指导思想', '二、工作目标', '三、保障措施']))).toMatchObject({ type: 'work_plan', confident: true }));
  it('a report with no title, from the body', () =>
    expect(decideType(null, reportBody, secs(reportBody, ['一、主要成绩', '二、存在的问题', '三、下一步打算']))).toMatchObject({ type: 'summary_report', confident: true }));
  it('no title, past tense only', () => expect(decideType(null, '我校已完成了全部任务,取得了好成绩。', [])).toMatchObject({ type: 'summary_report', confident: true }));
  it('no title, modality only', () => expect(decideType(null, '要加强管理,力争达标,确保安全。', [])).toMatchObject({ type: 'work_plan', confident: true }));
  it('no title, no evidence → plan, low confidence', () => expect(decideType(null, '学校概况。', [])).toMatchObject({ type: 'work_plan', confident: false }));
});
