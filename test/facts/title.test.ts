import { describe, expect, it } from 'vitest';
import { bodyTitle, endingHeadWord, findTitle, namePart, noticeTitle } from '../../src/facts/title.js';
import { tree } from '../assemble/tree.js';

const none = { sections: [], heading: null, collectionTitle: null } as const;
const title = (text: string, extra: Partial<Parameters<typeof findTitle>[0]> = {}) => findTitle({ ...none, text, ...extra }).title;

describe('endingHeadWord', () => {
  it('plan word', () => expect(endingHeadWord('2020年教研工作要点')).toBe('要点'));
  it('report word', () => expect(endingHeadWord('城关小学安全工作自查报告')).toBe('报告'));
  it('with (试行)', () => expect(endingHeadWord('教师考核实施方案(试行)')).toBe('方案'));
  it('unknown qualifier', () => expect(endingHeadWord('教师考核实施方案(第二版)')).toBeNull());
  it('no kind word', () => expect(endingHeadWord('学校章程')).toBeNull());
});

describe('title from the header', () => {
  it('title line', () => expect(title('实验小学2020年德育工作计划\n本学期德育工作以…\n')).toBe('实验小学2020年德育工作计划'));
  it('flattened: title runs into 为', () => expect(title('2019年学校安全工作要点为切实加强校园安全,特制定本要点。一、工作目标')).toBe('2019年学校安全工作要点'));
  it('flattened: title runs into 根据', () => expect(title('2015年招生工作方案根据上级要求,结合实际制定本方案。')).toBe('2015年招生工作方案'));
  it('page marker before a flattened title', () => expect(title('-1-2015年招生工作方案根据上级要求,制定本方案。')).toBe('2015年招生工作方案'));
  it('web page repeating the title', () =>
    expect(title('文档介绍\n镇中学2019年工作总结\n镇中学2019年工作总结 镇中学2019年工作总结 一年来,我校…')).toBe('镇中学2019年工作总结'));
  it('web noise line is not a title', () => expect(title('当前位置:首页 > 文档 > 活动方案\n今年我们…')).toBeNull());
  it('title broken over lines', () => expect(title('城关镇第二小学关于校园安全工作情况的\n报\n告\n尊敬的各位领导:\n')).toBe('城关镇第二小学关于校园安全工作情况的报告'));
  it('head noun broken across a line', () => expect(title('南街小学教学工作情况\n报\n告南街小学2015年6月1日\n')).toBe('南街小学教学工作情况报告'));
  it('letter-spaced title', () => expect(title('工 作 总 结\n一年来…')).toBe('工作总结'));
  it('mixed title runs to its last head noun', () => expect(title('2020年工作总结及2021年工作计划\n一年来…')).toBe('2020年工作总结及2021年工作计划'));
  it('title glued to a body starting with 上半年', () => expect(title('实验小学2016年上半年工作总结及下半年工作打算上半年,我校取得了新进展。')).toBe('实验小学2016年上半年工作总结及下半年工作打算'));
  // the years a plan covers are part of its name as printed (…行动方案(2023-2025年)); a draft's note on its own line is not
  it('the year span after a title is part of it', () => expect(title('城北学区教师培训三年规划(2018-2020年)\n(征求意见稿)\n')).toBe('城北学区教师培训三年规划(2018-2020年)'));
  it('…also alone on the next line', () => expect(title('城北学区教师培训三年规划\n(2018—2020年)\n为了…')).toBe('城北学区教师培训三年规划(2018—2020年)'));
  it('a date line under the title is not part of it', () => expect(title('中共青溪县委关于乡村振兴的实施意见\n(2018年1月2日)\n')).toBe('中共青溪县委关于乡村振兴的实施意见'));
  it('a single year in parentheses is not a span', () => expect(title('城北学区教师培训规划\n(2018年)\n')).toBe('城北学区教师培训规划'));
  it('a title may start with 全县', () => expect(title('全县2014年教育工作要点\n')).toBe('全县2014年教育工作要点'));
  it('a speech report title may start with 在', () => expect(title('在全县教育工作会议上的报告\n同志们:')).toBe('在全县教育工作会议上的报告'));
  it('a long title wrapped onto two lines', () => expect(title('关于城关镇2015年义务教育均衡发展\n工作情况的报告\n尊敬的各位领导:')).toBe('关于城关镇2015年义务教育均衡发展工作情况的报告'));
  it('a short line above the title is not joined to it', () => expect(title('文档介绍\n镇中学2019年工作总结\n')).toBe('镇中学2019年工作总结'));
  it('an organ line above the title is not joined to it', () => expect(title('城关镇第一中心小学\n2015年德育工作计划\n')).toBe('2015年德育工作计划'));
  it('a sentence line is not joined to a title-like line', () => expect(title('我校现有教师三十人学生五百人左右\n教学工作计划\n')).toBe('教学工作计划'));
  it('flattened title followed by a section marker', () => expect(bodyTitle('2015年工作要点一、指导思想坚持…', 30)?.title).toBe('2015年工作要点'));
  it('a task list over its table', () => expect(title('   机关第二党支部2022年工作任务清单\n序号\t重点内容\t具体措施\n')).toBe('机关第二党支部2022年工作任务清单'));
  it('清单 alone is no head noun', () => expect(title('市场准入负面清单\n')).toBeNull());
  it('a task list named in the body is not the title', () =>
    expect(title('2022年党建工作要点\n一、各支部对照问题建立任务清单\n')).toBe('2022年党建工作要点'));
  it('keeps (试行)', () => expect(title('教师绩效考核实施方案(试行)\n为了…')).toBe('教师绩效考核实施方案(试行)'));
  it('organ line above the title is skipped', () => expect(title('城南小学\n关于均衡发展工作的自查报告\n一、存在问题')).toBe('关于均衡发展工作的自查报告'));
  it('subtitle line is not part of the title', () => expect(title('关于全区教育工作的报告\n——在区人大常委会会议上\n')).toBe('关于全区教育工作的报告'));
  it('a sentence naming 本方案 is not a title', () => expect(title('为了进一步加强学校管理,特制定本方案。一、指导思想')).toBeNull());
  it('single clause 制定本计划 is not a title', () => expect(title('特制定本计划。\n')).toBeNull());
  it('a plan with no title', () => expect(title('本学期我校将继续深化课堂改革。\n一、工作目标\n')).toBeNull());
  it('a quoted plan name in a sentence is not a title', () => expect(title('认真落实《三年提升计划》的要求\n')).toBeNull());
  it('signature line is not a title', () => expect(bodyTitle('城南中学2014年3月2日印发\n', 20)).toBeNull());
  it('a title run on after a letterhead address in Latin letters', () =>
    expect(bodyTitle('40724台中市文华路100号Wenhua Rd, Taichung 40724, Taiwan, R.O.C.青溪地理学会第12届第2次会员大会会议纪录\n一、时间:2023年4月16日', 200)?.title).toBe('青溪地理学会第12届第2次会员大会会议纪录'));
  it('minutes end a title as reports do', () => {
    expect(endingHeadWord('校长办公会议纪要')).toBe('会议纪要');
    expect(endingHeadWord('第3次理事会会议记录')).toBe('会议记录');
  });
  it('a Latin word inside a title is no letterhead (2024年AI教学应用工作计划)', () => expect(bodyTitle('2024年AI教学应用工作计划\n一、目标', 40)?.title).toBe('2024年AI教学应用工作计划'));
  it('title after a removed page break', () =>
    expect(title('教育局办公室2014年3月2日印发学校安全工作方案为了加强管理', { pageBreaks: [17] })).toBe('学校安全工作方案'));
  it('only the header is searched', () => {
    const text = '本学期工作如下。\n一、重点工作\n学校体育工作计划\n';
    expect(title(text, { sections: tree(text, [{ head: '一、重点工作' }]) })).toBeNull();
  });
  it('span points at the title line', () => {
    const text = '说明\n学校德育工作计划\n一年来';
    const found = findTitle({ ...none, text });
    expect(found.span).toEqual([3, 11]);
    expect(found.source).toBe('body');
  });
});

describe('a notice that carries a plan', () => {
  const notice = '城南学区关于印发《2021年教研工作要点》的通知\n各校:现将《城南学区2021年教研工作要点》印发给你们,请认真贯彻执行。\n';
  it('takes the carried document title (the longest)', () => expect(title(notice)).toBe('城南学区2021年教研工作要点'));
  it('source is notice', () => expect(findTitle({ ...none, text: notice }).source).toBe('notice'));
  it('span is inside 《》', () => {
    const found = noticeTitle(notice, notice.length);
    expect(found && notice.slice(found.span[0], found.span[1])).toBe('城南学区2021年教研工作要点');
  });
  it('a quoted law in a notice is not a title', () => expect(noticeTitle('关于学习《教师法》的通知\n', 20)).toBeNull());
  it('a cited notice does not make a notice', () =>
    expect(title('城关中学2015年德育工作计划\n根据《关于开展德育工作的通知》和《县教育发展规划》,制定本计划。\n')).toBe('城关中学2015年德育工作计划'));
  it('转发《X》的通知', () => expect(title('关于转发《2016年招生工作方案》的通知\n')).toBe('2016年招生工作方案'));
  it('no notice words, no notice title', () => expect(noticeTitle('认真学习《2021年教研工作要点》\n', 30)).toBeNull());
});

describe('fallbacks', () => {
  it('the heading from a 第N篇 line', () => expect(title('第二篇:城南小学工作计划\n本学期我校…', { heading: '城南小学工作计划' })).toBe('城南小学工作计划'));
  it('a body title beats the heading', () =>
    expect(title('第一篇:安全工作报告\n关于全镇校园安全工作的报告\n主任:', { heading: '安全工作报告' })).toBe('关于全镇校园安全工作的报告'));
  it('the collection title when the part has none', () =>
    expect(title('本学年我区基础教育工作要坚持…', { collectionTitle: '基础教育工作计划' })).toBe('基础教育工作计划'));
  it('heading before collection', () => expect(title('本学年…', { heading: '德育计划', collectionTitle: '计划两篇' })).toBe('德育计划'));
  it('nothing at all', () => expect(findTitle({ ...none, text: '本学年…' })).toEqual({ title: null, source: null, span: null }));
});

describe('a document number before the title is not part of it', () => {
  it('number on its own line above a long title', () =>
    expect(title('南水建发〔2023〕9号\n南水县水利局2023年河道清淤专项行动工作方案\n为切实做好…')).toBe('南水县水利局2023年河道清淤专项行动工作方案'));
  it('number glued to the title on one line', () =>
    expect(title('南水建发〔2023〕9号南水县水利局2023年河道清淤工作方案\n为切实做好…')).toBe('南水县水利局2023年河道清淤工作方案'));
  it('number without an issuer code', () => expect(title('〔2022〕17号\n东城街道2022年防汛工作方案\n')).toBe('东城街道2022年防汛工作方案'));
  it('number with square brackets and spaces', () => expect(title('县卫发[2021] 3号 县卫生健康局2021年爱国卫生工作要点\n')).toBe('县卫生健康局2021年爱国卫生工作要点'));
  it('page marker then a number', () => expect(title('-1-县卫发〔2021〕3号县卫生健康局2021年爱国卫生工作要点\n')).toBe('县卫生健康局2021年爱国卫生工作要点'));
  it('span starts after the number', () => {
    const text = '南水建发〔2023〕9号\n南水县水利局2023年河道清淤专项行动工作方案\n为切实做好…';
    const found = findTitle({ ...none, text });
    expect(found.span && text.slice(found.span[0], found.span[1])).toBe('南水县水利局2023年河道清淤专项行动工作方案');
  });
  it('a number alone is not a title', () => expect(title('南水建发〔2023〕9号\n为切实做好防汛工作…')).toBeNull());
  it('a title naming a number later is untouched', () => expect(title('落实县政办〔2020〕5号文件的工作方案\n')).toBe('落实县政办〔2020〕5号文件的工作方案'));
  it('a plain title is untouched', () => expect(title('东城街道2022年防汛工作方案\n')).toBe('东城街道2022年防汛工作方案'));
});

describe('a slogan over the document name', () => {
  it('slogan——name on one line: the name', () =>
    expect(title('求真务实创先争优再铸辉煌——九届二次教代会学校工作报告\n各位代表:\n现在我代表学校作工作报告。')).toBe('九届二次教代会学校工作报告'));
  it('the name, then the slogan and the name as subtitle: the name', () =>
    expect(title('某校2009学年第二学期工作思路\n创新管理共同发展\n——某校2009学年第二学期工作思路\n一、明确指导思想\n学习实践科学发展观。')).toBe('某校2009学年第二学期工作思路'));
  it('a name on both sides of the dash stays whole', () => expect(namePart('2023年工作总结——暨2024年工作计划')).toBe('2023年工作总结——暨2024年工作计划'));
  it('a slogan alone stays whole', () => expect(namePart('团结奋进——再创佳绩')).toBe('团结奋进——再创佳绩'));
});

describe('the first of several documents on one page', () => {
  const page = '学校班子成员年度述职报告\n发布时间:2021年02月04日\n2020年度述职述廉报告\n孙某\n一、履行岗位职责情况\n正文。';
  const found = (text: string, heading: string | null) => findTitle({ ...none, text, heading });
  it('takes the title line the split found, not the page title above it', () =>
    expect([found(page, '2020年度述职述廉报告').title, found(page, '2020年度述职述廉报告').span]).toEqual([
      '2020年度述职述廉报告',
      [page.indexOf('2020年度'), page.indexOf('2020年度') + '2020年度述职述廉报告'.length],
    ]));
  it('without that heading the page title stands', () => expect(title(page)).toBe('学校班子成员年度述职报告'));
  it('a heading that is only a phrase inside a line is not taken', () =>
    expect(found('某校2020年工作总结\n现将2020年度述职述廉报告如下。\n一、成绩\n正文。', '2020年度述职述廉报告').title).toBe('某校2020年工作总结'));
});
