import { describe, expect, it } from 'vitest';
import { metrics } from './helpers.js';

// [sentence, mention text, label]
const CASES: readonly (readonly [string, string, string])[] = [
  ['项目总投资2173万元。', '2173万元', '项目总投资'],
  ['塑胶跑道覆盖率达95.3%。', '95.3%', '塑胶跑道覆盖率'],
  ['总用地43.32亩。', '43.32亩', '总用地'],
  ['完成6所学校的改造。', '6所', '学校'],
  ['一个学前班41名学生。', '41名', '学生'],
  ['共有学生213人。', '213人', '学生'],
  ['幼儿教师持证率88%。', '88%', '幼儿教师持证率'],
  ['新建5个乡镇公办中心幼儿园。', '5个', '乡镇公办中心幼儿园'],
  ['筹集资金1024万元。', '1024万元', '筹集资金'],
  ['捐资44万元。', '44万元', '捐资'],
  ['图书6000册。', '6000册', '图书'],
  ['学校占地面积5000多平方米。', '5000多平方米', '学校占地面积'],
  ['改造3所B级食堂。', '3所', 'B级食堂'],
  ['在16所规模较大的中小学新建教学楼。', '16所', '中小学'],
  ['对80名长期不在岗教师进行了处理。', '80名', '长期不在岗教师'],
  ['捐助了价值30万元的图书。', '30万元', '图书'],
  ['明确3-5年的服务期限。', '3-5年', '服务期限'],
  ['职业中学(职教中心)1所。', '1所', '职业中学'],
  ['学生受教育率达100%。', '100%', '教育率'],
  ['辍学率控制在0.5%以内。', '0.5%以内', '辍学率'],
  ['每周进行50分钟的国学经典学习。', '50分钟', '国学经典'],
];

describe('labels', () => {
  it.each(CASES)('%s', (sentence, text, label) => {
    const m = metrics(sentence).find((x) => x.text === text);
    expect(m?.label).toBe(label);
  });

  it('a list shares the label of its first figure (5%、6%、7%)', () => {
    const ms = metrics('经费比例分别达到5%、6%、7%。');
    expect(ms.map((m) => m.label)).toEqual(['经费比例', '经费比例', '经费比例']);
  });

  it('a change borrows the label of the figure before it', () => {
    const ms = metrics('文化上线人数282人,比去年增加19人。');
    expect(ms.map((m) => m.label)).toEqual(['文化上线人数', '文化上线人数']);
  });

  it('a clause giving only a year borrows the phrase of the clause before', () => {
    const ms = metrics('提高学前教育经费比例,2017年达到5%。');
    expect(ms[0]?.label).toBe('学前教育经费比例');
  });

  it('two figures in a row (59种643件) share a label', () => {
    const ms = metrics('体育器材59种643件。');
    expect(ms.map((m) => m.label)).toEqual(['体育器材', '体育器材']);
  });

  it('no label when nothing names the figure', () => {
    expect(metrics('达到100%。')[0]?.label).toBeNull();
  });
});
