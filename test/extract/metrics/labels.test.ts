import { describe, expect, it } from 'vitest';
import { metrics } from './helpers.js';
import { changePhrase, labelBefore } from '../../../src/extract/metrics/label.js';

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

  it('a clause made of a change phrase is the label of its figure', () => {
    const ms = metrics('文化上线人数282人,比去年增加19人。');
    expect(ms.map((m) => m.label)).toEqual(['文化上线人数', '文化上线人数比去年增加']);
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

  // [sentence, mention text, label] for the families fixed after the held-out sets
  const FAMILIES: readonly (readonly [string, string, string])[] = [
    // a bound head (率, 比, 亭) takes the verb or skip word before it
    ['排查隐患50处,整改率达到98%。', '98%', '整改率'],
    ['全镇儿童体检率达到96%。', '96%', '全镇儿童体检率'],
    ['纠纷调解率稳定在90%以上。', '90%以上', '纠纷调解率'],
    ['外地游客占比不足20%。', '不足20%', '外地游客占比'],
    ['新建公共自行车停放亭40个。', '40个', '公共自行车停放亭'],
    // a change phrase labels its figure, after the label of the figure that moved
    ['实现销售收入3.2亿元,同比增长6.1%。', '6.1%', '销售收入同比增长'],
    ['受理投诉230件,环比下降4.5%。', '4.5%', '环比下降'],
    ['财政教育支出2.1亿元,较上年增加近800万元。', '近800万元', '支出较上年增加'],
    ['在校生达到2100人,比2019年净增150人。', '150人', '在校生比2019年净增'],
    ['同比增长6.1%。', '6.1%', '同比增长'],
    ['收入3.2亿元。同比增长6.1%。', '6.1%', '同比增长'],
    ['学生人数增长5%。', '5%', '学生人数'],
    // comparison words are qualifiers; the label is the noun before them
    ['仍有2个社区年服务收入低于5万元。', '低于5万元', '社区年服务收入'],
    ['合格率高于90%。', '高于90%', '合格率'],
    // an event count after a verb is counted by that verb; after it, by the verb's object
    ['新入职教师每月听课不少于8节。', '不少于8节', '听课'],
    ['受理案件40起,办结36起。', '36起', '办结'],
    ['党委先后3次召开专题会议研究部署。', '3次', '专题会议研究部署'],
    ['各村每季度对台账进行一次检查。', '一次', '检查'],
    // a duration right after a verb is how long that activity lasts
    ['申报材料须提前一个月报送。', '一个月', '申报材料'],
    ['村级统计员平均任职不足3年。', '不足3年', '任职'],
    // an age before the counted noun is skipped
    ['为辖区2000名70岁以上老年人建立档案。', '2000名', '老年人'],
    // a rate named before the figure beats the noun after it
    ['关停排放达标率长期低于60%的企业。', '低于60%', '达标率'],
    ['停办就业率连续两年低于70%的专业。', '低于70%', '就业率'],
    ['优良率从80%提高到92%的学校。', '92%', '优良率'],
    ['合格率90%、优秀率60%。', '60%', '优秀率'],
    // a share of a whole is labelled by its subject
    ['科研经费达到销售收入的3%。', '3%', '科研经费'],
    // money named by a money noun keeps the noun over the verb
    ['县级专项资金安排不少于2亿元。', '不少于2亿元', '县级专项资金'],
    ['单位捐资20万元。', '20万元', '捐资'],
    // 控制 says how a figure is set, not what it pays for
    ['补助标准控制在800元。', '800元', '标准'],
  ];

  it.each(FAMILIES)('%s', (sentence, text, label) => {
    const m = metrics(sentence).find((x) => x.text === text);
    expect(m).toBeDefined();
    expect(m?.label).toBe(label);
  });

  it('比 before other words is a preposition, not a rate suffix', () => {
    expect(labelBefore('学生人数比去年')?.label).toBe('学生人数');
  });

  it('changePhrase accepts a comparison and a change verb only', () => {
    expect(changePhrase('同比增长')).toBe('同比增长');
    expect(changePhrase('较上年同期下降了')).toBe('较上年同期下降');
    expect(changePhrase('净增')).toBe('净增');
    expect(changePhrase('增长')).toBeNull();
    expect(changePhrase('收入同比增长')).toBeNull();
    expect(changePhrase('比例提高')).toBeNull();
  });
});
