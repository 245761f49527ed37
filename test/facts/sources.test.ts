// Where each fact comes from besides the year: issued, issuer, title and period, one rule at a time.
import { describe, expect, it } from 'vitest';
import { cleanSiteTitle, carriedTitle } from '../../src/facts/meta-title.js';
import { organEnding } from '../../src/facts/organs.js';
import { bylineIssuer, findIssuer, parenthesizedSigner, speakerIssuer, titleIssuer, letterheadIssuer } from '../../src/facts/issuer.js';
import { organOfCode } from '../../src/facts/doc-number.js';
import type { Metadata } from '../../src/types.js';
import { factsOf } from './helpers.js';

const titled = (...titles: string[]): Metadata => ({ titles: titles.map((value) => ({ value, origin: 'html', key: 'title' })), dates: [] });
const dated = (value: string): Metadata => ({ titles: [], dates: [{ value, origin: 'front_matter', key: 'date', strength: 'published' }] });

describe('issued: sources in order', () => {
  const issued = (text: string, metadata?: Metadata) => {
    const f = factsOf(text, metadata ? { metadata } : {});
    return f.issued ? [f.issued.value, f.issuedSource] : null;
  };
  it('the date line under a report title', () => expect(issued('工作报告\n——2019年3月4日在县第三次会议上\n各位代表:')).toEqual(['2019-03-04', 'date_line']));
  it('a parenthesized date under the title', () => expect(issued('实施意见\n（2018年1月2日）\n正文。')).toEqual(['2018-01-02', 'date_line']));
  it('a date followed by 印发', () => expect(issued('通知\n正文。\n某县教育局办公室 2015年3月2日印发')).toEqual(['2015-03-02', 'printed']));
  it('the closing signature', () => expect(issued('工作总结\n正文。\n城南小学\n2016年5月13日')).toEqual(['2016-05-13', 'signature']));
  it('the signature above an attachment', () => expect(issued('工作要点\n正文。\n某局党组\n2024年2月20日\n附件\n序号\t任务\t时限\n1\t排查\t2024年6月30日前')).toEqual(['2024-02-20', 'signature']));
  it('the signature of a notice above the document it carries', () =>
    expect(issued('某局关于印发《2021年活动方案》的通知\n各单位:现予印发。 某局委员会 2021年3月23日 2021年活动方案 为庆祝…,定于2021年7月1日举办。\n一、活动内容\n正文。')).toEqual(['2021-03-23', 'signature']));
  it('joint signers on one line', () => expect(factsOf('通知\n正文。\n青溪市行政审批局 青溪市经济发展局\n2022年1月12日').issuer).toBe('青溪市行政审批局 青溪市经济发展局'));
  it('a flattened signature after an attachment list', () =>
    expect(factsOf('正文。附件:青溪市2015年重点项目一览表青溪市管委会2015年6月29日').issued?.value).toBe('2015-06-29'));
  it("a signature's date field at the end (总结者 / 时间:)", () => expect(issued('2018年度工作总结\n正文。\n总结者:刘某\n时间: 2019/1/2')).toEqual(['2019-01-02', 'signature']));
  it("an event's time field in the body is no signature", () =>
    expect(issued(`活动方案\n时间: 2019年5月1日\n${'各校要认真组织,确保活动取得实效。'.repeat(30)}`)?.[1]).not.toBe('signature'));
  it('metadata only when the document prints no date', () => expect(issued('学校召开会议。', dated('2022-07-12'))).toEqual(['2022-07-12', 'metadata']));
  it('a printed date beats the metadata', () => expect(issued('工作总结\n正文。\n城南小学\n2016年5月13日', dated('2022-07-12'))).toEqual(['2016-05-13', 'signature']));
  it('metadata dates have no span', () => expect(factsOf('正文。', { metadata: dated('2022-07-12') }).issued?.span).toBeNull());
  it('none', () => expect(issued('正文没有日期。')).toBeNull());
});

describe('issuer: bylines, speakers, letterheads, Party groups, codes', () => {
  it('a byline names the government', () => expect(bylineIssuer('报告\n海拉尔区人民政府代区长 张某某\n各位代表:', 100)?.value).toBe('海拉尔区人民政府'));
  it('a byline naming the government by its level takes the place of the congress', () =>
    expect(bylineIssuer('政府工作报告\n——2026年2月3日在青溪回族自治区第十三届人民代表大会第四次会议上\n自治区人民政府主席 张某\n各位代表:', 200)?.value).toBe('青溪回族自治区人民政府'));
  it('the level alone before the post (自治区主席), a source line between', () =>
    expect(bylineIssuer('政府工作报告\n——2026年1月31日在青溪自治区第十二届人民代表大会第四次会议上\n来源:青溪日报\n自治区主席 张某\n各位代表:', 200)?.value).toBe('青溪自治区人民政府'));
  it('a place ending in a level is no level alone (青溪市 主任 is no government)', () =>
    expect(bylineIssuer('——2024年1月10日在青溪市第九届人民代表大会第三次会议上\n青溪市主任 王某\n', 200)?.value).not.toBe('青溪市人民政府'));
  it('市政府市长 under a city congress', () =>
    expect(bylineIssuer('——2024年1月10日在青溪市第九届人民代表大会第三次会议上\n市政府市长 王某\n', 200)?.value).toBe('青溪市政府'));
  it('a level that does not match the congress place gives none', () =>
    expect(bylineIssuer('——2024年1月10日在青溪市第九届人民代表大会第三次会议上\n县人民政府县长 王某\n', 200)).toBeNull());
  it('a byline glued to the date line', () => expect(bylineIssuer('政府工作报告——2024年3月5日在第二次会议上国务院总理 李某\n', 100)?.value).toBe('国务院'));
  it('a byline after a date line\'s closing parenthesis (joined to it) names the bureau, not the parenthesis', () =>
    expect(bylineIssuer('关于2017年青溪县财政决算情况的报告\n(2018年7月26日在青溪县人大常委会第十二次会议上)青溪县财政局局长 张某\n主任、各位副主任:', 200)?.value).toBe('青溪县财政局'));
  it('a byline in flattened text, before the salutation', () =>
    expect(bylineIssuer('关于2017年青溪县财政决算情况的报告 青溪县财政局局长 张某 主任、各位副主任、各位委员: 我受县人民政府委托', 200)?.value).toBe('青溪县财政局'));
  it('an organ with a parenthesis of its own keeps it; one closed but never opened ends what came before', () => {
    expect(organEnding('青溪(集团)有限公司')).toBe('青溪(集团)有限公司');
    expect(organEnding('会议上)青溪县财政局')).toBe('青溪县财政局');
  });
  it('a byline of a person alone names no organ', () => expect(bylineIssuer('讲话\n张某某\n', 100)).toBeNull());
  it('a post inside a sentence is not a byline', () => expect(bylineIssuer('会议由副市长张某主持,各单位参加。\n', 100)).toBeNull());
  it('the speaker of a report', () => expect(speakerIssuer('各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议。')?.value).toBe('国务院'));
  it('a generic speaker says no organ', () => expect(speakerIssuer('各位代表:\n现在,我代表市人民政府向大会报告工作。')).toBeNull());
  it('a letterhead', () => expect(letterheadIssuer('青溪县教育局文件\n青教发〔2024〕3号\n关于…的通知', 40)?.value).toBe('青溪县教育局'));
  it('a Party group signs', () => expect(factsOf('要点\n正文。\n中共青溪市教育局党组\n2024年2月20日').issuer).toBe('中共青溪市教育局党组'));
  it('a Party working committee signs', () => expect(factsOf('要点\n正文。\n中共青溪开发区党工委\n2024年2月20日').issuer).toBe('中共青溪开发区党工委'));
  it('joint issuers before 关于', () => expect(titleIssuer('中共中央 国务院关于实施乡村振兴战略的意见')).toBe('中共中央 国务院'));
  it('joint issuers written without a space', () => expect(titleIssuer('中共中央国务院关于实施乡村振兴战略的意见')).toBe('中共中央 国务院'));
  it('a university opening its title', () => expect(titleIssuer('青溪工程大学机关作风建设行动方案')).toBe('青溪工程大学'));
  it('an organ before an ROC year (105年度, 112学年度)', () => {
    expect(titleIssuer('教育部105年度推动教育优先区计划')).toBe('教育部');
    expect(titleIssuer('台北市政府教育局112学年度校务评鉴实施计划')).toBe('台北市政府教育局');
  });
  it('an organ before a name in Taiwan quotes (「…」)', () => expect(titleIssuer('青溪大学「交通安全教育」实施计划')).toBe('青溪大学'));
  it('a central organ opening its rules', () => expect(titleIssuer('教育部补助推动反霸凌安全学校要点')).toBe('教育部'));
  it('教育部门 is a department, no organ', () => expect(titleIssuer('教育部门2024年安全工作要点')).toBeNull());
  it('a central organ opening the title whatever follows (教育部10项措施)', () => expect(titleIssuer('教育部10项措施实施方案')).toBe('教育部'));
  it('a bulletin signed in parentheses at its end', () => expect(parenthesizedSigner('全县总人口56万人。\n(青溪县统计局)\n扫一扫')?.value).toBe('青溪县统计局'));
  it('document-number codes of central organs', () => expect([organOfCode('国发'), organOfCode('国办发'), organOfCode('教基')]).toEqual(['国务院', '国务院办公厅', '教育部']));
  it('Taiwan codes of the Executive Yuan and the Presidential Office', () => expect([organOfCode('院台忠字'), organOfCode('华总一义字')]).toEqual(['行政院', '总统府']));
  it('a Taiwan plan numbered by the Executive Yuan is issued by it', () =>
    expect(findIssuer({ text: '112年演习纲要计划\n112年1月17日院台忠字第1125000424号\n壹、依据:\n正文。', headerEnd: 40, title: '112年演习纲要计划', numberCode: '院台忠字' })?.value).toBe('行政院'));
  it('document-number codes of provinces', () => expect([organOfCode('苏政发'), organOfCode('鲁教')]).toEqual(['江苏省人民政府', '山东省教育厅']));
  it('a local code names nobody', () => expect(organOfCode('灞校发')).toBeNull());
  it('the code is the last source', () => expect(factsOf('国发〔2018〕1号\n关于推进某项工作的意见\n正文。').issuer).toBe('国务院'));
  it('a site menu line is not an organ line', () => expect(factsOf('网站首页\n新闻中心\n政务公开\n青溪县2015年统计公报\n正文。').issuer).toBeNull());
  it('names are not issuers', () => expect(factsOf('工作总结\n正文。\n张某某\n2016年5月13日').issuer).toBeNull());
});

describe('title: metadata candidates, weighed against the body', () => {
  it('site decorations removed: 站名->title | domain', () => expect(cleanSiteTitle('青溪大学->读懂“十四五”规划方案 | qingxi.edu.cn')).toBe('读懂“十四五”规划方案'));
  it('title_站名', () => expect(cleanSiteTitle('青溪县2024年工作要点_青溪县人民政府')).toBe('青溪县2024年工作要点'));
  it('title - 站名', () => expect(cleanSiteTitle('关于2023年工作情况的报告 - 青溪县人民政府网')).toBe('关于2023年工作情况的报告'));
  it('a bare site name is no title', () => expect(cleanSiteTitle('hrbeu.com.cn')).toBeNull());
  it('a file name is no title', () => expect(cleanSiteTitle('taiwan-plan_v2')).toBeNull());
  it('a notice headline carries its document', () => expect(carriedTitle('学校印发《青溪大学机关作风建设行动方案》')).toBe('青溪大学机关作风建设行动方案'));
  it('关于印发X的通知 carries X', () => expect(carriedTitle('关于印发青溪县2024年工作要点的通知')).toBe('青溪县2024年工作要点'));
  it('关于公布X的通知 carries X (a draft put out for comment)', () =>
    expect(carriedTitle('关于公布青溪中学三年行动计划(2021-2023)(征求意见稿)的通知')).toBe('青溪中学三年行动计划(2021-2023)(征求意见稿)'));
  it('the title printed below a 公布 notice beats the page title that adds only a draft note', () => {
    const text = '党政办\n关于公布青溪中学三年行动计划(2021-2023)(征求意见稿)的通知\n各处室:\n现公布如下,请提出意见。\n青溪中学\n2021年3月1日\n青溪中学三年行动计划\n(2021-2023)\n为推进学校发展,制定本计划。\n一、指导思想\n正文。';
    expect(factsOf(text, { metadata: titled('关于公布青溪中学三年行动计划(2021-2023)(征求意见稿)的通知') }).title).toBe('青溪中学三年行动计划(2021-2023)');
  });
  it('关于转发某委《X》的通知 carries X, not the forwarded organ', () =>
    expect(carriedTitle('青溪区人民政府办公室关于转发区建设管理委《青溪区城市更新行动方案(2023-2025年)》的通知')).toBe('青溪区城市更新行动方案(2023-2025年)'));
  it('an organ\'s X印发Y的通知 without 关于 carries Y', () =>
    expect(carriedTitle('青溪区管委会印发青溪区2016年生态环境保护工作要点的通知')).toBe('青溪区2016年生态环境保护工作要点'));
  it('…only when Y names a plan or report', () => expect(carriedTitle('青溪区管委会印发有关材料的通知')).toBe('青溪区管委会印发有关材料的通知'));
  it('a notice signed above its carried document, its printing office last: the notice\'s signer issues it', async () => {
    const { extractFile } = await import('../../src/pipeline.js');
    const [r] = await extractFile(new URL('../fixtures/facts/notice-field-header.txt', import.meta.url).pathname);
    expect(r?.schema === 'plan-extract/document@1' ? [r.title, r.issuer] : null).toEqual(['青溪区2016年生态环境保护工作要点', '青溪区管委会']);
  });
  it('a news headline carries the plan it announces', () => expect(carriedTitle('每年投入1000万学校发布“粮仓”专项行动方案')).toBe('“粮仓”专项行动方案'));
  it('a bracketed label is dropped', () => expect(carriedTitle('【一图读懂】青溪大学人才三年行动方案')).toBe('青溪大学人才三年行动方案'));
  it('the metadata title beats a title-like line deep in the body', () => {
    const text = '建设主题\n突出特色。\n基本原则\n坚持服务战略。\n主要任务\n实现治理能力新突破发展思路\n正文。';
    expect(factsOf(text, { metadata: titled('青溪大学->读懂“十四五”规划方案 | qingxi.edu.cn') }).title).toBe('读懂“十四五”规划方案');
  });
  it('the body title at the top beats the metadata', () => {
    const f = factsOf('2024年工作要点\n正文。', { metadata: titled('首页 - 青溪县教育局') });
    expect([f.title, f.titleSource]).toEqual(['2024年工作要点', 'body']);
  });
  it('the fuller form written again below wins', () =>
    expect(factsOf('关于扩大有效投资的实施意见\n青综〔2015〕14号青溪区管委会关于扩大有效投资的实施意见区直各单位:正文。').title).toBe('青溪区管委会关于扩大有效投资的实施意见'));
  it('a notice title takes the carried title as printed when it words the kind a little differently', () =>
    expect(factsOf('青溪区国资局关于印发《青溪区“国企改革年”行动方案》的通知\n各企业:现印发给你们。\n青溪区国资局\n2022年5月10日\n青溪区“国企改革年”行动实施方案\n一、指导思想\n正文。').title).toBe('青溪区“国企改革年”行动实施方案'));
  it('another document of the same name with a longer insertion is not it', () =>
    expect(factsOf('青溪区国资局关于印发《青溪区“国企改革年”行动方案》的通知\n各企业:现印发给你们。\n青溪区“国企改革年”行动专项督查工作方案\n一、指导思想\n正文。').title).toBe('青溪区“国企改革年”行动方案'));
  it('a metadata notice title takes the full name its text quotes (organ in front)', () => {
    const f = factsOf('各处室:特制定《青溪区市场监督管理局2016年工作思路》,请认真执行。\n正文。', { metadata: titled('青溪区市场监督管理局关于印发2016年工作思路的通知') });
    expect([f.title, f.titleSource]).toEqual(['青溪区市场监督管理局2016年工作思路', 'metadata']);
  });
  it('a quoted name whose sentence hands it out is the carried document (《X》已经区政府同意,现印发给你们)', () => {
    const text = '青溪区人民政府办公室关于印发2021年本区城市体检工作方案的通知\n各乡、镇人民政府:\n《2021年青溪区城市体检工作方案》已经区政府同意,现印发给你们,请认真按照执行。\n2021年9月9日\n2021年青溪区城市体检工作方案\n为深入贯彻落实…\n一、工作目标\n正文。';
    expect([factsOf(text).title, factsOf(text).titleSource]).toEqual(['2021年青溪区城市体检工作方案', 'notice']);
  });
  it('…not a name the sentence only cites', () =>
    expect(factsOf('青溪区2021年工作方案\n根据《青溪区城市更新条例》的规定,现将有关事项通知如下。\n一、目标\n正文。').title).toBe('青溪区2021年工作方案'));
  it('a metadata 关于 title written again with its organ in front takes the organ', () => {
    const text = '索引号:123 标题:关于省政府督查发现问题整改落实情况的报告 发文字号:岚综〔2015〕188号\n岚综〔2015〕188号 青溪区管委会关于省政府督查发现问题整改落实情况的报告 省政府办公室:\n正文。';
    expect(factsOf(text, { metadata: titled('关于省政府督查发现问题整改落实情况的报告') }).title).toBe('青溪区管委会关于省政府督查发现问题整改落实情况的报告');
  });
  it('…not a word of a sentence before it', () => {
    const text = '我们认真研究了关于省政府督查发现问题整改落实情况的报告。\n正文。';
    expect(factsOf(text, { metadata: titled('关于省政府督查发现问题整改落实情况的报告') }).title).toBe('关于省政府督查发现问题整改落实情况的报告');
  });
  it('a quoted name with no organ in front adds nothing', () =>
    expect(factsOf('各处室:根据《关于加强管理的意见》和《2016年工作思路》,现印发。\n正文。', { metadata: titled('关于印发2016年工作思路的通知') }).title).toBe('2016年工作思路'));
  it("a page's short heading over the document's own title: the own title", () =>
    expect(factsOf('交通安全计划\n青溪大学「交通安全教育」实施计划\n壹、依据\n正文。').title).toBe('青溪大学「交通安全教育」实施计划'));
  it('a second title of another kind below is no fuller form', () =>
    expect(factsOf('交通安全计划\n青溪大学交通安全工作总结\n壹、依据\n正文。').title).toBe('交通安全计划'));
  it('a flattened title ends before the addressees', () =>
    expect(factsOf('青溪区管委会关于扩大有效投资的实施意见区直各单位,各乡镇人民政府:为贯彻落实…').title).toBe('青溪区管委会关于扩大有效投资的实施意见'));
});

describe('period', () => {
  const period = (text: string, options: Parameters<typeof factsOf>[1] = {}) => {
    const f = factsOf(text, options);
    return f.period ? [`${f.period.start}..${f.period.end}`, f.periodSource] : null;
  };
  it('a plan: its planned year', () => expect(period('2024年工作要点\n正文。')).toEqual(['2024..2024', 'title']));
  /** Two top-level sections titled as written at their markers. */
  const twoParts = (text: string, first: string, second: string) => {
    const a = text.indexOf(`一、${first}`);
    const b = text.indexOf(`二、${second}`);
    return [
      { id: '1', number: '一、', level: 1, title: first, role: null, span: [a, b] as [number, number], children: [] },
      { id: '2', number: '二、', level: 1, title: second, role: null, span: [b, text.length] as [number, number], children: [] },
    ];
  };
  it('a report titled by its year whose top-level part plans the next year runs to it', () => {
    const text = '青溪区国资局2022年度国有资产监管情况报告\n一、2022年工作情况\n正文。\n二、2023年工作计划\n正文。';
    expect(period(text, { sections: twoParts(text, '2022年工作情况', '2023年工作计划') })).toEqual(['2022..2023', 'title']);
  });
  it('a plan titled by its year with a later part keeps its year', () => {
    const text = '青溪区2022年工作要点\n一、2022年主要任务\n正文。\n二、2023年工作展望\n正文。';
    expect(period(text, { sections: twoParts(text, '2022年主要任务', '2023年工作展望') })?.[0]).toBe('2022..2022');
  });
  it("a meeting record approving last year's report and this year's plan spans both", () =>
    expect(period('青溪学会第12届第2次会员大会会议纪录\n一、时间:2017年3月18日\n壹、报告事项\n贰、讨论事项\n一、案由:本学会2016年度工作报告与决算案。\n二、案由:本学会2017年工作计划与预算案。')).toEqual(['2016..2017', 'agenda']));
  it('a meeting record naming no agenda year keeps its own year', () =>
    expect(period('青溪学会理事会会议纪录\n一、时间:2017年3月18日\n二、案由:修改章程。')?.[0]).toBe('2017..2017'));
  it('agenda years far from the meeting are citations', () =>
    expect(period('青溪学会理事会会议纪录\n一、时间:2017年3月18日\n二、案由:追认2010年工作报告。')?.[0]).toBe('2017..2017'));
  it('a planning period named in the title', () => expect(period('“十四五”教育发展规划\n正文。')).toEqual(['2021..2025', 'title']));
  it('a summary and plan', () => expect(period('2016年工作总结及2017年工作计划\n正文。')).toEqual(['2016..2017', 'title']));
  it('a government work report delivered in March reviews the year before', () =>
    expect(period('政府工作报告\n——2024年3月5日在某市人民代表大会上\n各位代表:\n正文。')).toEqual(['2023..2024', 'delivered']));
  it('a 过去一年工作回顾 section reviews the year before', () => {
    const text = '各位代表:\n一、过去一年工作回顾\n正文。\n二、今年工作安排\n正文。\n某县人民政府\n2019年1月8日';
    const sections = [
      { id: '1', number: '一、', level: 1, title: '过去一年工作回顾', role: null, span: [6, 24] as [number, number], children: [] },
      { id: '2', number: '二、', level: 1, title: '今年工作安排', role: null, span: [24, text.length] as [number, number], children: [] },
    ];
    expect(period(text, { sections })).toEqual(['2018..2019', 'sections']);
  });
  it('a plan over dated phases', () => expect(period('工作方案\n第一阶段(2012年11月—2013年3月)\n第二阶段(2013年4月—2014年8月)')).toEqual(['2012..2014', 'timeline']));
  it('target years do not stretch a plan', () => expect(period('工作要点\n到2035年基本实现现代化。\n某局\n2024年2月20日')).toEqual(['2024..2024', 'year']));
  it('none without any year', () => expect(period('正文。')).toBeNull());
});

describe('Taiwan header lines', () => {
  const tw = (line: string) => factsOf(`某某实施计划\n${line}\n壹、依据\n一、某法。\n贰、目的\n一、推动阅读,112年3月1日至112年6月30日办理。`);
  it('a date and the number by which the plan was enacted: issued and number', () => {
    const f = tw('中华民国112年8月15日北市青中教字第1120000123号函订定');
    expect([f.issued?.value, f.issuedSource, f.docNumber]).toEqual(['2023-08-15', 'date_line', '北市青中教字第1120000123号']);
  });
  it('a date and the number alone on their line', () => expect(tw('112年1月17日院台忠字第1125000424号').issued?.value).toBe('2023-01-17'));
  it('the number names its ROC year', () => expect(factsOf('某某计划\n院台忠字第1125000424号\n正文。').year).toMatchObject({ year: 2023, source: 'doc_number' }));
  it("a cover's imprint: the date, then the organ that printed it", () => {
    const f = factsOf('教育部105年度推动教育优先区计划\n台教国署国字第1040085868号\n中华民国一○四年八月教育部编印\n壹、计划缘起\n正文。');
    expect([f.issued?.value, f.issuedSource, f.issuer]).toEqual(['2015-08', 'date_line', '教育部']);
  });
  it('a mainland imprint line', () => expect(factsOf('某区教育发展规划\n2023年5月 某区教育局编制\n一、现状\n正文。').issued?.value).toBe('2023-05'));
  it('a date with words after it that are no imprint is no date line', () => expect(factsOf('某区规划\n2023年5月开始编制规划文本\n一、现状\n正文。').issuedSource).not.toBe('date_line'));
  it('a mainland date line with a number but no 字第 is no enacted line', () => expect(factsOf('方案\n2024年3月1日起施行的办法\n正文。').issuedSource).not.toBe('date_line'));
});
