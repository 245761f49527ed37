import { describe, expect, it } from 'vitest';
import { titleAt } from '../../src/segment/titles.js';
import { outline } from './helpers.js';

/** Title of the text after a marker of `markerLength` characters, up to the text end. */
function title(text: string, markerLength = 3): string {
  return titleAt(text, markerLength, text.length).title;
}

describe('titleAt: a one-clause heading glued to a long body', () => {
  it('body opens with 将', () => expect(title('(一)健全联防联控机制将全镇划分为12个责任片区,每个片区明确1名联络员,做到问题早发现。')).toBe('健全联防联控机制'));
  it('body opens with 在 fused by jieba (化解在)', () => expect(title('(二)推进信访积案化解在5个村全部设立接访点,组建由30名老干部组成的调解队伍。')).toBe('推进信访积案化解'));
  it('body opens with a new verb (推动)', () => expect(title('(三)提升公共服务水平推动医保事项“就近可办”,可办事项不少于40项,服务群众。')).toBe('提升公共服务水平'));
  it('body opens with a new verb (新增)', () => expect(title('(四)加强消防设施建设新增室外消火栓120个,每月开展巡查不少于2次,及时整改隐患。')).toBe('加强消防设施建设'));
  it('body opens with a subject and its verb (镇政府安排)', () => expect(title('(二)强化资金保障镇政府安排专项资金80万元,专款专用,确保工程按期完工。')).toBe('强化资金保障'));
  it('body opens with 各 + noun + verb', () => expect(title('(四)夯实安全基础各学校配齐专职保安人员,每月开展一次消防演练,确保不发生事故。')).toBe('夯实安全基础'));
  it('body opens with an adverb fused to its verb (全面提高)', () => expect(title('(二)加强教师队伍建设全面提高教师专业素养和育人能力,努力打造一支高素质队伍。')).toBe('加强教师队伍建设'));
  it('an adjective-tagged heading verb (严格)', () => expect(title('(三)严格责任考核将整治完成情况纳入年度综合考评,考评结果与评优挂钩。')).toBe('严格责任考核'));
  it('a mistagged heading verb (规范)', () => expect(title('(五)规范办学行为严禁违规补课和乱收费,全面落实有关政策,切实减轻学生负担。')).toBe('规范办学行为'));
  it('a head noun of three characters (安全感)', () => expect(title('(二)提升群众安全感推动平安村居创建,全年创建平安村15个,群众满意度明显提高。')).toBe('提升群众安全感'));
  it('no seam inside a word (发展|观)', () => expect(title('(一)树立科学发展观将发展理念贯穿于工作全过程,每月组织一次专题学习活动。')).toBe('树立科学发展观将发展理念贯穿于工作全过程,每月组织一次专题学习活动'));
  it('a longer subject with an adverb (道路硬化工程已…)', () => expect(title('(七)完善农村基础设施建设道路硬化工程已完成12公里,新建文化广场3处,群众出行更方便。')).toBe('完善农村基础设施建设'));
  it('a heading ending in 工作 before a time word', () => expect(title('(八)做好防汛抗旱工作汛期实行24小时值班制度,及时处置各类突发险情。')).toBe('做好防汛抗旱工作'));
  it('a heading ending in 任务 before 把', () => expect(title('(三)落实立德树人根本任务把核心价值观融入教育教学全过程,培养时代新人。')).toBe('落实立德树人根本任务'));
  it('span matches the title', () => {
    const text = '(一)健全联防联控机制将全镇划分为12个责任片区,每个片区明确1名联络员。';
    const t = titleAt(text, 3, text.length);
    expect([t.start, t.end]).toEqual([3, 11]);
    expect(text.slice(t.start, t.end)).toBe(t.title);
  });
});

describe('titleAt: run-on headings that stay whole', () => {
  it('a short title is left alone', () => expect(title('(一)完善应急预案体系将预案印发各村。')).toBe('完善应急预案体系将预案印发各村'));
  it('the next noun continues the heading (服务|水平)', () => expect(title('(三)提升为民服务水平推动政务事项“一网通办”,可办事项不少于50项。')).toBe('提升为民服务水平'));
  it('a body clause that is too short (培训,)', () => expect(title('(一)加强安全教育培训,提高师生安全意识和自救自护能力,确保校园平安。')).toBe('加强安全教育培训,提高师生安全意识和自救自护能力,确保校园平安'));
  it('a title with its own subject', () => expect(title('(六)学校教育质量稳步提升全县中考平均分比上年提高5分,优秀率达到30%以上。')).toBe('学校教育质量稳步提升全县中考平均分比上年提高5分,优秀率达到30%以上'));
  it('an enumeration in the first clause', () => expect(title('1.健全家长委员会、学生会等民主参与机制,完善考核评价机制,营造和谐的育人环境。', 2)).toBe('健全家长委员会、学生会等民主参与机制,完善考核评价机制,营造和谐的育人环境'));
  it('a short body clause after a head noun (任务|分解到人,)', () => expect(title('(九)抓好毕业班工作任务分解到人,每月召开一次质量分析会,确保中考成绩稳步提升。')).toBe('抓好毕业班工作任务分解到人,每月召开一次质量分析会,确保中考成绩稳步提升'));
  it('a verb heading a noun phrase is no seam (开展情况)', () => expect(title('(一)加强平安建设开展情况及下一步的工作安排与具体打算和措施建议。')).toBe('加强平安建设开展情况及下一步的工作安排与具体打算和措施建议'));
});

describe('titleAt: heading words and more heading', () => {
  it('开展情况 goes on with the heading word', () => expect(title('一、主要工作开展情况', 2)).toBe('主要工作开展情况'));
  it('完成情况 goes on with the heading word', () => expect(title('二、重点任务完成情况\n', 2)).toBe('重点任务完成情况'));
  it('落实情况 goes on with the heading word', () => expect(title('三、工作措施落实情况。', 2)).toBe('工作措施落实情况'));
  it('a heading word + 开展 + body still splits', () => expect(title('二、主要措施开展专项整治行动,排查隐患。', 2)).toBe('主要措施'));
  it('heading word + 到 + a date', () => expect(title('一、工作目标到2026年底,全镇建成10个示范村,群众满意度达到95%以上。', 2)).toBe('工作目标'));
  it('到位 is no opener', () => expect(title('一、工作目标到位率达到百分之百。', 2)).toBe('工作目标到位率达到百分之百'));
});

describe('titleAt: sentence titles with an opener inside', () => {
  it('a subject-led sentence is not cut (各…每…开展)', () => expect(title('①各年级每学期组织公开课展示活动不少于三次。', 1)).toBe('各年级每学期组织公开课展示活动不少于三次'));
  it('an opener after a one-character verb is no seam (抓落实)', () => expect(title('2.突出重点抓落实,各项工作取得新进展', 2)).toBe('突出重点抓落实,各项工作取得新进展'));
});

describe('flattened titles: field labels and plan words open the body', () => {
  const first = (text: string) => outline(text)[0]?.split(' ').slice(3).join(' ');
  it('a field label before a colon', () => expect(first('(一)开展党史学习教育活动活动内容:组织干部职工集中学习。(二)开展征文活动')).toBe('开展党史学习教育活动'));
  it('活动时间 too', () => expect(first('1.举办成就展活动时间:2021年6月。2.开展摄影活动')).toBe('举办成就展'));
  it('a year alone before the label stays whole', () => expect(first('(一)2024年工作目标:完成改造任务。(二)保障')).toBe('2024年工作目标'));
  it('a label without a colon is part of the title', () => expect(first('(一)丰富活动内容\n正文。\n(二)保障')).toBe('丰富活动内容'));
  it('目标任务 then a plan sentence', () => expect(first('(一)目标任务全年力争完成投资92亿元,比年度计划增加14亿元。(二)保障措施')).toBe('目标任务'));
});

describe('a heading line of its own is whole', () => {
  const titles = (text: string): string[] => outline(text).map((l) => l.split(' ').slice(3).join(' '));
  it('a long two-clause heading over its body', () =>
    expect(titles('一、深入学习贯彻巡视工作重要论述,坚定不移把整改作为重大政治任务抓紧抓好\n学校党委高度重视巡视整改。\n二、完善制度\n正文。')[0]).toBe(
      '深入学习贯彻巡视工作重要论述,坚定不移把整改作为重大政治任务抓紧抓好',
    ));
  it('a verb-led heading line keeps its object clause', () =>
    expect(titles('(一)持续用心用力学习推动整改走深走实\n各级党组织把学习作为首要任务。')[0]).toBe('持续用心用力学习推动整改走深走实'));
  it('the same words running into a body on one line are still cut', () =>
    expect(titles('(一)加强调度考核,建立重点工作进展通报制度完善《考核办法》,加强过程管理,每月通报一次。')[0]).not.toContain('完善'));
});
