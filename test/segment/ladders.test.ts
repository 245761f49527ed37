import { describe, expect, it } from 'vitest';
import { flattenSections } from '../../src/segment/locate.js';
import { markerOrdinal, scanMarkers } from '../../src/segment/markers.js';
import { buildSections } from '../../src/segment/sections.js';
import { checkSpans, outline } from './helpers.js';

/** style ordinal number context of each candidate. */
function scan(text: string): string[] {
  return scanMarkers(text).map((c) => `${c.style} ${c.ordinal} ${c.number} ${c.context}`);
}

/** id number only. */
function ids(text: string): string[] {
  return flattenSections(buildSections(text)).map((s) => `${s.id} ${s.number}`);
}


describe('decimal markers: scanning', () => {
  it('1.1 at a line start', () => expect(scan('1.1 指导思想')).toEqual(['dec-2 1 1.1 line']));
  it('2.3 glued to its title', () => expect(scan('2.3加强管理')).toEqual(['dec-2 3 2.3 line']));
  it('1.1.1 has three components', () => expect(scan('1.1.1 招聘')).toEqual(['dec-3 1 1.1.1 line']));
  it('1.2.3.4 has four', () => expect(scan('1.2.3.4 细则')).toEqual(['dec-4 4 1.2.3.4 line']));
  it('1.1.3 before a unit character is still a marker (1.1.3起垄机)', () => expect(scan('1.1.3起垄机')).toEqual(['dec-3 3 1.1.3 line']));
  it('2.5 before a unit character is a figure (2.5万元)', () => expect(scan('2.5万元投入')).toEqual([]));
  it('a trailing dot is kept as written', () => expect(scan('1.2. 工作目标')).toEqual(['dec-2 2 1.2. line']));
  it('full-width dots are normalized', () => expect(scan('1．2 工作目标')).toEqual(['dec-2 2 1.2 line']));
  it('prefix of 1.2', () => expect(scanMarkers('1.2 工作目标')[0]?.prefix).toBe('1'));
  it('prefix of 2.1.3', () => expect(scanMarkers('2.1.3 培训')[0]?.prefix).toBe('2.1'));
  it('non-decimal markers have an empty prefix', () => expect(scanMarkers('1.加强')[0]?.prefix).toBe(''));
  it('after 。', () => expect(scan('前言。1.1 目标')).toEqual(['dec-2 1 1.1 stop']));
  it('after a colon', () => expect(scan('如下：1.1 目标')).toEqual(['dec-2 1 1.1 stop']));
  it('after a page break', () => {
    const text = '前言1.2 目标';
    expect(scanMarkers(text, { pageBreaks: [2] }).map((c) => `${c.number} ${c.context}`)).toEqual(['1.2 page']);
  });
  it('before an opening title mark', () => expect(scan('1.1 《规划》解读')).toEqual(['dec-2 1 1.1 line']));
  it('the span covers the marker', () => {
    const c = scanMarkers('前言\n1.1.2 招聘')[0];
    expect([c?.start, c?.end]).toEqual([3, 8]);
  });
  it('a bare 1 with a following 1.1 is a candidate', () =>
    expect(scan('1 总则\n1.1 目的')).toEqual(['dec-1 1 1 line', 'dec-2 1 1.1 line']));
});

describe('decimal markers: not markers', () => {
  it('3.12万平方米 at a line start', () => expect(scan('3.12万平方米')).toEqual([]));
  it('1.5亿元 at a line start', () => expect(scan('1.5亿元')).toEqual([]));
  it('1.5 亿元 with a space', () => expect(scan('1.5 亿元')).toEqual([]));
  it('2.5倍 after 。', () => expect(scan('前言。2.5倍')).toEqual([]));
  it('95.3%', () => expect(scan('95.3%')).toEqual([]));
  it('0.30', () => expect(scan('0.30以内')).toEqual([]));
  it('1.05 (a leading zero)', () => expect(scan('1.05 左右')).toEqual([]));
  it('2014.3.2 dates', () => expect(scan('2014.3.2 召开会议')).toEqual([]));
  it('2.3月 is a month', () => expect(scan('2.3月完成')).toEqual(['ar-dot 2 2. line']));
  it('1.5小时', () => expect(scan('1.5小时')).toEqual([]));
  it('1.2千米', () => expect(scan('1.2千米')).toEqual([]));
  it('2.5个百分点', () => expect(scan('2.5个百分点')).toEqual([]));
  it('1.5 人 counted alone', () => expect(scan('1.5人')).toEqual([]));
  it('1.2 人才培养 is a heading (人才 is a word)', () => expect(scan('1.2 人才培养')).toEqual(['dec-2 2 1.2 line']));
  it('1.2 公司发展 is a heading', () => expect(scan('1.2 公司发展')).toEqual(['dec-2 2 1.2 line']));
  it('a decimal mid-sentence', () => expect(scan('增长1.2 个人')).toEqual([]));
  it('a decimal list in a sentence', () => expect(scan('版本号为1.1、1.2、1.3，已发布。')).toEqual([]));
  it('after a comma', () => expect(scan('甲，1.1 目标')).toEqual([]));
  it('V1.1', () => expect(scan('V1.1 版本')).toEqual([]));
  it('第1.2条 is a reference', () => expect(scan('依照第1.2条')).toEqual([]));
  it('1.2 followed by a digit (1.2 0 1 4年)', () => expect(scan('1.2 0 1 4年8月')).toEqual(['ar-dot 1 1. line']));
  it('1.2 at a line end', () => expect(scan('1.2')).toEqual([]));
  it('a bare number without a 1.x is dropped (table rows)', () => expect(scan('1 张三 男\n2 李四 女')).toEqual([]));
  it('a bare number mid-line', () => expect(scan('共有 3 所学校\n3.1 目标')).toEqual(['dec-2 1 3.1 line']));
  it('a bare number before a date unit', () => expect(scan('3 月份\n3.1 目标')).toEqual(['dec-2 1 3.1 line']));
  it('a decimal in a TOC line scores low', () => expect((scanMarkers('1.1 指导思想……3')[0]?.score ?? 0) < 0).toBe(true));
});

describe('decimal markers: outline', () => {
  it('1.1 1.2 under 1. and 2.1 under 2.', () =>
    expect(ids('1.总体要求\n1.1 指导思想\n1.2 工作目标\n2.主要任务\n2.1 加强建设')).toEqual([
      '1 1.', '1.1 1.1', '1.2 1.2', '2 2.', '2.1 2.1',
    ]));
  it('1.1 under 一、', () =>
    expect(ids('一、工作目标\n1.1 提高质量\n1.2 加强管理\n二、主要措施\n2.1 完善制度')).toEqual([
      '1 一、', '1.1 1.1', '1.2 1.2', '2 二、', '2.1 2.1',
    ]));
  it('1.2 does not continue under 二、', () =>
    expect(ids('一、甲\n1.1 子一\n二、乙\n1.2 子二')).toEqual(['1 一、', '1.1 1.1', '2 二、']));
  it('2.1 does not open under 一、', () => expect(ids('一、甲\n2.1 子一\n二、乙')).toEqual(['1 一、', '2 二、']));
  it('1.1.1 under 1.1, then back up to 1.2', () =>
    expect(ids('1.甲\n1.1 乙\n1.1.1 丙\n1.1.2 丁\n1.2 戊')).toEqual(['1 1.', '1.1 1.1', '1.1.1 1.1.1', '1.1.2 1.1.2', '1.2 1.2']));
  it('1.1.1 does not open under 1.2', () => expect(ids('1.甲\n1.2 乙\n1.1.1 丙')).toEqual(['1 1.', '1.1 1.2']));
  it('levels follow the component count', () =>
    expect(outline('1.甲\n1.1 乙\n1.1.1 丙').map((l) => l.split(' ')[2])).toEqual(['1', '2', '3']));
  it('a decimal ladder under 1. inside 一、', () =>
    expect(ids('一、总体要求\n1.加强领导\n1.1 成立小组\n1.2 明确职责\n2.完善制度\n2.1 建立台账\n二、保障措施\n1.加强督查')).toEqual([
      '1 一、', '1.1 1.', '1.1.1 1.1', '1.1.2 1.2', '1.2 2.', '1.2.1 2.1', '2 二、', '2.1 1.',
    ]));
  it('quantities at line starts stay out of the outline', () =>
    expect(ids('一、基本情况\n3.12万平方米\n1.5亿元投入\n二、目标')).toEqual(['1 一、', '2 二、']));
  it('a 1.x list inside a section body stays out', () =>
    expect(ids('一、目标\n本次升级至1.1、1.2两个版本。\n二、措施')).toEqual(['1 一、', '2 二、']));
  it('titles end at the line end', () =>
    expect(outline('1.总体要求\n1.1 指导思想\n坚持。')).toEqual(['1 1. 1 总体要求', '1.1 1.1 2 指导思想']));
});

describe('decimal markers: whole documents', () => {
  it('a bare 1 → 1.1 → 1.1.1 ladder', () => {
    const text =
      '某公司安全生产管理办法\n1 总则\n本办法适用于全公司。\n1.1 目的\n规范管理。\n1.2 范围\n全体员工。\n2 职责\n2.1 安全管理部\n负责组织。\n2.1.1 检查\n每月一次。\n2.1.2 培训\n每季度一次。\n2.2 各部门\n配合落实。\n3 附则\n本办法自发布之日起施行。';
    expect(outline(text)).toEqual([
      '1 1 1 总则',
      '1.1 1.1 2 目的',
      '1.2 1.2 2 范围',
      '2 2 1 职责',
      '2.1 2.1 2 安全管理部',
      '2.1.1 2.1.1 3 检查',
      '2.1.2 2.1.2 3 培训',
      '2.2 2.2 2 各部门',
    ]);
    checkSpans(text, buildSections(text));
  });

  it('一、 with decimal subsections and numbers in the body', () => {
    const text =
      '2024年工作计划\n一、工作目标\n1.1 经营目标\n全年营业收入1.5亿元，增长12.3%。\n1.2 安全目标\n杜绝重大事故。\n二、主要措施\n2.1 加强管理\n新建厂房3.12万平方米。\n2.2 强化培训\n全年培训1.2万人次。';
    expect(ids(text)).toEqual(['1 一、', '1.1 1.1', '1.2 1.2', '2 二、', '2.1 2.1', '2.2 2.2']);
    checkSpans(text, buildSections(text));
  });

  it('a flattened decimal ladder after full stops', () => {
    const text = '1.总体目标。1.1 提高质量。以质量为本。1.2 加强管理。严格考核。2.保障措施。2.1 组织保障。成立小组。';
    expect(ids(text)).toEqual(['1 1.', '1.1 1.1', '1.2 1.2', '2 2.', '2.1 2.1']);
  });
});

describe('chapters, sections and articles', () => {
  it('第一章', () => expect(scan('第一章 总则')).toEqual(['di-章 1 第一章 line']));
  it('第二节', () => expect(scan('第二节 目标')).toEqual(['di-节 2 第二节 line']));
  it('第一条 at a line start', () => expect(scan('第一条 为规范管理，制定本办法。')).toEqual(['di-条 1 第一条 line']));
  it('第十二条', () => expect(scan('第十二条 本办法自发布之日起施行。')).toEqual(['di-条 12 第十二条 line']));
  it('第六十五条 beyond 60', () => expect(scan('第六十五条 附则')).toEqual(['di-条 65 第六十五条 line']));
  it('第3章 in Arabic digits', () => expect(scan('第3章 保障措施')).toEqual(['di-章 3 第3章 line']));
  it('第三条 in running text is a reference', () => expect(scan('按照本办法第三条规定执行。')).toEqual([]));
  it('第三条 after 。 is a reference too', () => expect(scan('甲。第三条规定')).toEqual([]));
  it('第一条路 is no article after a comma', () => expect(scan('走出，第一条路')).toEqual([]));

  it('chapters with sections', () =>
    expect(outline('第一章 概述\n第一节 背景\n内容。\n第二节 目标\n内容。\n第二章 措施\n第一节 制度\n内容。')).toEqual([
      '1 第一章 1 概述',
      '1.1 第一节 2 背景',
      '1.2 第二节 2 目标',
      '2 第二章 1 措施',
      '2.1 第一节 2 制度',
    ]));

  it('一、 inside a chapter', () =>
    expect(ids('第一章 总体要求\n一、指导思想\n二、目标\n第二章 主要任务\n一、加强建设')).toEqual([
      '1 第一章', '1.1 一、', '1.2 二、', '2 第二章', '2.1 一、',
    ]));

  it('articles numbered on across chapters, references left out', () => {
    const text =
      '某校财务管理办法\n第一章 总则\n第一条 为规范管理，制定本办法。\n第二条 本办法适用于全校。\n第二章 职责\n第三条 校长负责。\n第四条 各部门按照第三条规定配合。\n第三章 附则\n第五条 本办法自发布之日起施行。';
    expect(ids(text)).toEqual(['1 第一章', '1.1 第一条', '1.2 第二条', '2 第二章', '2.1 第三条', '2.2 第四条', '3 第三章', '3.1 第五条']);
    checkSpans(text, buildSections(text));
  });

  it('articles alone, with (一) items', () =>
    expect(ids('第一条 报销范围包括：\n(一)差旅费；\n(二)会议费。\n第二条 报销程序。\n第三条 附则。')).toEqual([
      '1 第一条', '1.1 (一)', '1.2 (二)', '2 第二条', '3 第三条',
    ]));
});

describe('half brackets', () => {
  it('一) at a line start', () => expect(scan('一)加强领导')).toEqual(['cn-rparen 1 一) line']));
  it('一） full-width is normalized', () => expect(scan('二）完善制度')).toEqual(['cn-rparen 2 二) line']));
  it('一) after 。', () => expect(scan('甲。三)乙')).toEqual(['cn-rparen 3 三) stop']));
  it('一) mid-sentence is not', () => expect(scan('见附件一)说明')).toEqual([]));
  it('(一) stays cn-paren', () => expect(scan('(一)加强')).toEqual(['cn-paren 1 (一) line']));
  it('十一) is read whole', () => expect(scan('十一)其他')).toEqual(['cn-rparen 11 十一) line']));
  it('1) at a line start', () => expect(scan('1)提高质量')).toEqual(['ar-rparen 1 1) line']));
  it('1） full-width', () => expect(scan('2）加强管理')).toEqual(['ar-rparen 2 2) line']));
  it('(1) is not 1)', () => expect(scan('(1)提高')).toEqual(['ar-paren 1 (1) line']));

  it('一) ladder', () =>
    expect(outline('一)加强领导\n内容。\n二)完善制度\n内容。\n三)强化督查')).toEqual([
      '1 一) 1 加强领导', '2 二) 1 完善制度', '3 三) 1 强化督查',
    ]));
  it('1) under 一、', () =>
    expect(ids('一、目标\n1)提高质量\n2)加强管理\n二、措施\n1)完善制度')).toEqual(['1 一、', '1.1 1)', '1.2 2)', '2 二、', '2.1 1)']));
  it('一) under 一、 is a second level', () =>
    expect(ids('一、任务\n一)加强领导\n二)完善制度\n二、措施')).toEqual(['1 一、', '1.1 一)', '1.2 二)', '2 二、']));
  it('(一) and 一) mixed in one list', () =>
    expect(ids('一、任务\n(一)加强领导\n二)完善制度\n(三)强化督查')).toEqual(['1 一、', '1.1 (一)', '1.2 二)', '1.3 (三)']));
});

describe('enclosed numerals', () => {
  it('⑴ is (1)', () => expect(scan('⑴加强领导')).toEqual(['ar-paren 1 (1) line']));
  it('⑽ is (10)', () => expect(scan('⑽其他')).toEqual(['ar-paren 10 (10) line']));
  it('⒇ is (20)', () => expect(scan('⒇其他')).toEqual(['ar-paren 20 (20) line']));
  it('⒈ is 1.', () => expect(scan('⒈加强领导')).toEqual(['ar-dot 1 1. line']));
  it('㈠ is (一)', () => expect(scan('㈠建立机制')).toEqual(['cn-paren 1 (一) line']));
  it('㈩ is (十)', () => expect(scan('㈩其他')).toEqual(['cn-paren 10 (十) line']));
  it('➀ is circled', () => expect(scan('➀集体备课')).toEqual(['circled 1 ➀ line']));
  it('➋ is circled 2', () => expect(scan('➋集体备课')).toEqual(['circled 2 ➋ line']));
  it('⓷ is circled 3', () => expect(scan('⓷集体备课')).toEqual(['circled 3 ⓷ line']));
  it('⓫ is circled 11', () => expect(scan('⓫集体备课')).toEqual(['circled 11 ⓫ line']));
  it('㊂ is circled 3', () => expect(scan('㊂集体备课')).toEqual(['circled 3 ㊂ line']));
  it('markerOrdinal of ⑶', () => expect(markerOrdinal('⑶')).toBe(3));
  it('markerOrdinal of ㈤', () => expect(markerOrdinal('㈤')).toBe(5));
  it('markerOrdinal still reads 十二', () => expect(markerOrdinal('十二')).toBe(12));
  it('markerOrdinal still reads ①', () => expect(markerOrdinal('①')).toBe(1));
  it('⑴ followed by punctuation heads nothing', () => expect(scan('见⑴。')).toEqual([]));

  it('⑴ and ㈠ ladders', () =>
    expect(outline('一、任务\n⑴加强领导\n⑵完善制度\n二、措施\n㈠建立机制\n㈡落实责任')).toEqual([
      '1 一、 1 任务',
      '1.1 (1) 2 加强领导',
      '1.2 (2) 2 完善制度',
      '2 二、 1 措施',
      '2.1 (一) 2 建立机制',
      '2.2 (二) 2 落实责任',
    ]));
  it('㈠ → ⒈ → ⑴ nest like (一) → 1. → (1)', () =>
    expect(ids('㈠加强队伍建设\n⒈开展培训\n⑴集中培训\n⑵分散学习\n⒉组织交流\n㈡改善条件')).toEqual([
      '1 (一)', '1.1 1.', '1.1.1 (1)', '1.1.2 (2)', '1.2 2.', '2 (二)',
    ]));
  it('⑴ mixed with (2) counts as one list', () =>
    expect(ids('一、任务\n⑴加强领导\n(2)完善制度\n⑶强化督查')).toEqual(['1 一、', '1.1 (1)', '1.2 (2)', '1.3 (3)']));
});

describe('decimal markers: month.day dates', () => {
  it('1.1前完成 is a date', () => expect(scan('1.1前完成报名')).toEqual([]));
  it('3.15后开始 is a date', () => expect(scan('3.15后开始')).toEqual([]));
  it('1.2 前期准备 is a heading', () => expect(scan('1.2 前期准备')).toEqual(['dec-2 2 1.2 line']));
  it('9.1—9.15 is a date range', () => expect(scan('9.1—9.15 开学准备')).toEqual([]));
});

describe('bare numbers after normalization (no space before the title)', () => {
  it('1总则 before 1.1 is a candidate', () => expect(scan('1总则\n1.1目的')).toEqual(['dec-1 1 1 line', 'dec-2 1 1.1 line']));
  it('3月份 at a line start is a date', () => expect(scan('3月份召开\n3.1目标')).toEqual(['dec-2 1 3.1 line']));
  it('10个班级 at a line start is a quantity', () => expect(scan('10个班级\n10.1目标')).toEqual(['dec-2 1 10.1 line']));
  it('2024年 is a year', () => expect(scan('2024年工作\n24.1目标')).toEqual(['dec-2 1 24.1 line']));
  it('a whole normalized ladder', () =>
    expect(ids('某公司计划\n1总体要求\n以安全为主线。\n1.1指导思想\n坚持安全第一。\n1.2工作目标\n投入1.5亿元。\n2主要任务\n2.1隐患排查\n培训1.2万人次。\n3保障措施\n3.1组织保障')).toEqual([
      '1 1', '1.1 1.1', '1.2 1.2', '2 2', '2.1 2.1', '3 3', '3.1 3.1',
    ]));
});

describe('ladder ranks and whole documents', () => {
  it('第一章 → 一、 → (一)', () =>
    expect(outline('第一章 总体要求\n一、指导思想\n(一)坚持标准\n(二)坚持质量\n二、工作目标\n第二章 保障措施')).toEqual([
      '1 第一章 1 总体要求',
      '1.1 一、 2 指导思想',
      '1.1.1 (一) 3 坚持标准',
      '1.1.2 (二) 3 坚持质量',
      '1.2 二、 2 工作目标',
      '2 第二章 1 保障措施',
    ]));
  it('a half-bracket plan', () => {
    const text = '某社区工作计划\n一)加强组织领导\n1)成立小组。\n2)明确分工。\n二)完善服务\n1)开通热线。\n三)强化督查\n每月通报。';
    expect(ids(text)).toEqual(['1 一)', '1.1 1)', '1.2 2)', '2 二)', '2.1 1)', '3 三)']);
  });
  it('an enclosed-numeral plan', () => {
    const text = '某局工作要点\n㈠深化改革\n⑴推进审批改革。\n⑵优化营商环境。\n㈡改善民生\n⑴扩大就业。\n㈢加强党建\n①学习教育。②警示教育。';
    expect(ids(text)).toEqual(['1 (一)', '1.1 (1)', '1.2 (2)', '2 (二)', '2.1 (1)', '3 (三)', '3.1 ①', '3.2 ②']);
  });
  it('a decimal ladder under 第一章', () =>
    expect(ids('第一章 总则\n1.1 目的\n1.2 范围\n第二章 职责\n2.1 人事部')).toEqual(['1 第一章', '1.1 1.1', '1.2 1.2', '2 第二章', '2.1 2.1']));
});

describe('lower-case letter items and chapters standing alone on their line', () => {
  it('a. b. c. under 1., also run on after a. on its line', () =>
    expect(outline('1.宣读获奖名单\na.王老师宣读竞赛获奖名单b.钟老师宣读先进名单\nc.施老师说明公布方案\n2.颁奖仪式')).toEqual([
      '1 1. 1 宣读获奖名单', '1.1 a. 2 王老师宣读竞赛获奖名单', '1.2 b. 2 钟老师宣读先进名单', '1.3 c. 2 施老师说明公布方案', '2 2. 1 颁奖仪式',
    ]));
  it('b. run on without a. opening its line is no item', () => expect(scanMarkers('全体人员宣读b.钟老师宣读', {}).map((c) => c.style)).toEqual([]));
  it('e.g. and a.m. are no items', () => expect(scanMarkers('详见e.g.说明\n上午8 a.m.开会', {}).map((c) => c.style)).toEqual([]));
  it('第一章 on its own line is titled by the next line', () =>
    expect(outline('第一章\n总则\n第一条 为了规范管理,制定本办法。\n第二章\n职责\n第二条 中心负责日常工作。')).toEqual([
      '1 第一章 1 总则', '1.1 第一条 2 为了规范管理,制定本办法', '2 第二章 1 职责', '2.1 第二条 2 中心负责日常工作',
    ]));
  it('第一部分 on its own line before numbered items has no title', () =>
    expect(outline('第一部分\n1.全体起立,奏唱国歌\n2.学生代表发言\n第二部分\n3.嘉宾讲话')).toEqual([
      '1 第一部分 1 ', '1.1 1. 2 全体起立,奏唱国歌', '1.2 2. 2 学生代表发言', '2 第二部分 1 ', '2.1 3. 2 嘉宾讲话',
    ]));
  it('第一章 inside a sentence line is no heading', () => expect(scanMarkers('详见第一章\n的规定', {}).map((c) => c.style)).toEqual([]));
});

describe('an excerpt may open mid-ladder; inline lists joined by 及 stay lists', () => {
  it('a chapter saved alone opens at its own number', () =>
    expect(outline('(四) 培育下一代\n政府鼓励多元文化。\n(1) 增加资助学额;\n(2) 推行新的奖学金计划。')).toEqual([
      '1 (四) 1 培育下一代', '1.1 (1) 2 增加资助学额', '1.2 (2) 2 推行新的奖学金计划',
    ]));
  it('…only on the text\'s first line, as a short heading', () =>
    expect(outline('政府鼓励多元文化。\n(四) 培育下一代\n(1) 增加资助学额')).toEqual(['1 (1) 1 增加资助学额']));
  it('…never a sentence', () => expect(outline('三、我们将继续推进改革,做好工作。\n正文。')).toEqual([]));
  it('items after a colon ended by ;及 are one enumeration', () =>
    expect(outline('一、其他措施\n政府决定:(一)资助清贫学生参与交流活动;及(二)邀请专责小组考虑提供津贴。')).toEqual(['1 一、 1 其他措施']));
});
