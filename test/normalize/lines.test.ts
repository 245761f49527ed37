import { describe, expect, it } from 'vitest';
import { PAGE_BREAK as P } from '../../src/normalize/chars.js';
import { isParagraphBreak, joinLines, titleWidth } from '../../src/normalize/lines.js';

describe('isParagraphBreak', () => {
  it.each([
    ['做好安全工作。', '加强师资建设'],
    ['各校要做到:', '一是加强领导'],
    ['提高质量!', '二是'],
    ['他说:“要抓好落实。”', '继续推进'],
    ['一、指导思想', '坚持以人为本'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '二、工作目标'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '(一)加强领导'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '(1)加强领导'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '1.加强领导'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '3、加强领导'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '①加强领导'],
    ['王老师宣读各学科竞赛获奖名单', 'c.施老师说明先进名单公布方案'],
    // a signature block after an attachment's name: each line stands alone
    ['附:《2021年度廉洁风险防控清单》', '中共青溪市第一中学委员会'],
    ['附件1:考核评分表', '青溪县教育局'],
    ['中共青溪市第一中学委员会同志们的意见和建议', '2021年1月18日'],
    ['中共青溪市第一中学委员会同志们的意见和建议', '2021年1月18'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '第二阶段:自查整改'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '附件1:名单'],
    ['关于全县教育工作情况的报告', '——在县人大常委会上'],
    ['某某小学', '2013年11月1日'],
    ['一、深化改革,推动发展', '本学年我区'],
    ['其中包括教学楼和宿舍楼的维修工作以及', '1.2014年8月15日前,完成准备'],
    ['第一阶段:宣传发动阶段和组织实施工作安排(2012年11月—2013年3月)', '成立工作机构'],
    // a catalogue's decimal numbers open lines (1.2.2, 2.1 before a word)
    ['1.2.1耙(限圆盘耙、驱动耙)', '1.2.2埋茬起浆机'],
    ['3.1.3割草机(含果园无人割草机)', '3.2植保机械'],
    ['7.田间监测及作业监控设备', '7.1 田间作业监控设备'],
  ])('%j | %j is a paragraph break', (prev, next) => {
    expect(isParagraphBreak(prev, next, 20)).toBe(true);
  });

  it.each([
    ['我校在县委、县政府的正确领导下,在教育局的', '业务指导下,取得了成绩。'],
    ['我校在县委、县政府的正确领导下,学校发展工', '作取得了明显成绩。'],
    ['对照《', '市办学条件指标》'],
    ['报', '告某某小学'],
    ['组', '长:张三'],
    ['我校在县委、县政府的正确领导下,学校投资了', '1.5万元'],
    ['我校在县委、县政府的正确领导下,学校建成第', '一批示范校'],
    ['解决办法。', '’'],
    ['全年培训4次,全体教师参', '加培训'],
    ['全县中小学校舍维修改造工程的总投资额最终达到了', '1.5万元'],
    ['学校投资新建了一栋教学楼和两栋学生宿舍楼(含食堂)', '并投入使用'],
    // a figure with one dot wrapped to a line start stays in its sentence
    ['全县中小学校舍维修改造工程的总投资额最终达到了', '3.5万元'],
    ['全县中小学校舍维修改造工程的总投资额最终达到了', '2.5个百分点'],
    // one character left alone is the end of a broken word
    ['附件:2024—2026年某省农机购置补贴机具种类范', '围'],
    ['某某小学', '围'],
    // a date that goes on is no signature line; an attachment name not yet closed wraps on
    ['我校在县委、县政府的正确领导下,会议定于', '2021年1月18日下午召开'],
    ['附:《2021年度绍兴一中全体党员干部廉洁风险防控', '清单》'],
    // a.m. and a file name are no letter items
    ['会议于上午九点召开,时间为9', 'a.m.开始'],
  ])('%j | %j is joined', (prev, next) => {
    expect(isParagraphBreak(prev, next, 20)).toBe(false);
  });

  it('treats every line as a paragraph for one-line-per-paragraph formats', () => {
    expect(isParagraphBreak('我校在县委、县政府的正确领导下,学校发展工作取得了成绩', '继续努力', 20, { linesAreParagraphs: true })).toBe(true);
    expect(isParagraphBreak('继续加强,', '努力工作', 20, { linesAreParagraphs: true })).toBe(false);
  });
});

describe('titleWidth', () => {
  it('is 0.7 of the typical width, within [12, 40]', () => {
    expect(titleWidth(Array(10).fill('一'.repeat(30)))).toBe(21);
    expect(titleWidth(Array(10).fill('一'.repeat(300)))).toBe(40);
    expect(titleWidth(['短'])).toBe(12);
  });
});

describe('joinLines', () => {
  it.each([
    ['甲乙丙。\n丁戊己。', '甲乙丙。\n丁戊己。'],
    ['甲乙丙。\n\n\n丁戊己。', '甲乙丙。\n丁戊己。'],
    ['为了进一步加强学校管理工作,提高教育教学质量,根据上级\n要求,结合我校实际,特制定本计划。', '为了进一步加强学校管理工作,提高教育教学质量,根据上级要求,结合我校实际,特制定本计划。'],
    ['一、指导思想\n坚持以人为本。', '一、指导思想\n坚持以人为本。'],
    ['Plan for the next school year and the one after it for all\nstudents。', 'Plan for the next school year and the one after it for all students。'],
    [`为了进一步加强学校管理工作,提高教育教学质量,根据上级\n${P}\n要求,结合实际。`, `为了进一步加强学校管理工作,提高教育教学质量,根据上级${P}要求,结合实际。`],
    [`全面完成。\n${P}\n二、工作措施`, `全面完成。\n${P}二、工作措施`],
    [`正文结束。\n${P}`, `正文结束。${P}`],
    ['\n\n甲。\n\n', '甲。'],
  ])('%j → %j', (input, expected) => {
    expect(joinLines(input)).toBe(expected);
  });
});

describe('joinLines: a long title on the first line', () => {
  it('ends its paragraph however long it is', () =>
    expect(joinLines('台北市立青溪国民中学112学年度阅读推广实施计划\n中华民国112年8月15日北市青中教字第1120000123号函订定\n壹、依据')).toBe(
      '台北市立青溪国民中学112学年度阅读推广实施计划\n中华民国112年8月15日北市青中教字第1120000123号函订定\n壹、依据',
    ));
  it('a first line that is a sentence still joins', () =>
    expect(joinLines('为进一步加强全县中小学校园安全管理工作落实各项责任\n制定本方案。')).toBe('为进一步加强全县中小学校园安全管理工作落实各项责任制定本方案。'));
  it('a title-like line further down joins as before', () =>
    expect(joinLines('前言。\n按照县教育局统一部署认真落实本年度教育教学工作计划\n的各项要求。')).toBe('前言。\n按照县教育局统一部署认真落实本年度教育教学工作计划的各项要求。'));
  it('capital numerals and letter items open paragraphs', () => expect(joinLines('一、依据教育部计划\n贰、目的\nA.每队4人')).toBe('一、依据教育部计划\n贰、目的\nA.每队4人'));
});
