import { describe, expect, it } from 'vitest';
import { buildSections } from '../../src/segment/sections.js';
import { titleAt } from '../../src/segment/titles.js';

/** Title of the text after a marker of `markerLength` characters, up to the text end. */
function title(text: string, markerLength = 2): string {
  return titleAt(text, markerLength, text.length).title;
}

describe('titleAt: stops', () => {
  it('ends at 。', () => expect(title('一、加强队伍建设。组织培训。')).toBe('加强队伍建设'));
  it('ends at a colon', () => expect(title('一、基本情况:我校位于')).toBe('基本情况'));
  it('ends at the line end', () => expect(title('一、指导思想\n坚持')).toBe('指导思想'));
  it('ends at ！', () => expect(title('1.安全第一！时刻')).toBe('安全第一'));
  it('keeps ; inside a sentence title', () => expect(title('3.加强防控;做好排查工作。以讲座')).toBe('加强防控;做好排查工作'));
  it('keeps commas', () => expect(title('1.加大培训力度,促进队伍均衡。实施')).toBe('加大培训力度,促进队伍均衡'));
  it('ends at the limit (the next marker)', () => {
    const text = '二、重点工作1.深化发展';
    expect(titleAt(text, 2, text.indexOf('1.')).title).toBe('重点工作');
  });
  it('skips spaces after the marker', () => expect(title('一、  工作目标\n')).toBe('工作目标'));
  it('skips a leading date parenthesis before a colon', () =>
    expect(titleAt('第一阶段(2024年2月20日—3月15日):部署阶段。各校制定方案。', 4, 30).title).toBe('部署阶段'));
  it('skips a leading date parenthesis before the name', () =>
    expect(titleAt('第一阶段(2024年3月—4月)宣传发动。召开动员会。', 4, 26).title).toBe('宣传发动'));
  it('keeps a leading date parenthesis when nothing follows it', () =>
    expect(titleAt('第一阶段(2024年3月—4月)\n召开动员会。', 4, 23).title).toBe('(2024年3月—4月)'));
  it('keeps a leading parenthesis that is not only dates', () =>
    expect(titleAt('第一阶段(部署):制定方案。', 4, 14).title).toBe('(部署)'));
  it('a leading date is not a heading the body follows', () =>
    expect(title('1.9月10日前开展“感恩教师”主题活动。')).toBe('9月10日前开展“感恩教师”主题活动'));
  it('skips a colon after 第一阶段', () => expect(titleAt('第一阶段:宣传发动阶段\n', 4, 11).title).toBe('宣传发动阶段'));
  it('trims trailing punctuation', () => expect(title('二、组织机构.\n')).toBe('组织机构'));
  it('a space between two phrases ends a flattened title', () => expect(title('(一)改善办学条件,夯实基础 义务教育要实现均衡', 3)).toBe('改善办学条件,夯实基础'));
  it('a space inside a short heading does not', () => expect(title('4、加大 对资产的管理,确保安全。')).toBe('加大 对资产的管理,确保安全'));
  it('a space inside a date does not', () => expect(title('1.2014年8月15 日前,完成准备。')).toBe('2014年8月15 日前,完成准备'));
  it('empty when the next marker follows at once', () => expect(titleAt('三、(一)', 2, 2).title).toBe(''));
  it('span matches the title', () => {
    const text = '一、 工作目标。';
    const t = titleAt(text, 2, text.length);
    expect(text.slice(t.start, t.end)).toBe(t.title);
  });
});

describe('titleAt: where the body starts', () => {
  it('heading word + 以', () => expect(title('一、总体思路以“办人民满意的教育”为目标,推进发展。')).toBe('总体思路'));
  it('heading word + 围绕', () => expect(title('二、目标任务围绕年度目标,提升质量。')).toBe('目标任务'));
  it('heading word + a fused opener (以党)', () => expect(title('一、指导思想以党的精神为指导。')).toBe('指导思想'));
  it('heading word + quote', () => expect(title('四、时间安排“质量年”活动分为五个阶段')).toBe('时间安排'));
  it('heading word + a year', () => expect(title('三、工作目标2014年通过验收。')).toBe('工作目标'));
  it('heading word + 加强', () => expect(title('三、保障措施加强领导。')).toBe('保障措施'));
  it('a longer heading stays whole (主要工作措施)', () => expect(title('三、主要工作措施。')).toBe('主要工作措施'));
  it('heading word + a word that is no opener (基本情况对比)', () => expect(title('一、基本情况对比分析。')).toBe('基本情况对比分析'));
  it('a date parenthesis is not part of the title', () => expect(title('(一)动员部署阶段(3月3日—3月15日)工作任务:成立机构', 3)).toBe('动员部署阶段'));
  it('a date range with 一 as dash', () => expect(titleAt('第二阶段:自查整改阶段(2013年4月一2014年8月)学校对照', 4, 36).title).toBe('自查整改阶段'));
  it('a parenthesis that is not a date stays', () => expect(title('1.完善校(园)安全管理机制。')).toBe('完善校(园)安全管理机制'));
  it('一是 starts the body', () => expect(title('(四)关注学生成长,提升人文水平一是注重全面发展。', 3)).toBe('关注学生成长,提升人文水平'));
  it('two clauses running into the body (完善)', () => expect(title('(一)加强调度考核,建立重点工作进展通报制度完善《考核办法》,加强过程管理。', 3)).toBe('加强调度考核,建立重点工作进展通报制度'));
  it('two clauses running into the body (开展)', () => expect(title('(四)完善推进机制,加快教育现代化进程开展亮点展评活动;创新论坛形式。', 3)).toBe('完善推进机制,加快教育现代化进程'));
  it('two clauses running into the body (针对)', () => expect(title('(二)制度管理解难题,多措并举树品牌针对群众关心的热点问题,继续实行公开。', 3)).toBe('制度管理解难题,多措并举树品牌'));
  it('no seam inside a sentence title', () => expect(title('1.转变人才培养模式,组织开展“两堂一小时”工程,关注食堂。')).toBe('转变人才培养模式,组织开展“两堂一小时”工程,关注食堂'));
  it('no seam when the clause ends first', () => expect(title('7.加快共同体建设,创新完善人才流动管理机制。加大交流')).toBe('加快共同体建设,创新完善人才流动管理机制'));
  it('no seam in an enumeration', () => expect(title('3.组织家长开放日,开展“千名教师访万家”、家长座谈会等活动,倾听意见。')).toBe('组织家长开放日,开展“千名教师访万家”、家长座谈会等活动,倾听意见'));
});

describe('buildSections: titles in context', () => {
  it('the title never includes the next marker', () => {
    const s = buildSections('一、主要内容(一)深化内涵发展1.健全机制。');
    expect(s[0]?.title).toBe('主要内容');
    expect(s[0]?.children[0]?.title).toBe('深化内涵发展');
  });
  it('a long sentence title runs to the first 。', () => {
    const s = buildSections('一、任务\n1.健全校务委员会、教代会等民主监督机制,完善考核评价机制,营造和谐的工作环境,办教师幸福的教育。2.转变模式。');
    expect(s[0]?.children[0]?.title).toBe('健全校务委员会、教代会等民主监督机制,完善考核评价机制,营造和谐的工作环境,办教师幸福的教育');
  });
});

describe('titleAt: heading words a little way in', () => {
  it('月工作安排 before a month', () => expect(title('四、月工作安排2月:制定计划。')).toBe('月工作安排'));
  it('2018年工作思路 before a clause', () => expect(title('三、2018年工作思路全面贯彻会议精神。')).toBe('2018年工作思路'));
  it('a heading word inside a phrase stays', () => expect(title('1.落实工作目标责任制,明确分工。')).toBe('落实工作目标责任制,明确分工'));
});

describe('titleAt: more body seams', () => {
  it('an adverb and a verb cut as one word (认真贯彻)', () => expect(title('六、加强艺术教学研究,全面提高学生综合素质认真贯彻教育工作规程,落实文件精神。')).toBe('加强艺术教学研究,全面提高学生综合素质'));
  it('three short clauses (贯彻落实)', () => expect(title('八、强化管理,规范办园行为,整体提升学前教育发展贯彻落实《指南》,优化活动内容。')).toBe('强化管理,规范办园行为,整体提升学前教育发展'));
  it('a single clause (成立)', () => expect(title('(一)加强组织领导成立以校长为组长的领导小组。', 3)).toBe('加强组织领导'));
  it('a verb inside a heading noun phrase is no seam (落实情况)', () => expect(title('6、教师培训落实情况。')).toBe('教师培训落实情况'));
  it('a coverb waits for its verb (把…落实)', () => expect(title('(二)强化考核评价把工作落实情况纳入绩效考核。', 3)).toBe('强化考核评价把工作落实情况纳入绩效考核'));
  it('no seam inside a word (针对性)', () => {
    const text = '二、加强体系建设,增强德育工作的针对性和实效性 1.丰富活动';
    expect(titleAt(text, 2, text.indexOf('1.')).title).toBe('加强体系建设,增强德育工作的针对性和实效性');
  });
  it('a half-width period before a space ends the title', () => expect(title('二、组织机构. 我校成立领导小组')).toBe('组织机构'));
  it('体育.艺术 keeps its period', () => expect(title('1.落实“体育.艺术”工作规程。')).toBe('落实“体育.艺术”工作规程'));
});

describe('titleAt: an article (第五条) is its own first sentence', () => {
  const article = (text: string, marker: string): string => {
    const s = buildSections(text).flatMap((x) => [x, ...x.children]).find((x) => x.number === marker);
    return s?.title ?? '';
  };
  const measures = '第一章 总则\n第一条 为规范站点建设,制定本办法。\n第二条 站点原则上依托县级水文机构建设。\n第三条 站点实行分级管理,省水文局负责统筹。\n第四条 县级水文机构的主要职责是:\n(一)日常维护;\n(二)数据报送。\n第二章 附则\n第五条 目的\n本办法自发布之日起施行。';
  it('the whole first sentence, not cut where a body might start', () => expect(article(measures, '第二条')).toBe('站点原则上依托县级水文机构建设'));
  it('commas kept', () => expect(article(measures, '第三条')).toBe('站点实行分级管理,省水文局负责统筹'));
  it('up to a colon', () => expect(article(measures, '第四条')).toBe('县级水文机构的主要职责是'));
  it('a title line of its own stays a title line', () => expect(article(measures, '第五条')).toBe('目的'));
  it('other markers still end where their body starts', () =>
    expect(title('一、组织领导学校成立工作领导小组,校长任组长,分管副校长任副组长,负责统筹协调。')).not.toBe('组织领导学校成立工作领导小组,校长任组长,分管副校长任副组长,负责统筹协调'));
});

describe('titleAt: a long heading run into its body in a flattened line', () => {
  // the rest of a page flattened into one line: over 400 characters after the heading
  const flat = (head: string): string => `${head}${'深化预算管理制度改革,加强财政资源统筹,提高资金使用效益。'.repeat(16)}`;
  it.each([
    ['(一)统筹学习,加强政治思想教育以新时代思想为指导,全面贯彻会议精神。', '统筹学习,加强政治思想教育'],
    ['(一)强政治、增三力,永葆对党忠诚把党的政治建设摆在首位,不断增强政治判断力。', '强政治、增三力,永葆对党忠诚'],
    ['(一)持续推进财政管理体制改革,提升管理效能全面推进预算管理、政府采购等重点领域改革。', '持续推进财政管理体制改革,提升管理效能'],
  ])('%s', (head, expected) => expect(title(flat(head), 3)).toBe(expected));
  it('a coverb after a verb is its object’s (组织开展以…为主要内容的培训)', () =>
    expect(title(flat('(一)组织开展以校本研训、远程研修为主要内容的教师全员培训活动。'), 3)).toBe('组织开展以校本研训、远程研修为主要内容的教师全员培训活动'));
  it('a coverb after a list mark opens the next item (、以目标统领…)', () =>
    expect(title(flat('(一)推进目标导引教学,做到以目标创设问题情境、以目标统领教学流程、以目标优化教学环节。'), 3)).toBe('推进目标导引教学,做到以目标创设问题情境、以目标统领教学流程、以目标优化教学环节'));
  it('in a line of normal length a long heading is whole', () =>
    expect(title('(一)统筹学习,加强政治思想教育以新时代思想为指导,全面贯彻会议精神。\n正文。', 3)).toBe('统筹学习,加强政治思想教育以新时代思想为指导,全面贯彻会议精神'));
});

describe('titleAt: a report part named by its year, and 截止', () => {
  it('2023年工作计划|2023年是…', () => expect(title('二、2023年工作计划2023年是开局之年,站在新的起点上。')).toBe('2023年工作计划'));
  it('基本情况|截止2022年底…', () => expect(title('一、基本情况截止2022年底,区属国企共有企业197家。')).toBe('基本情况'));
  it('a heading naming two parts is whole', () => expect(title('二、2023年工作计划和2024年工作打算\n正文')).toBe('2023年工作计划和2024年工作打算'));
});
