// The facts of whole documents written by us in the style of real ones (test/fixtures/facts/),
// read through the whole pipeline as a user's file would be.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import type { DocumentRecord } from '../../src/schema/document.js';

const fixture = (name: string): string => new URL(`../fixtures/facts/${name}`, import.meta.url).pathname;

async function record(name: string): Promise<DocumentRecord> {
  const [r, ...rest] = await extractFile(fixture(name));
  if (!r || r.schema !== 'plan-extract/document@1' || rest.length > 0) throw new Error(`${name}: one document expected`);
  return r;
}

const dateOf = (r: DocumentRecord, text: string): string | undefined => r.dates.find((d) => d.text === text)?.value;

describe('a government work report with a date line and a byline', async () => {
  const r = await record('govreport-dateline.txt');
  it('is a report titled by its spaced-out title line', () => expect([r.type, r.title]).toEqual(['summary_report', '政府工作报告']));
  it('issued on the date line', () => expect(r.issued).toMatchObject({ value: '2023-01-12', text: '2023年1月12日' }));
  it('issued by the government its byline names', () => expect(r.issuer).toBe('青溪市人民政府'));
  it('reviews 2022 and plans 2023', () => expect(r.period).toEqual({ start: '2022', end: '2023' }));
  it('speaks from 2023: the date line decides, not 十四五 or 到2035年', () => expect(r.facts).toEqual({
    year: 2023,
    sources: { year: 'date_line', title: 'body', issuer: 'byline', issued: 'date_line', period: 'delivered' },
  }));
  it('今年 is 2023', () => expect(dateOf(r, '今年')).toBe('2023'));
  it('a bare month in the review section falls in 2022', () => expect(dateOf(r, '6月底前')).toBe('2022-06'));
  it('a bare month in the plan section falls in 2023', () => expect(dateOf(r, '3月底前')).toBe('2023-03'));
});

describe('a government work report with no title (starts at 各位代表:)', async () => {
  const r = await record('govreport-notitle.txt');
  it('is a report: its opening says so', () => expect(r.type).toBe('summary_report'));
  it('has no title', () => expect(r.title).toBeNull());
  it('speaks from the year after the one it reviews', () => expect(r.facts?.year).toBe(2024));
  it('the year came from the review section', () => expect(r.facts?.sources.year).toBe('review_section'));
  it('reviews 2023 and plans 2024', () => expect(r.period).toEqual({ start: '2023', end: '2024' }));
  it('a bare month of the review falls in 2023', () => expect(dateOf(r, '9月')).toBe('2023-09'));
  it('今年 is 2024', () => expect(dateOf(r, '今年')).toBe('2024'));
  it('a generic speaker (县人民政府) is not an issuer', () => expect(r.issuer).toBeNull());
  it('prints no date', () => expect(r.issued).toBeNull());
});

describe('a Party-group plan with a signature block and an attachment', async () => {
  const r = await record('party-group-plan.txt');
  it('title', () => expect(r.title).toBe('2024年全面从严治党工作要点'));
  it('the Party group signs it, above the attachment', () => expect([r.issuer, r.issued?.value]).toEqual(['中共青溪市教育局党组', '2024-02-20']));
  it('plans 2024', () => expect(r.period).toEqual({ start: '2024', end: '2024' }));
  it('the attachment schedule does not move the signature', () => expect(r.facts?.sources.issued).toBe('signature'));
});

describe('a news digest saved as Markdown with front matter', async () => {
  const r = await record('news-digest.md');
  it('titled by the front matter, site decorations removed', () => expect(r.title).toBe('学校召开2022年上半年工作总结会'));
  it('the title came from the metadata', () => expect(r.facts?.sources.title).toBe('metadata'));
  it('issued on the front matter date (the text prints none); lastmod is not it', () =>
    expect([r.issued?.value, r.issued?.span, r.facts?.sources.issued]).toEqual(['2022-07-12', null, 'metadata']));
  it('2022, not the planning period or the target year', () => expect([r.facts?.year, r.period]).toEqual([2022, { start: '2022', end: '2022' }]));
  it('7月10日 is in 2022', () => expect(dateOf(r, '7月10日')).toBe('2022-07-10'));
});

describe('a policy document with a parenthesized date under its title', async () => {
  const r = await record('policy-paren-date.txt');
  it('issued on the parenthesized date', () => expect([r.issued?.value, r.facts?.sources.issued]).toEqual(['2018-01-02', 'date_line']));
  it('issued jointly by the organs on the line above the title', () => expect(r.issuer).toBe('中共青溪省委 青溪省人民政府'));
  it('2018: target years (到2020年, 到2035年) do not decide', () => expect([r.facts?.year, r.period]).toEqual([2018, { start: '2018', end: '2018' }]));
  it('a bare month falls in 2018', () => expect(dateOf(r, '3月底前')).toBe('2018-03'));
});

describe('a five-year-plan digest', async () => {
  const r = await record('fiveyear-digest.md');
  it('titled by the front matter', () => expect(r.title).toBe('读懂“十四五”发展规划'));
  it('the planning period named in the title sets the period', () => expect(r.period).toEqual({ start: '2021', end: '2025' }));
  it('but never the year: that comes from the front matter date', () => expect([r.facts?.year, r.facts?.sources.year]).toEqual([2021, 'metadata']));
  it('is a plan', () => expect(r.type).toBe('work_plan'));
});

describe('a notice carrying a plan, each signed', async () => {
  const r = await record('notice-carrying-plan.txt');
  it('is titled by the plan it carries', () => expect(r.title).toBe('某市实验中学2024学年工作要点'));
  it('is issued when the notice is signed, not on the plan\'s own date', () => expect(r.issued?.value).toBe('2024-09-12'));
  it('by the school that signed the notice', () => expect(r.issuer).toBe('某市实验中学'));
  it('plans the school year it names', () => expect(r.period).toEqual({ start: '2024', end: '2025' }));
});

describe('a town measures exported with Chinese front matter keys (标题, 文号, 发布单位, 发布日期)', async () => {
  const r = await record('town-measures-export.md');
  it('titled by the heading it prints', () => expect(r.title).toBe('青溪镇小型工程安全管理办法(试行)'));
  it('numbered by the 文号 field (the text prints none)', () => expect(r.docNumber).toBe('青镇府〔2024〕7号'));
  it('issued by the 发布单位 field, as the metadata says', () => expect([r.issuer, r.facts?.sources.issuer]).toEqual(['青溪市临江区青溪镇人民政府', 'metadata']));
  it('issued on the 发布日期 field', () => expect([r.issued?.value, r.facts?.sources.issued]).toEqual(['2024-03-18', 'metadata']));
  it('the front matter is not in the text', () => expect(r.text).not.toContain('官方链接'));
});

describe('a government work report scraped with a field header (标题, 发文单位, 发文时间, 报告人, 来源URL, 正文)', async () => {
  const r = await record('govreport-field-header.txt');
  it('titled by the 标题 field, its date line left out', () => expect(r.title).toBe('政府工作报告'));
  it('issued on the 发文时间 field', () => expect([r.issued?.value, r.facts?.sources.issued]).toEqual(['2023-01-12', 'metadata']));
  it('delivered in January (the date line kept in the 标题 field): reviews 2022, plans 2023', () =>
    expect([r.period, r.facts?.sources.period]).toEqual([{ start: '2022', end: '2023' }, 'delivered']));
  it('the header is not body text', () => expect(r.text).not.toContain('来源URL'));
});

describe('measures (暂行办法) with chapters and articles, citing a plan with its years', async () => {
  const r = await record('measures-chapters.txt');
  it('titled by its first line: 办法 ends a title as 方案 does', () => expect(r.title).toBe('青溪省水文监测站点建设与管理暂行办法'));
  it('is a plan: it says what will be done', () => expect(r.type).toBe('work_plan'));
  it('the years inside a cited document\'s name (《…纲要(2016～2030年)》) are not its own', () => expect([r.facts?.year ?? null, r.period]).toEqual([null, null]));
  it('but they are dates of the text', () => expect(r.dates.map((d) => [d.value, d.end])).toEqual([['2016', '2030']]));
  it('chapters hold their articles', () => expect(r.sections.map((s) => [s.number, s.children.map((c) => c.number)])).toEqual([
    ['第一章', ['第一条', '第二条']], ['第二章', ['第三条', '第四条']], ['第三章', ['第五条', '第六条']],
  ]));
});

describe('an association\'s meeting record (會議紀錄) under a letterhead address', async () => {
  const r = await record('minutes-association.txt');
  it('titled by its own line, the address run on before it left out', () => expect(r.title).toBe('台湾青溪地理学会第12届第2次会员大会会议纪录'));
  it('a meeting record reports: a summary', () => expect(r.type).toBe('summary_report'));
  it('issued by the association its title opens with (before 第12届)', () => expect([r.issuer, r.facts?.sources.issuer]).toEqual(['台湾青溪地理学会', 'title']));
  it('of the day its 时间: field gives', () => expect([r.issued?.value, r.facts?.sources.issued]).toEqual(['2023-04-16', 'date_line']));
  it('the header fields, then 壹、贰、参 beside them', () => expect(r.sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '壹、', '贰、', '参、', '肆、']));
  it('each 案由 holds its items', () => expect(r.sections[5]?.children.map((c) => [c.number, c.children.length])).toEqual([['(1)', 3], ['(2)', 2]]));
  it('the postal code is no count; the balance is money in 新台币', () => {
    expect(r.metrics.some((m) => m.value === 40724)).toBe(false);
    expect(r.metrics.find((m) => m.value === 512300)).toMatchObject({ unit: '元', normalized: { unit: '新台币' } });
  });
});

describe('a 时间: field is a meeting record\'s day only', () => {
  it('a plan\'s 活动时间 field is not its issue date', async () => {
    const { extractText } = await import('../../src/pipeline.js');
    const [r] = extractText('城南小学读书节活动方案\n一、时间:2023年4月16日\n二、地点:学校礼堂\n三、活动内容\n开展读书分享。');
    expect(r?.issued?.value ?? null).not.toBe('2023-04-16');
  });
});

