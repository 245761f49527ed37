import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const issued = (text: string) => factsOf(text).issued;
/** The period of `text`; `title` stands as the document's first line when given. */
const period = (text: string, title?: string) => (title ? factsOf(`${title}\n${text}`) : factsOf(text)).period;
const docYear = (text: string) => factsOf(text).year;

describe('inferIssued: the signing date', () => {
  it('after the issuer at the end', () => {
    const text = '一、工作目标\n完成2014年任务。\n某某镇中心学校\n2014年3月2日\n';
    expect(issued(text)).toEqual({ text: '2014年3月2日', value: '2014-03-02', span: [26, 35] });
  });
  it('on the issuer line at the end', () => expect(issued('全文完。\n某某小学 2016年5月13日')?.value).toBe('2016-05-13'));
  it('in Chinese numerals', () => expect(issued('各项工作落实到位。\n某某小学\n二〇一三年三月')?.value).toBe('2013-03'));
  it('followed by 印发', () =>
    expect(issued('请认真贯彻落实。某某中心学校办公室2014年3月2日印发\n附件:实施方案\n一、指导思想\n2015年全面推进。')?.value).toBe('2014-03-02'));
  it('in the header of a report', () => expect(issued('工作汇报\n某某中心小学 2016年5月\n一、基本情况\n学校始建于1942年。')?.value).toBe('2016-05'));
  it('the last standing date of the tail', () => expect(issued('正文。\n某某学校\n2014年3月1日\n某某办公室\n2014年3月5日')?.value).toBe('2014-03-05'));
  it('not a date inside a sentence at the end', () => expect(issued('正文。\n我们将于2014年3月2日\n')).toBeNull());
  it('not a bare year', () => expect(issued('正文。\n某某学校\n2014年')).toBeNull());
  it('not a deadline', () => expect(issued('正文。\n报送时间:\n2014年3月2日前')).toBeNull());
  it('not a date with an inferred year', () => expect(issued('2014年工作计划\n正文。\n某某学校\n3月2日')).toBeNull());
  it('none in a document without dates', () => expect(issued('正文没有日期。')).toBeNull());
});

describe('inferPeriod: the years planned for or reviewed', () => {
  it('from a given title with one year', () => expect(period('正文。', '2014年义务教育阶段工作要点')).toEqual({ start: '2014', end: '2014' }));
  it('from a given title with a school year', () => expect(period('正文。', '2014-2015学年第一学期工作计划')).toEqual({ start: '2014', end: '2015' }));
  it('from a given title naming a plan period', () => expect(period('正文。', '“十三五”教育发展规划')).toEqual({ start: '2016', end: '2020' }));
  it('from a given title of a summary and a plan', () => expect(period('正文。', '教育局XX年工作总结和2018年工作思路')).toEqual({ start: '2017', end: '2018' }));
  it('from a given title with two years', () => expect(period('正文。', '2016年工作总结及2017年工作计划')).toEqual({ start: '2016', end: '2017' }));
  it('from the head when no title is given', () => expect(period('2014年教育工作要点\n正文。')).toEqual({ start: '2014', end: '2014' }));
  it('from a timeline of phases', () =>
    expect(period('工作方案\n第一阶段(2012年11月—2013年3月)\n第二阶段(2013年4月—2014年8月)')).toEqual({ start: '2012', end: '2014' }));
  it('from the signing date', () => expect(period('工作报告\n正文。\n某某学校\n2013年11月1日')).toEqual({ start: '2013', end: '2013' }));
  it('none without any year', () => expect(period('正文。')).toBeNull());
  it('a summary signed in January reviews the year before', () =>
    expect(period('学校工作总结\n正文。\n某某小学\n2019年1月8日')).toEqual({ start: '2018', end: '2018' }));
  it('a plan signed in January is for its own year', () =>
    expect(period('学校工作计划\n正文。\n某某小学\n2019年1月8日')).toEqual({ start: '2019', end: '2019' }));
  it('a summary of the last three years', () =>
    expect(period('近三年工作总结\n正文。\n某某小学\n2019年1月8日')).toEqual({ start: '2016', end: '2018' }));
  it('a report looking back five years', () =>
    expect(period('正文。\n某某小学\n2019年6月8日', '五年来工作回顾报告')).toEqual({ start: '2015', end: '2019' }));
  it('a title without a year falls back to the text', () => expect(period('2014年工作要点\n正文。', '工作要点')).toEqual({ start: '2014', end: '2014' }));
});

describe('inferDocumentYear: where the year comes from', () => {
  it('title', () => expect(docYear('2014年工作要点\n正文。')).toEqual({ year: 2014, source: 'title', current: 2014, schoolYear: false }));
  it('document number', () => expect(docYear('某校发〔2015〕3号\n关于印发方案的通知')).toEqual({ year: 2015, source: 'doc_number', current: 2015, schoolYear: false }));
  it('a cited document number in the body is not the document’s', () =>
    expect(docYear('根据《通知》(国办发【2011】54号)精神,2013年开展工作。')).toEqual({ year: 2013, source: 'body', current: 2013, schoolYear: false }));
  it('a summary signed in January speaks of the year before', () =>
    expect(docYear('工作总结\n9月竣工。\n某某小学\n2019年1月8日')).toEqual({ year: 2018, source: 'signature', current: 2018, schoolYear: false }));
  it('signing date', () => expect(docYear('报告\n正文。\n某某学校\n2013年11月1日')).toEqual({ year: 2013, source: 'signature', current: 2013, schoolYear: false }));
  it('frequency', () => expect(docYear('正文:2013年完成,2014年推进,2014年验收。')).toEqual({ year: 2014, source: 'body', current: 2014, schoolYear: false }));
  it('a year a target is set for does not count (目标是要在2020年达到)', () =>
    expect(docYear('环境局去年3月公布蓝图,目标是要在2020年大致达到新指标的水平。今年3月启动计划。')).toBeNull());
  it('…nor 力争 with a year', () =>
    expect(docYear('2013年完成改造,2013年通过验收,力争2016年全面达标。')).toEqual({ year: 2013, source: 'body', current: 2013, schoolYear: false }));
  it('none', () => expect(docYear('正文。')).toBeNull());
  it('a school-year plan', () =>
    expect(docYear('2014-2015学年工作计划\n正文。')).toEqual({ year: 2014, source: 'title', current: 2014, schoolYear: true }));
  it('a school-year summary speaks of its second year as 今年', () =>
    expect(docYear('2013—2014学年度工作总结\n正文。')).toEqual({ year: 2013, source: 'title', current: 2014, schoolYear: true }));
  it('a school-year document signed in its first year', () =>
    expect(docYear('2013—2014学年度工作总结\n正文。\n某某中学\n2013年12月30日')).toEqual({ year: 2013, source: 'title', current: 2013, schoolYear: true }));
});

describe('period: a plan that says how long it runs', () => {
  it('三年行动方案 issued in December runs into the third year after', () =>
    expect(factsOf('青溪大学人才队伍三年行动方案\n一、目标\n正文。\n青溪大学\n2022年12月21日').period).toEqual({ start: '2022', end: '2025' }));
  it('用4年左右时间 in its opening', () =>
    expect(factsOf('青溪镇房屋安全隐患整治工作方案\n为消除隐患,用4年左右时间完成整治。\n一、目标\n正文。\n青溪镇人民政府\n2021年7月2日').period).toEqual({ start: '2021', end: '2025' }));
  it('试行1年 in its closing article', () => {
    const f = factsOf('青溪镇小型工程管理办法\n第一条 目的\n正文。\n第九条 实施\n本办法自2025年2月17日起实施,试行1年。\n青溪镇人民政府\n2025年2月17日');
    expect([f.period, f.periodSource]).toEqual([{ start: '2025', end: '2026' }, 'duration']);
  });
  it('issued in January, N years end in the N-th year', () =>
    expect(factsOf('青溪县教育三年行动计划\n一、目标\n正文。\n青溪县教育局\n2023年1月5日').period).toEqual({ start: '2023', end: '2025' }));
  it('a task timed deep in the body does not set it', () =>
    expect(factsOf(`青溪县2024年教育工作要点\n一、重点\n${'加强管理,提高质量。'.repeat(400)}用三年时间完成改造。`).period).toEqual({ start: '2024', end: '2024' }));
  it('a report is never extended', () =>
    expect(factsOf('青溪县三年行动工作总结\n一、成绩\n用三年时间完成了改造。\n青溪县教育局\n2023年12月5日').period).toEqual({ start: '2023', end: '2023' }));
});

describe('period: a plan scheduled or budgeted year by year', () => {
  const plan = (body: string): ReturnType<typeof factsOf> => factsOf(`青溪职业学校专业建设项目实施方案\n编制日期:2016年9月\n一、建设内容\n正文。\n${body}`);
  it('year entries at line starts (2016年度,资金投入…) run over their years', () => {
    const f = plan('二、经费保障\n2016年度,资金投入60万元。\n2017年度,资金投入80万元。\n2018年度,资金投入80万元。');
    expect([f.period, f.periodSource]).toEqual([{ start: '2016', end: '2018' }, 'timeline']);
  });
  it('a schedule table headed by consecutive years', () =>
    expect(plan('二、建设进度\n建设内容\t2016年\t2017年\n实训室\t完成设计\t建成投用').period).toEqual({ start: '2016', end: '2017' }));
  it('years that skip (2016年, 2018年) are no schedule', () =>
    expect(plan('二、经费保障\n2016年度,资金投入60万元。\n2018年度,资金投入80万元。').periodSource).not.toBe('timeline'));
  it('a schedule of other years than the document\'s (a history) is not its period', () =>
    expect(plan('二、发展历程\n2008年:学校成立。\n2009年:通过评估。\n2010年:扩建校区。').period).toEqual({ start: '2016', end: '2016' }));
  it('a report reviewing year by year keeps its own period', () =>
    expect(factsOf('青溪职业学校项目建设工作总结\n一、完成情况\n2016年度,投入60万元。\n2017年度,投入80万元。\n青溪职业学校\n2017年12月5日').period).toEqual({ start: '2017', end: '2017' }));
});

