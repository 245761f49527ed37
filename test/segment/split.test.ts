import { describe, expect, it } from 'vitest';
import { collectionTitleIn, findLabels, splitDocuments } from '../../src/segment/split.js';

const body = (name: string): string =>
  `${name}工作计划\n为全面贯彻党的教育方针,结合我校实际,制定本计划。\n一、指导思想\n坚持立德树人,全面提高教育质量,推进素质教育,促进学生全面发展。\n二、工作目标\n办人民满意的教育,教学质量稳步提升,安全事故为零,创建文明校园。\n`;

/** [label, heading, collectionTitle, first line of the part] for each part. */
function parts(text: string): [string | null, string | null, string | null, string][] {
  return splitDocuments(text).map((p) => [p.label, p.heading, p.collectionTitle, text.slice(p.start, p.end).split('\n')[0] ?? '']);
}

describe('splitDocuments', () => {
  it('one document: one part over the whole text', () => {
    const text = body('某某小学');
    expect(splitDocuments(text)).toEqual([{ start: 0, end: text.length, label: null, heading: null, collectionTitle: null }]);
  });

  it('empty text: one empty part', () => {
    expect(splitDocuments('')).toEqual([{ start: 0, end: 0, label: null, heading: null, collectionTitle: null }]);
  });

  it('第一篇/第二篇 on their own lines, collection heading before', () => {
    const text = `基础教育工作计划2篇\n时间:2022-03-04\n第一篇\n${body('甲')}第二篇\n${body('乙')}`;
    expect(parts(text)).toEqual([
      ['第一篇', null, '基础教育工作计划', '基础教育工作计划2篇'],
      ['第二篇', null, '基础教育工作计划', '第二篇'],
    ]);
  });

  it('parts cover the text without gaps', () => {
    const text = `前言\n第一篇\n${body('甲')}第二篇\n${body('乙')}第三篇\n${body('丙')}`;
    const p = splitDocuments(text);
    expect(p.map((x) => [x.start, x.end])).toEqual([
      [0, text.indexOf('第二篇')],
      [text.indexOf('第二篇'), text.indexOf('第三篇')],
      [text.indexOf('第三篇'), text.length],
    ]);
  });

  it('第一篇:heading on the label line', () => {
    const text = `第一篇:久长小学均衡发展基本情况报告\n${body('甲')}第二篇:义务教育均衡发展工作汇报\n${body('乙')}`;
    expect(parts(text).map((p) => [p[0], p[1]])).toEqual([
      ['第一篇', '久长小学均衡发展基本情况报告'],
      ['第二篇', '义务教育均衡发展工作汇报'],
    ]);
  });

  it('篇一/篇二', () => {
    const text = `篇一:甲校计划\n${body('甲')}篇二:乙校计划\n${body('乙')}`;
    expect(parts(text).map((p) => [p[0], p[1]])).toEqual([['篇一', '甲校计划'], ['篇二', '乙校计划']]);
  });

  it('【第一篇】 brackets', () => {
    const text = `【第一篇】甲校计划\n${body('甲')}【第二篇】乙校计划\n${body('乙')}`;
    expect(parts(text).map((p) => [p[0], p[1]])).toEqual([['第一篇', '甲校计划'], ['第二篇', '乙校计划']]);
  });

  it('范文一/范文二', () => {
    const text = `学校工作计划范文\n范文一\n${body('甲')}范文二\n${body('乙')}`;
    expect(parts(text).map((p) => [p[0], p[2]])).toEqual([['范文一', '学校工作计划'], ['范文二', '学校工作计划']]);
  });

  it('a single 第一篇 mention is not a split', () => {
    const text = `${body('甲')}第一篇\n只有一篇。`;
    expect(splitDocuments(text)).toHaveLength(1);
  });

  it('第一篇 inside prose is not a label', () => {
    const text = `${body('甲')}教材分为第一篇、第二篇两部分。\n第二篇的内容另行安排。\n`;
    expect(splitDocuments(text)).toHaveLength(1);
  });

  it('labels must count 1, 2, 3: a stray 第五篇 is ignored', () => {
    const text = `第一篇\n${body('甲')}第五篇\n引文。\n第二篇\n${body('乙')}`;
    expect(parts(text).map((p) => p[0])).toEqual(['第一篇', '第二篇']);
  });

  it('a notice carrying its plan as an attachment is one document', () => {
    const text = `关于印发《某某实施方案》的通知\n各学校:现将方案印发给你们。\n附件:某某实施方案\n${'某某实施方案正文。'.repeat(60)}`;
    expect(splitDocuments(text)).toHaveLength(1);
  });

  it('attachments that are documents of their own after a plan', () => {
    const main = `某某学校安全工作计划\n${'一、加强安全教育,落实责任。'.repeat(30)}\n`;
    const a1 = `附件1:安全工作考核细则\n${'考核内容与办法。'.repeat(50)}\n`;
    const a2 = `附件2:应急疏散演练方案\n${'演练步骤与要求。'.repeat(50)}\n`;
    expect(parts(main + a1 + a2).map((p) => [p[0], p[1]])).toEqual([
      [null, null],
      ['附件1', '安全工作考核细则'],
      ['附件2', '应急疏散演练方案'],
    ]);
  });

  it('a short attachment (a form) stays with its document', () => {
    const main = `某某学校安全工作计划\n${'一、加强安全教育,落实责任。'.repeat(30)}\n`;
    expect(splitDocuments(`${main}附件1:报名表\n姓名 班级\n`)).toHaveLength(1);
  });
});

describe('findLabels', () => {
  it('finds labels at line starts only', () => {
    expect(findLabels('第一篇\n正文第二篇\n  第三篇:标题').map((l) => [l.label, l.ordinal, l.heading])).toEqual([
      ['第一篇', 1, null],
      ['第三篇', 3, '标题'],
    ]);
  });
});

describe('collectionTitleIn', () => {
  it('XXX2篇', () => expect(collectionTitleIn('基础教育工作计划2篇')).toBe('基础教育工作计划'));
  it('XXX(通用5篇)', () => expect(collectionTitleIn('站点\n学校德育工作总结(通用5篇)\n')).toBe('学校德育工作总结'));
  it('XXX范文', () => expect(collectionTitleIn('教师个人工作计划范文')).toBe('教师个人工作计划'));
  it('XXX精选3篇', () => expect(collectionTitleIn('班主任工作计划精选3篇')).toBe('班主任工作计划'));
  it('no collection heading', () => expect(collectionTitleIn('时间:2022-03-04\n导语:本文来源于网友上传')).toBe(null));
});

describe('splitDocuments: tables of contents', () => {
  it('a list of the parts before them is not where they start', () => {
    const text = `学校工作计划2篇\n第一篇 甲校计划\n第二篇 乙校计划\n第一篇 甲校计划\n${body('甲').repeat(5)}第二篇 乙校计划\n${body('乙').repeat(5)}`;
    const p = splitDocuments(text);
    expect(p.map((x) => [x.start, x.label, x.heading])).toEqual([
      [0, '第一篇', '甲校计划'],
      [text.lastIndexOf('第二篇'), '第二篇', '乙校计划'],
    ]);
  });
});

describe('splitDocuments: attachments that are forms', () => {
  it('a long schedule table attached to a plan stays with it', () => {
    const main = `某某学校工作计划\n${'一、加强管理,落实责任。'.repeat(30)}\n`;
    const table = `附件1:2015年工作安排表\n${'三月 开学工作 教务处\n'.repeat(40)}`;
    expect(splitDocuments(main + table)).toHaveLength(1);
  });
});

describe('splitDocuments: an attachment with an outline of its own', () => {
  const main = `某区政务服务改革实施方案\n${'一、总体要求\n全面推进改革,落实责任。\n'.repeat(20)}`;
  const catalogue = [
    '附件:某区政务服务事项目录',
    ...Array.from({ length: 6 }, (_, i) => `${i + 1}.行政许可类事项\n${i + 1}.1 企业设立登记,由区市场监管局办理。\n${i + 1}.1.1 内资企业设立登记。`),
  ].join('\n');
  it('a numbered catalogue (1. / 1.1 / 1.1.1) is split off, whatever its title says', () => {
    const parts = splitDocuments(main + catalogue);
    expect(parts.map((p) => [p.label, p.heading])).toEqual([[null, null], ['附件', '某区政务服务事项目录']]);
  });
  it('a short list of attachments does not make one', () =>
    expect(splitDocuments(`${main}附件:某区政务服务事项目录\n1.许可类\n2.给付类\n`)).toHaveLength(1));
  it('after a notice the attachment is the carried document: one part', () =>
    expect(splitDocuments(`关于印发《某区政务服务改革实施方案》的通知\n各单位:现将方案印发给你们,请遵照执行。${'请各单位认真组织实施,按时报送进展。'.repeat(20)}\n某区人民政府\n2024年3月1日\n${catalogue.replace('附件:某区政务服务事项目录', '附件:某区政务服务改革实施方案')}`)).toHaveLength(1));
  it('a notice that holds its plan, outline and all: the catalogue attached to the plan is split off', () => {
    const parts = splitDocuments(`某区人民政府\n关于印发某区政务服务改革实施方案的通知\n各单位:现印发给你们。\n${main}${catalogue}`);
    expect(parts.map((p) => p.label)).toEqual([null, '附件']);
  });
});

describe('findLabels: headings', () => {
  it('body text joined to the label is no heading', () => {
    expect(findLabels('第一篇本学年度我区工作要点如下。')[0]?.heading).toBe(null);
  });
  it('a heading after a space', () => expect(findLabels('第二篇 乙校计划')[0]?.heading).toBe('乙校计划'));
  it('a heading after 】', () => expect(findLabels('【篇三】丙校计划')[0]?.heading).toBe('丙校计划'));
  it('a very long line is no heading', () => expect(findLabels(`第一篇:${'很长'.repeat(50)}`)[0]?.heading).toBe(null));
});

describe('a table of contents names attachments but splits nothing', () => {
  const body = '某市教育事业发展规划\n目录\n一、现实基础……………1\n附件1:政策体系一览……………25\n附件2:重大项目一览表……………26\n' + '一、现实基础\n' + '全市教育现代化程度大幅提升,各项主要目标任务全面完成。'.repeat(20) + '\n附件2\n重大项目一览\n序号\t区域\t项目名称\t计划投资(万元)\n' + Array.from({ length: 12 }, (_, i) => `${i + 1}\t某区\t某小学新建\t${1000 + i}`).join('\n');
  it('an entry with leader dots and a page number is no label', () => expect(findLabels(body).map((l) => l.label)).toEqual(['附件2']));
  it('an attachment that is a table of numbered rows stays with the document', () => expect(splitDocuments(body)).toHaveLength(1));
});

describe('documents one after another with no labels (a page of 述职报告)', () => {
  const doc = (name: string, intro: string): string => `2020年度述职述廉报告\n${name}\n${intro}一、履行岗位职责情况\n认真履行职责。\n二、存在问题\n学习还不够深入。\n`;
  const page = '党政办\n学校班子成员年度述职报告\n' + doc('张某', '') + doc('李某', '回顾过去的一年,工作繁杂却充实。\n') + doc('王某', '');
  it('each title of the same kind with its own outline opens a part', () => {
    const parts = splitDocuments(page);
    expect(parts.map((p) => page.slice(p.start, p.end).split('\n').find((l) => l.length <= 3 && /某/.test(l)))).toEqual(['张某', '李某', '王某']);
    expect(parts[0]?.start).toBe(0);
  });
  it('a summary followed by next year\'s plan stays one document (other kinds)', () => {
    const text = '某校2023年工作总结\n一、主要成绩\n完成了任务。\n二、存在问题\n还有不足。\n2024年工作计划\n一、指导思想\n坚持立德树人。\n二、主要任务\n抓好教学。';
    expect(splitDocuments(text)).toHaveLength(1);
  });
  it('an outline that never reaches 二、 is no document of its own', () => {
    const text = '2020年度述职报告\n一、工作情况\n完成任务。\n二、问题\n不足。\n附:2020年度述职报告\n一、补充说明\n无。';
    expect(splitDocuments(text)).toHaveLength(1);
  });
  it('the first title must stand at the top', () => {
    const text = '各位代表:\n现在我作报告。\n回顾一年。\n' + '工作很多。\n'.repeat(4) + doc('张某', '') + doc('李某', '');
    expect(splitDocuments(text)).toHaveLength(1);
  });
});
