import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/segment/locate.js';
import { buildSections } from '../../src/segment/sections.js';
import { checkSpans, outline } from './helpers.js';

describe('buildSections: outline', () => {
  it('three top-level markers on lines', () => {
    const text = '某某学校工作计划\n一、指导思想\n以立德树人为根本。\n二、工作目标\n全面提高质量。\n三、主要措施\n加强管理。';
    expect(outline(text)).toEqual(['1 一、 1 指导思想', '2 二、 1 工作目标', '3 三、 1 主要措施']);
  });

  it('no markers: no sections', () => {
    expect(buildSections('本学期我校将继续加强管理,提高质量。')).toEqual([]);
  });

  it('the preamble before the first marker is not a section', () => {
    const text = '前言部分写明目的。\n一、目标\n内容。';
    const s = buildSections(text);
    expect(s).toHaveLength(1);
    expect(s[0]?.span).toEqual([text.indexOf('一、'), text.length]);
  });

  it('nested (一) under 一、 and 1. under (一)', () => {
    const text = '一、主要任务\n(一)加强队伍建设\n1.开展培训。\n2.组织交流。\n(二)改善办学条件\n1.维修校舍。\n二、保障措施\n加强领导。';
    expect(outline(text)).toEqual([
      '1 一、 1 主要任务',
      '1.1 (一) 2 加强队伍建设',
      '1.1.1 1. 3 开展培训',
      '1.1.2 2. 3 组织交流',
      '1.2 (二) 2 改善办学条件',
      '1.2.1 1. 3 维修校舍',
      '2 二、 1 保障措施',
    ]);
  });

  it('spans nest exactly and run to the next marker at the same level or above', () => {
    const text = '一、主要任务\n(一)加强队伍建设\n1.开展培训。\n2.组织交流。\n二、保障措施\n加强领导。';
    const s = buildSections(text);
    checkSpans(text, s);
    const first = s[0];
    expect(first?.span).toEqual([0, text.indexOf('二、')]);
    expect(first?.children[0]?.span).toEqual([text.indexOf('(一)'), text.indexOf('二、')]);
    expect(first?.children[0]?.children[1]?.span).toEqual([text.indexOf('2.'), text.indexOf('二、')]);
    expect(s[1]?.span).toEqual([text.indexOf('二、'), text.length]);
  });

  it('flattened text on one line', () => {
    const text = '为做好工作,制定本计划。一、总体思路以“办人民满意的教育”为目标,推进均衡发展。二、重点工作1.深化学校内涵发展,提升满意度。以宗旨为引领。2.加大教师培训力度,促进均衡。实施工程。三、保障措施加强领导。';
    expect(outline(text)).toEqual([
      '1 一、 1 总体思路',
      '2 二、 1 重点工作',
      '2.1 1. 2 深化学校内涵发展,提升满意度',
      '2.2 2. 2 加大教师培训力度,促进均衡',
      '3 三、 1 保障措施',
    ]);
  });

  it('numbering restarts under each parent', () => {
    const text = '一、甲\n1.子一\n2.子二\n二、乙\n1.子三\n2.子四\n3.子五';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      '1 一、', '1.1 1.', '1.2 2.', '2 二、', '2.1 1.', '2.2 2.', '2.3 3.',
    ]);
  });

  it('numbering continues across parents (1–4 under (一), 5–6 under (二))', () => {
    const text = '一、总体思路略。二、主要内容(一)深化内涵发展1.健全机制。2.转变模式。3.开放日。4.划分范围。(二)加强队伍建设5.实施工程。6.组织培训。三、推进措施加强考核。';
    expect(outline(text).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      '1 一、 1', '2 二、 1', '2.1 (一) 2', '2.1.1 1. 3', '2.1.2 2. 3', '2.1.3 3. 3', '2.1.4 4. 3',
      '2.2 (二) 2', '2.2.1 5. 3', '2.2.2 6. 3', '3 三、 1',
    ]);
  });

  it('a skipped level: 1. directly under 一、', () => {
    const text = '一、工作任务\n1.完善制度。\n2.加强管理。\n二、工作要求\n1.高度重视。';
    expect(outline(text)).toEqual(['1 一、 1 工作任务', '1.1 1. 2 完善制度', '1.2 2. 2 加强管理', '2 二、 1 工作要求', '2.1 1. 2 高度重视']);
  });

  it('styles in another order: (一) at the top with 1、 inside', () => {
    const text = '(一)基本情况\n1、学校规模。\n2、师资情况。\n(二)主要做法\n落实责任。';
    expect(outline(text)).toEqual(['1 (一) 1 基本情况', '1.1 1、 2 学校规模', '1.2 2、 2 师资情况', '2 (二) 1 主要做法']);
  });

  it('(1) and ① go deeper', () => {
    const text = '一、任务\n1.教学\n(1)备课。\n①集体备课。\n②个人备课。\n(2)上课。\n2.德育';
    expect(outline(text).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual([
      '1 一、 1', '1.1 1. 2', '1.1.1 (1) 3', '1.1.1.1 ① 4', '1.1.1.2 ② 4', '1.1.2 (2) 3', '1.2 2. 2',
    ]);
  });

  it('第一阶段 with 1. children', () => {
    const text = '一、工作步骤\n第一阶段:宣传发动阶段(2012年11月一2013年3月)\n1.成立机构。\n2.召开大会。\n第二阶段:自查整改阶段(2013年4月一2014年8月)学校对照标准自查。\n二、工作措施';
    expect(outline(text)).toEqual([
      '1 一、 1 工作步骤',
      '1.1 第一阶段 2 宣传发动阶段',
      '1.1.1 1. 3 成立机构',
      '1.1.2 2. 3 召开大会',
      '1.2 第二阶段 2 自查整改阶段',
      '2 二、 1 工作措施',
    ]);
  });

  it('1、 and 1. lists are told apart by position', () => {
    const text = '一、工作任务\n1、完善文化建设。\n2、加强队伍建设。\n二、工作步骤\n第一阶段:准备阶段\n1.成立机构。';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1、', '1.2 2、', '2 二、', '2.1 第一阶段', '2.1.1 1.']);
  });

  it('a marker right after a removed page marker', () => {
    const text = '一、重点工作1.深化发展,提升满意度。以宗旨为引领。2.加大培训力度。实施工程,加大交流力度3.持续推进德育。';
    const pb = [text.indexOf('3.')];
    expect(outline(text, pb).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1.', '1.2 2.', '1.3 3.']);
  });

  it('a marker after spaces (paragraphs flattened with spaces)', () => {
    const text = '一年来成绩显著。 一、主要工作 (一)改善办学条件。一是推进项目。 (二)提升质量。 二、存在的问题 一是资源不足。';
    expect(outline(text)).toEqual(['1 一、 1 主要工作', '1.1 (一) 2 改善办学条件', '1.2 (二) 2 提升质量', '2 二、 1 存在的问题']);
  });

  it('a second list under the same parent counts on', () => {
    const text = '一、目标\n1.提高质量。\n2.促进均衡。\n具体措施如下:\n1.加强培训。\n2.完善考核。\n二、要求';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1.', '1.2 2.', '1.3 1.', '1.4 2.', '2 二、']);
  });
});

describe('buildSections: false markers', () => {
  it('3.12万 is a number, not a marker', () => {
    const text = '一、建设\n1.新建校舍3.12万平方米。\n2.差异系数达到0.30以内。';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '1.', '2.']);
  });

  it('2014.3 is a date, not a marker', () => {
    const text = '一、时间\n整改时间:2016.5.10\n1.完成自查。\n2.整改到位。';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '1.', '2.']);
  });

  it('第二小学 is a name, not a marker', () => {
    const text = '一、项目\n完成第二小学、第三中学改造。\n二、资金';
    expect(outline(text)).toEqual(['1 一、 1 项目', '2 二、 1 资金']);
  });

  it('一是/二是 are inline lists, not sections', () => {
    const text = '一、主要工作\n一是加强管理。二是提高质量。三是改善条件。\n二、问题';
    expect(outline(text)).toEqual(['1 一、 1 主要工作', '2 二、 1 问题']);
  });

  it('markers inside 《》 or quotes are not sections', () => {
    const text = '一、依据\n落实《关于1.加强管理的意见》和“2.提高质量”的要求。\n二、目标';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '二、']);
  });

  it('统一、规范: a numeral ending a word is not a marker', () => {
    const text = '一、要求\n做到统一、规范、有序。\n二、措施';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '二、']);
  });

  it('1、2、3年级 is an enumeration', () => {
    const text = '一、范围\n面向1、2、3年级学生。\n二、安排';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '二、']);
  });

  it('one false "3." does not block the real one', () => {
    const text = '一、任务\n1.加强管理。\n2.提高质量,比去年增长3.成绩显著\n3.改善条件。\n4.完善制度。';
    const got = flattenSections(buildSections(text));
    expect(got.map((s) => s.number)).toEqual(['一、', '1.', '2.', '3.', '4.']);
    expect(got[3]?.span[0]).toBe(text.indexOf('3.改善'));
  });

  it('a year after a marker at a line start: 1.2014年8月前', () => {
    const text = '第一阶段:检查阶段\n1.2014年8月15日前,完成档案准备工作。\n2.2014年8月31日前,完成迎检材料。';
    expect(outline(text)).toEqual([
      '1 第一阶段 1 检查阶段',
      '1.1 1. 2 2014年8月15日前,完成档案准备工作',
      '1.2 2. 2 2014年8月31日前,完成迎检材料',
    ]);
  });

  it('(2013) and 1) inside a document number are not markers', () => {
    const text = '一、依据\n根据府办发(2013)4号文件要求。\n二、目标';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['一、', '二、']);
  });

  it('十一、 is eleven, not 一、', () => {
    const lines = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一'].map((n) => `${n}、第${n}项`);
    const got = flattenSections(buildSections(lines.join('\n')));
    expect(got.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、', '十一、']);
    expect(got[10]?.id).toBe('11');
  });
});

describe('buildSections: typos in numbering', () => {
  it('3. inside a 1、 list continues the list', () => {
    const text = '一、任务\n1、加强管理。\n2、提高质量。\n3.改善条件。\n4、完善制度。';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 1、', '1.2 2、', '1.3 3.', '1.4 4、']);
  });
  it('a skipped number is kept', () => {
    const text = '一、甲\n二、乙\n四、丁\n五、戊';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '3 四、', '4 五、']);
  });
  it('a repeated number is kept', () => {
    const text = '一、甲\n二、乙\n二、丙\n三、丁';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '3 二、', '4 三、']);
  });
});

describe('buildSections: notices and attachments', () => {
  const notice =
    '城关镇教育办公室文件\n城教发〔2015〕12号\n关于印发《城关镇校园安全工作实施方案》的通知\n各中小学:\n现将方案印发给你们,请认真贯彻执行。\n' +
    '附件:1.城关镇校园安全工作实施方案\n2.校园安全检查登记表\n城关镇教育办公室\n2015年3月2日\n' +
    '城关镇校园安全工作实施方案\n为做好校园安全工作,特制定本方案。\n一、指导思想\n坚持安全第一。\n二、工作措施\n1.加强安全教育。\n2.开展安全检查。\n三、工作要求\n各校要高度重视。';

  it('an attachment list (附件:1. 2.) is not a section', () => {
    expect(outline(notice).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '2.1 1.', '2.2 2.', '3 三、']);
  });

  it('a chapter after a list of ① items opens the top level again (the first chapter\'s number lost)', () => {
    const text = '需求论证\n主要压力如下:\n①产业升级提出新要求。\n②专业设置面临调整。\n③师资建设面临压力。\n第二章 建设目标\n一、总体目标\n提高质量。\n二、具体目标\n第三章 保障措施\n一、组织保障';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 ①', '2 ②', '3 ③', '4 第二章', '4.1 一、', '4.2 二、', '5 第三章', '5.1 一、']);
  });

  it('…and when a heading line stands before the list, it is the lost 第一章, restored and holding the list', () => {
    const text = '某校项目建设实施方案\n需求论证\n当前学校发展面临新的形势,主要压力如下:\n①产业升级提出新要求。\n②专业设置面临调整。\n第二章 建设目标\n一、总体目标\n提高质量。\n第三章 保障措施';
    expect(outline(text).map((l) => l.split(' ').slice(0, 3).join(' '))).toEqual(['1 第一章 1', '1.1 ① 2', '1.2 ② 2', '2 第二章 1', '2.1 一、 2', '3 第三章 1']);
    expect(buildSections(text)[0]?.title).toBe('需求论证');
  });

  it('no heading line before the list (only the title, or running text): nothing is restored', () => {
    const text = '某校项目建设实施方案\n当前学校发展面临新的形势,主要压力如下:\n①产业升级提出新要求。\n②专业设置面临调整。\n第二章 建设目标\n一、总体目标';
    expect(outline(text).map((l) => l.split(' ')[1])).toEqual(['①', '②', '第二章', '一、']);
  });

  it('a list before 第一章 itself is no lost heading', () => {
    const text = '某校方案\n前言\n①背景。\n②意义。\n第一章 总则\n第二章 目标';
    expect(outline(text).map((l) => l.split(' ')[1])).not.toContain(undefined);
    expect(buildSections(text).some((s) => s.title === '前言')).toBe(false);
  });

  it('壹、 after the header fields 一、时间 … 四、主席 of minutes stands beside them, not under 四、', () => {
    const text = '某协会会员大会会议纪录\n一、时间:2017年5月21日\n二、地点:会议厅\n三、出席人员:133人\n四、主席:王明\n壹、主席报告:\n(1)会务报告:筹备年会。\n(2)财务报告:结余增加。\n贰、讨论事项:\n(1)案由:本会年度工作报告。\n说明:主要工作如下:\n1.举办年会\n2.办理研讨会\n(2)案由:本会年度工作计划。\n1.筹办会议\n2.推动合作\n叁、临时动议:\n无';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      '1 一、', '2 二、', '3 三、', '4 四、', '5 壹、', '5.1 (1)', '5.2 (2)', '6 贰、', '6.1 (1)', '6.1.1 1.', '6.1.2 2.', '6.2 (2)', '6.2.1 1.', '6.2.2 2.', '7 叁、',
    ]);
  });

  it('1. under (1) when the document nests them so (the Arabic pair documents swap)', () => {
    const text = '一、工作安排\n(1)第一阶段:\n1.动员部署\n2.宣传发动\n(2)第二阶段:\n1.排查整治\n2.总结验收\n二、保障措施';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '1.1 (1)', '1.1.1 1.', '1.1.2 2.', '1.2 (2)', '1.2.1 1.', '1.2.2 2.', '2 二、']);
  });

  it('1. is never the parent of 一、 because it came first', () => {
    const text = '前言\n1.某某说明\n一、指导思想\n坚持。\n二、目标\n三、措施';
    expect(outline(text).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['1 一、', '2 二、', '3 三、']);
  });
});

describe('buildSections: a summary report', () => {
  const text = [
    '红旗中学2016年度工作总结',
    '2016年,我校紧紧围绕“提质量、创特色”这一中心,较好地完成了各项任务。现总结如下:',
    '一、取得的主要成绩',
    '(一)教育教学质量稳步提高',
    '1.中考成绩再创新高。升学率达26.1%,比上年提高3.2个百分点。',
    '2.学科竞赛成绩突出。在全县数学竞赛中获一等奖5人。',
    '(二)队伍建设成效明显',
    '学校坚持“三个一”工程:一是每周一次业务学习;二是每月一次公开课。',
    '(三)办学条件不断改善',
    '投资45.6万元,完成了以下项目:(1)新建实验室2间;(2)改造食堂1处。',
    '二、存在的问题',
    '1、教师年龄结构老化,45岁以上教师占62%。',
    '2、部分学生学习习惯较差。',
    '三、2017年工作打算',
    '(一)抓质量。力争2017年中考升学率达到30%。',
    '(二)抓安全。确保全年无重大安全事故。',
    '红旗中学',
    '2016年12月28日',
  ].join('\n');

  it('outline', () => {
    expect(outline(text)).toEqual([
      '1 一、 1 取得的主要成绩',
      '1.1 (一) 2 教育教学质量稳步提高',
      '1.1.1 1. 3 中考成绩再创新高',
      '1.1.2 2. 3 学科竞赛成绩突出',
      '1.2 (二) 2 队伍建设成效明显',
      // (1)…;(2)… inside the sentence after 以下项目: is an enumeration
      '1.3 (三) 2 办学条件不断改善',
      '2 二、 1 存在的问题',
      '2.1 1、 2 教师年龄结构老化,45岁以上教师占62%',
      '2.2 2、 2 部分学生学习习惯较差',
      '3 三、 1 2017年工作打算',
      '3.1 (一) 2 抓质量',
      '3.2 (二) 2 抓安全',
    ]);
  });

  it('spans nest and the last section runs to the end', () => {
    const s = buildSections(text);
    checkSpans(text, s);
    expect(s[2]?.span[1]).toBe(text.length);
    expect(s[2]?.children[1]?.span[1]).toBe(text.length);
  });
});

describe('buildSections: whole small documents', () => {
  it('第一部分 at the top with 一、 and 1. inside', () => {
    const text = [
      '东城区2019年学前教育工作要点',
      '第一部分 工作思路',
      '2019年,全区学前教育工作围绕“扩资源、提质量”两项任务,推进普及普惠发展。',
      '第二部分 主要任务',
      '一、扩大普惠性资源',
      '1.新建、改扩建幼儿园6所,新增学位1800个。',
      '2.认定普惠性民办幼儿园10所,普惠率达到80%。',
      '二、提升保教质量',
      '1.开展“保教质量提升年”活动。',
      '第三部分 保障措施',
      '一、加强组织领导。区教委成立工作专班。',
      '二、加大经费投入。全年投入资金1.2亿元。',
    ].join('\n');
    expect(outline(text)).toEqual([
      '1 第一部分 1 工作思路',
      '2 第二部分 1 主要任务',
      '2.1 一、 2 扩大普惠性资源',
      '2.1.1 1. 3 新建、改扩建幼儿园6所,新增学位1800个',
      '2.1.2 2. 3 认定普惠性民办幼儿园10所,普惠率达到80%',
      '2.2 二、 2 提升保教质量',
      '2.2.1 1. 3 开展“保教质量提升年”活动',
      '3 第三部分 1 保障措施',
      '3.1 一、 2 加强组织领导',
      '3.2 二、 2 加大经费投入',
    ]);
  });

  it('a flattened report with (一) at the top, inline 一是 lists and 1. items', () => {
    const text =
      '关于2018年度教育工作的报告主任、各位委员:现将工作情况报告如下。(一)教育投入持续加大。全年投入5.6亿元,同比增长8.2%。一是新建学校3所;二是改造学校12所。' +
      '(二)教师队伍不断优化。招聘教师120名。(三)存在的问题。一是大班额问题突出;二是教师流失较多。(四)下一步工作打算。1.加快学校建设,2019年新建学校2所。2.加强教师队伍建设。3.提高教育质量。';
    expect(outline(text)).toEqual([
      '1 (一) 1 教育投入持续加大',
      '2 (二) 1 教师队伍不断优化',
      '3 (三) 1 存在的问题',
      '4 (四) 1 下一步工作打算',
      '4.1 1. 2 加快学校建设,2019年新建学校2所',
      '4.2 2. 2 加强教师队伍建设',
      '4.3 3. 2 提高教育质量',
    ]);
  });
});

describe('buildSections: tables of contents', () => {
  it('entries with leader dots and page numbers are not sections', () => {
    const text = '目录\n一、指导思想……………1\n二、工作目标……………2\n一、指导思想\n坚持立德树人。\n二、工作目标\n提高质量。';
    const s = buildSections(text);
    expect(flattenSections(s).map((x) => `${x.id} ${x.number} ${x.title}`)).toEqual(['1 一、 指导思想', '2 二、 工作目标']);
    expect(s[0]?.span[0]).toBe(text.indexOf('一、指导思想\n'));
  });
});

describe('buildSections: one style at two depths', () => {
  it('an inline 一、二、 list inside 三、 ends when 四、 comes', () => {
    const text = '一、甲\n二、乙\n三、要求\n具体包括:一、按时上报;二、认真核对;三、及时反馈。\n四、其他';
    const got = flattenSections(buildSections(text)).map((s) => `${s.id} ${s.number}`);
    expect(got.slice(-1)).toEqual(['4 四、']);
    expect(got.filter((x) => !x.includes('.'))).toEqual(['1 一、', '2 二、', '3 三、', '4 四、']);
  });
});

describe('a restored first heading is reported', () => {
  it('SECTION_NUMBER_INFERRED names it', async () => {
    const { extractText } = await import('../../src/pipeline.js');
    const [r] = extractText('某校项目建设实施方案\n需求论证\n当前学校发展面临新的形势,主要压力如下:\n①产业升级提出新要求。\n②专业设置面临调整。\n第二章 建设目标\n一、总体目标\n提高质量。');
    expect(r?.warnings.filter((w) => w.code === 'SECTION_NUMBER_INFERRED').map((w) => w.message)).toEqual([expect.stringContaining('section 1 (需求论证)')]);
  });
  it('none where every number is printed, ⑴ read as (1) included', async () => {
    const { extractText } = await import('../../src/pipeline.js');
    const [r] = extractText('某校工作计划\n一、目标\n⑴提高质量。\n⑵加强管理。\n二、措施');
    expect(r?.warnings.map((w) => w.code)).not.toContain('SECTION_NUMBER_INFERRED');
  });
});

