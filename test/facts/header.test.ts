import { describe, expect, it } from 'vitest';
import { findDocNumber, metadataDocNumber } from '../../src/facts/doc-number.js';
import { findIssuer, metadataIssuer, noticeIssuer, organizerIssuer, titleIssuer } from '../../src/facts/issuer.js';
import { isOrganName } from '../../src/facts/organs.js';
import { closingWindows, signatures } from '../../src/facts/signature.js';
import type { Section } from '../../src/schema/document.js';
import { tree } from '../assemble/tree.js';
import { factsOf } from './helpers.js';

/** The issuer and issue date of `text`, and the issuer when the decided title were `title`. */
const findHeader = (text: string, sections: readonly Section[], title: string | null = null) => {
  const facts = factsOf(text, { sections });
  const issuer = title === null ? facts.issuer : (findIssuer({ text, headerEnd: sections[0]?.span[0] ?? Math.min(600, text.length), title, numberCode: null })?.value ?? null);
  return { issuer, signed: facts.issued };
};

const docNumber = (text: string) => findDocNumber(text, [])?.value ?? null;

describe('docNumber', () => {
  it('full-width hexagonal brackets', () => expect(docNumber('城校发〔2014〕05号\n城关镇中心学校关于…')).toBe('城校发〔2014〕05号'));
  it('half-width square brackets', () => expect(docNumber('南教字[2013]4号\n')).toBe('南教字〔2013〕4号'));
  it('full-width square brackets', () => expect(docNumber('县教发［2015］12号\n')).toBe('县教发〔2015〕12号'));
  it('half-width parentheses', () => expect(docNumber('县教办(2016)3号\n')).toBe('县教办〔2016〕3号'));
  it('no prefix', () => expect(docNumber('〔2013〕4号\n关于…')).toBe('〔2013〕4号'));
  it('spaces inside', () => expect(docNumber('镇教发 〔 2014 〕 7 号\n')).toBe('镇教发〔2014〕7号'));
  it('after a page marker, flattened', () => expect(docNumber('-1-城校发〔2014〕05号城关镇中心学校关于')).toBe('城校发〔2014〕05号'));
  it('span covers the number', () => {
    const text = '-1-城校发〔2014〕05号城关';
    const f = findDocNumber(text, []);
    expect(f?.span && text.slice(f.span[0], f.span[1])).toBe('城校发〔2014〕05号');
  });
  it('a cited number in parentheses is not ours', () => expect(docNumber('根据《关于均衡发展的通知》(教基〔2013〕4号)要求')).toBeNull());
  it('a cited number followed by 文件 is not ours', () => expect(docNumber('按照市教发〔2014〕3号文件精神\n')).toBeNull());
  it('a year range is not a number', () => expect(docNumber('(2013-2015年)\n')).toBeNull());
  it('only the header is searched', () => {
    const text = '前言\n一、任务\n县教发〔2015〕12号\n';
    expect(findDocNumber(text, tree(text, [{ head: '一、任务' }]))).toBeNull();
  });
});

describe('isOrganName', () => {
  it('school', () => expect(isOrganName('城关镇中心学校')).toBe(true));
  it('bureau', () => expect(isOrganName('某某县教育局')).toBe(true));
  it('redacted', () => expect(isOrganName('XX镇中心小学')).toBe(false));
  it('too short', () => expect(isOrganName('学校')).toBe(false));
  it('a company', () => expect(isOrganName('青川燃气集团有限公司')).toBe(true));
  it('an education group', () => expect(isOrganName('东湖区实验小学教育集团')).toBe(true));
  it('a residents committee', () => expect(isOrganName('桂花社区居委会')).toBe(true));
  it('a hospital', () => expect(isOrganName('南岭县人民医院')).toBe(true));
  it('a sentence', () => expect(isOrganName('认真落实上级精神')).toBe(false));
});

describe('signatures', () => {
  it('organ line then date line', () => {
    const s = signatures('…取得实效。\n城南小学\n2013年11月1日');
    expect(s.map((x) => [x.issuer, x.date.value])).toEqual([['城南小学', '2013-11-01']]);
  });
  it('a day without 日 at the end of the line', () => {
    const s = signatures('…管控。\n中共青溪市第一中学委员会\n2021年1月18');
    expect(s.map((x) => [x.issuer, x.date.value])).toEqual([['中共青溪市第一中学委员会', '2021-01-18']]);
  });
  it('…but not a day running on into a sentence', () => expect(signatures('城南小学\n2021年1月18开会')).toEqual([]));
  it('organ and date on one line', () => expect(signatures('…落实。\n城南小学 2016年5月')[0]?.date.value).toBe('2016-05'));
  it('Chinese numeral date', () => expect(signatures('相关材料。\n二0一三年三月')[0]).toMatchObject({ issuer: null, date: { value: '2013-03', text: '二0一三年三月' } }));
  it('flattened notice signature', () =>
    expect(signatures('请贯彻落实。城关镇中心学校2014年3月2日城关镇中心学校办公室2014年3月2日印发').map((x) => x.issuer)).toEqual(['城关镇中心学校', '城关镇中心学校办公室']));
  it('a company signs its report', () =>
    expect(signatures('…完成目标。\n青川燃气集团有限公司\n2025年1月8日')[0]?.issuer).toBe('青川燃气集团有限公司'));
  it('dotted date', () => expect(signatures('…落实。\n城南小学\n2015.3.1')[0]).toMatchObject({ issuer: '城南小学', date: { value: '2015-03-01' } }));
  it('seal note after the organ', () => expect(signatures('…落实。\n城南小学(盖章)\n2015年3月1日')[0]?.issuer).toBe('城南小学'));
  it('a field value date is not a signature', () => expect(signatures('整改时间:2016.5.10\n责任人:王某')).toEqual([]));
  it('an organ and date opening a sentence is not a signature', () => expect(signatures('…发展。县教育局2015年3月2日召开了动员会')).toEqual([]));
  it('month precision inside flattened text is not a signature', () => expect(signatures('…发展。县教育局2015年3月下发了文件')).toEqual([]));
  it('a deadline is not a signature', () => expect(signatures('城南小学2014年3月8日前报送。')).toEqual([]));
  it('an organ inside a sentence is not a signer', () => expect(signatures('按照县教育局2014年关于开展活动的要求')).toEqual([]));
  it('a date inside a sentence is not a signature', () => expect(signatures('工程将于2014年12月完成。')).toEqual([]));
});

describe('issuer', () => {
  const issuer = (text: string) => findHeader(text, []).issuer;
  it('closing signature', () => expect(issuer('工作报告\n…完成。\n城南小学\n2013年11月1日\n')).toBe('城南小学'));
  it('notice line', () => expect(noticeIssuer('城校发〔2014〕05号城关镇中心学校关于印发《…方案》的通知', 60)?.value).toBe('城关镇中心学校'));
  it('notice line without a number', () => expect(issuer('城关镇中心学校关于印发《安全工作方案》的通知\n各校:')).toBe('城关镇中心学校'));
  it('joint organs on the line above the notice title', () =>
    expect(noticeIssuer('青溪省农业农村厅 青溪省财政厅\n关于印发某补贴实施方案的通知\n各市、县:', 60)?.value).toBe('青溪省农业农村厅 青溪省财政厅'));
  it('a notice the text cites is not the issuing one', () =>
    expect(noticeIssuer('某补贴实施方案\n根据《农业农村部办公厅 财政部办公厅关于印发<补贴实施意见>的通知》,制定本方案。', 80)).toBeNull());
  it('the document’s notice line after a cited one', () =>
    expect(noticeIssuer('根据《某部关于印发<意见>的通知》\n城关镇中心学校关于印发《安全工作方案》的通知', 80)?.value).toBe('城关镇中心学校'));
  it('signature in a flattened header', () => expect(issuer('…请贯彻落实。城关镇中心学校2014年3月2日印发\n')).toBe('城关镇中心学校'));
  it('an organ line by the title', () => expect(issuer('城南小学\n关于均衡发展工作的自查报告\n')).toBe('城南小学'));
  it('redacted organ line → null', () => expect(issuer('XX小学\n关于均衡发展工作的自查报告\n')).toBeNull());
  it('no signer → null', () => expect(issuer('2014年工作要点为促进发展,制定本要点。\n确保完成各项任务。')).toBeNull());
  it('the organ a title starts with, last', () => expect(findHeader('本学期…', [], '城关中学2015年德育工作计划').issuer).toBe('城关中学'));
  it('a signature beats the title', () => expect(findHeader('…完成。\n城关中学教务处\n2015年7月1日', [], '城关中学2015年工作总结').issuer).toBe('城关中学教务处'));
  it('the printing office is not the signer', () =>
    expect(issuer('…落实。\n城关县教育局\n2015年3月2日\n抄送:县政府办。\n城关县教育局办公室 2015年3月2日印发\n')).toBe('城关县教育局'));
  it('the printing office when nobody else signs', () => expect(issuer('…落实。\n城关县教育局办公室 2015年3月2日印发\n')).toBe('城关县教育局办公室'));
  it('signed date comes with it', () => expect(findHeader('…完成。\n城南小学\n2013年11月1日', []).signed?.value).toBe('2013-11-01'));
});

describe('titleIssuer', () => {
  it('before a year', () => expect(titleIssuer('城关中学2015年德育工作计划')).toBe('城关中学'));
  it('before a quoted name', () => expect(titleIssuer('灞河镇中心学校“质量提升年”活动实施方案')).toBe('灞河镇中心学校'));
  it('before 关于', () => expect(titleIssuer('城南县教育局关于2015年招生工作的方案')).toBe('城南县教育局'));
  it('a county is not an organ', () => expect(titleIssuer('西山县2017年学前教育工作要点')).toBeNull());
  it('too short', () => expect(titleIssuer('教育局2017年工作总结')).toBeNull());
  it('no organ', () => expect(titleIssuer('2014年义务教育阶段工作要点')).toBeNull());
  it('no title', () => expect(titleIssuer(null)).toBeNull());
});

describe('issuer before an appended schedule (附件)', () => {
  // the body's one section keeps the header search (first lines) away from the signature
  const issuer = (text: string) => findHeader(text, tree(text, [{ head: '一、工作目标' }])).issuer;
  const rows = '序号\t工作任务\t牵头单位\t完成时限\n1\t制定实施细则\t政策法规科\t2023年4月30日前\n2\t开展全面排查\t各乡镇水利站\t2023年6月30日前\n3\t完成问题整改\t工程管理科\t2023年10月31日前\n';
  const body = '一、工作目标\n全面完成整治任务。\n附件:河道清淤任务分工表\n';
  it('organ and date before a trailing 附件 block', () =>
    expect(issuer(`${body}南水县水利局\n2023年3月6日\n附件\n河道清淤任务分工表\n${rows}`)).toBe('南水县水利局'));
  it('附件1 with a colon', () => expect(issuer(`${body}南水县水利局\n2023年3月6日\n附件1:河道清淤任务分工表\n${rows}`)).toBe('南水县水利局'));
  it('附表 block', () => expect(issuer(`${body}南水县水利局\n2023年3月6日\n附表\n${rows}`)).toBe('南水县水利局'));
  it('the signing date comes with it', () =>
    expect(findHeader(`${body}南水县水利局\n2023年3月6日\n附件\n${rows}`, []).signed?.value).toBe('2023-03-06'));
  it('a signature at the very end still wins', () =>
    expect(issuer(`${body}附件\n${rows}南水县水务局\n2023年3月7日\n`)).toBe('南水县水务局'));
  it('no signature before the block → null', () => expect(issuer(`${body}附件\n${rows}`)).toBeNull());
  it('a 附件 word inside a line does not open a block', () =>
    expect(issuer(`${body}南水县水利局\n2023年3月6日\n详见附件${rows}${rows}`)).toBeNull());
  it('closingWindows lists the end first, then the blocks nearest the end', () => {
    const text = `${body}南水县水利局\n2023年3月6日\n附件\n${rows}`;
    const at = text.lastIndexOf('附件\n');
    expect(closingWindows(text).map((w) => w[1])).toEqual([text.length, at, text.indexOf('附件:')]);
  });
});

describe('document number and issuer from metadata fields', () => {
  it('a 文号 field is read as a printed number is', () => expect(metadataDocNumber(['宝月府〔2025〕2号'])?.value).toBe('宝月府〔2025〕2号'));
  it('brackets normalized, year kept', () => expect(metadataDocNumber(['某教发[2023]12号'])).toMatchObject({ value: '某教发〔2023〕12号', year: 2023, span: null }));
  it('a field without a number gives none', () => expect(metadataDocNumber(['无'])).toBeNull());
  it('a 发布单位 field naming an organ', () => expect(metadataIssuer(['上海市某区某镇人民政府'])).toEqual({ value: '上海市某区某镇人民政府', source: 'metadata' }));
  it('the first of joint organs', () => expect(metadataIssuer(['某市教育局、某市财政局'])?.value).toBe('某市教育局'));
  it('a generic or personal value is no issuer', () => expect([metadataIssuer(['市政府']), metadataIssuer(['张某'])]).toEqual([null, null]));
});

describe('issuers of school and event documents', () => {
  it('a numbered middle school as everyone shortens it (绍兴一中)', () => expect(titleIssuer('青溪一中2019学年第二学期工作思路')).toBe('青溪一中'));
  it('an attached school (人大附中)', () => expect(titleIssuer('师大附中2020年工作计划')).toBe('师大附中'));
  it('高一中段 is a grade, not a school', () => expect(titleIssuer('高一中段考试方案')).toBeNull());
  it('the organizer a plan names (主办单位:)', () => expect(organizerIssuer('伍、主办及承办单位\n主办单位:青溪市政府\n承办单位:青溪市政府卫生局')?.value).toBe('青溪市政府'));
  it('the first of several organizers', () => expect(organizerIssuer('主办单位:青溪市教育局、青溪市团委')?.value).toBe('青溪市教育局'));
  it('a generic organizer is none', () => expect(organizerIssuer('主办单位:本校')).toBeNull());
  it('the organizer is a last resort: a signature wins', () =>
    expect(findIssuer({ text: '一、目的\n主办单位:青溪市体育局\n二、内容\n正文。\n青溪市教育局\n2024年3月1日', headerEnd: 0, title: null, numberCode: null })?.value).toBe('青溪市教育局'));
});
