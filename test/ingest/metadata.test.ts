// Metadata beside the text: front matter, field headers, web-page <title>/<meta>, PDF Info, Word properties.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/ingest/docx.js';
import { readFieldHeader } from '../../src/ingest/field-header.js';
import { readHtml } from '../../src/ingest/html.js';
import { markdownMetadata } from '../../src/ingest/markdown.js';
import { frontMatterPairs, metadataOf } from '../../src/ingest/metadata.js';
import { cleanPdfTitle, readPdf } from '../../src/ingest/pdf.js';
import { readText } from '../../src/ingest/text.js';
import { isoFromMetadata } from '../../src/text/iso-date.js';
import type { IngestResult, Metadata } from '../../src/types.js';
import { makeZip } from './zip.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const metaOf = (r: IngestResult): Metadata | undefined => (r.ok ? r.value.metadata : undefined);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));

describe('isoFromMetadata', () => {
  it.each([
    ['2022-04-30 01:22:15.705447', '2022-04-30'],
    ['2024-01-10T08:00:00+08:00', '2024-01-10'],
    ["D:20250115093000+08'00'", '2025-01-15'],
    ['D:2019', '2019'],
    ['2024/1/10', '2024-01-10'],
    ['2024年3月5日', '2024-03-05'],
    ['2024年3月', '2024-03'],
    ['20240110', '2024-01-10'],
    ['"2021-11-23"', '2021-11-23'],
  ])('%s → %s', (raw, iso) => expect(isoFromMetadata(raw)).toBe(iso));
  it.each([['2024-02-30'], ['2024-13-01'], ['1800-01-01'], ['yesterday'], ['']])('%s is no date', (raw) => expect(isoFromMetadata(raw)).toBeNull());
});

describe('metadataOf: which fields count', () => {
  it('titles and published dates', () =>
    expect(metadataOf([['title', '工作要点'], ['date', '2024-03-01']], 'front_matter')).toEqual({
      titles: [{ value: '工作要点', origin: 'front_matter', key: 'title' }],
      dates: [{ value: '2024-03-01', origin: 'front_matter', key: 'date', strength: 'published' }],
    }));
  it('creation dates are weak, and come after published ones', () =>
    expect(metadataOf([['creationdate', 'D:20250101'], ['pubdate', '2024-12-30']], 'html').dates.map((d) => d.strength)).toEqual(['published', 'created']));
  it('modification and scrape dates are not kept', () =>
    expect(metadataOf([['lastmod', '2025-01-01'], ['modified', '2025-01-01'], ['scraped_at', '2025-01-01'], ['moddate', 'D:2025']], 'html').dates).toEqual([]));
  it('an unreadable date is dropped', () => expect(metadataOf([['date', 'soon']], 'html').dates).toEqual([]));
});

describe('Markdown front matter', () => {
  it('Hugo YAML', () =>
    expect(markdownMetadata('---\ntitle: 学校->方案 | a.cn\ndate: 2022-04-30 01:22:15\nlastmod: 2023-01-01\ntags:\n- x\n---\n正文')).toMatchObject({
      titles: [{ value: '学校->方案 | a.cn' }],
      dates: [{ value: '2022-04-30', key: 'date' }],
    }));
  it('quoted values', () => expect(frontMatterPairs(['title: "2024年工作计划"'])).toEqual([['title', '2024年工作计划']]));
  it('TOML', () => expect(markdownMetadata('+++\ntitle = "工作总结"\ndate = 2021-11-23\n+++\n正文').titles[0]?.value).toBe('工作总结'));
  it('none', () => expect(markdownMetadata('# 标题\n正文')).toEqual({ titles: [], dates: [] }));
  it('Chinese keys, as government exports write them', () =>
    expect(markdownMetadata('---\n标题: 某镇管理办法\n文号: 某府〔2024〕3号\n发布单位: 某县某镇人民政府\n发布日期: 2024-05-06\n---\n正文')).toEqual({
      titles: [{ value: '某镇管理办法', origin: 'front_matter', key: '标题' }],
      dates: [{ value: '2024-05-06', origin: 'front_matter', key: '发布日期', strength: 'published' }],
      issuers: [{ value: '某县某镇人民政府', origin: 'front_matter', key: '发布单位' }],
      docNumbers: [{ value: '某府〔2024〕3号', origin: 'front_matter', key: '文号' }],
    }));
  it('a full-width colon after a Chinese key', () => expect(frontMatterPairs(['发文机关：某市人民政府'])).toEqual([['发文机关', '某市人民政府']]));
  it('og:title keeps its colon inside the key', () => expect(frontMatterPairs(['og:title: 工作要点'])).toEqual([['og:title', '工作要点']]));
  it('an unclosed block is not front matter', () => expect(markdownMetadata('---\ntitle: x\n正文')).toEqual({ titles: [], dates: [] }));
  it('readText carries it', () => expect(metaOf(readText(utf8('---\ntitle: 工作要点\n---\n正文'), 'md'))?.titles[0]?.value).toBe('工作要点'));
});

describe('a field header at the top of a text file', () => {
  const scraped = '标题: 政府工作报告(2018)\n发布时间: 2018-01-03 15:15\n文号: \n发布机构: 某县人民政府办公室\n页面链接详见 links.tsv\n==================== 正文 ====================\n各位代表:\n正文。';
  it('is read as metadata', () =>
    expect(readFieldHeader(scraped).metadata).toMatchObject({ titles: [{ value: '政府工作报告(2018)' }], dates: [{ value: '2018-01-03', strength: 'published' }] }));
  it('its lines are blanked, the body kept, the line count unchanged', () => {
    const { text } = readFieldHeader(scraped);
    expect(text.split('\n')).toHaveLength(scraped.split('\n').length);
    expect(text.trim()).toBe('各位代表:\n正文。');
  });
  it('two fields in a body form are no header', () => expect(readFieldHeader('时间:3月1日\n地点:会议室\n正文。').metadata.titles).toEqual([]));
  it('fields after the body has started are no header', () => expect(readFieldHeader('正文第一段。\n标题:x\n发布时间:2018-01-03\n文号:1').text).toBe('正文第一段。\n标题:x\n发布时间:2018-01-03\n文号:1'));
  it('发文单位, 发文时间, 报告人, 来源URL and an empty 正文: field make a header', () => {
    const h = readFieldHeader('标题：政府工作报告\n发文单位：某市人民政府\n发文时间：2019-01-23\n报告人：市长 某某\n来源URL：https://x.example/1\n\n正文：\n\n各位代表：\n现在报告工作。');
    expect([h.metadata.titles[0]?.value, h.metadata.dates[0]?.value, h.metadata.issuers?.[0]?.value]).toEqual(['政府工作报告', '2019-01-23', '某市人民政府']);
    expect(h.text.trim().startsWith('各位代表')).toBe(true);
  });
  it('readText of a .txt reads it', () => expect(metaOf(readText(utf8(scraped), 'txt'))?.dates[0]?.value).toBe('2018-01-03'));
  it('a plain text has none', () => expect(metaOf(readText(utf8('一、指导思想\n正文。'), 'txt'))).toBeUndefined());
});

describe('web pages', () => {
  const page = (head: string): Uint8Array =>
    utf8(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body><p>一、指导思想</p><p>正文。</p></body></html>`);
  it('<title>', async () => expect(metaOf(await readHtml(page('<title>2024年工作要点_某县人民政府</title>')))?.titles[0]?.value).toBe('2024年工作要点_某县人民政府'));
  it('og:title and ArticleTitle', async () =>
    expect(metaOf(await readHtml(page('<meta property="og:title" content="工作要点"><meta name="ArticleTitle" content="某县工作要点">')))?.titles.map((t) => t.key)).toEqual(['og:title', 'articletitle']));
  it('PubDate and article:published_time', async () =>
    expect(metaOf(await readHtml(page('<meta name="PubDate" content="2024-01-10 10:01"><meta property="article:published_time" content="2024-01-09T08:00:00Z">')))?.dates.map((d) => d.value)).toEqual(['2024-01-10', '2024-01-09']));
  it('a modification date is not kept', async () => expect(metaOf(await readHtml(page('<meta name="lastmodifiedtime" content="2025-01-10">')))?.dates).toEqual([]));
  it('character references decoded', async () => expect(metaOf(await readHtml(page('<title>A&amp;B &#20013;</title>')))?.titles[0]?.value).toBe('A&B 中'));
});

describe('PDF Info and Word core properties', () => {
  it.each([
    ['Microsoft Word - 2024年工作要点.docx', '2024年工作要点'],
    ['WPS文字 - 报告.wps', '报告'],
    ['untitled', ''],
    ['关于某事的报告', '关于某事的报告'],
  ])('cleanPdfTitle(%s)', (raw, clean) => expect(cleanPdfTitle(raw)).toBe(clean));
  it('a LibreOffice PDF gives its creation date, as a weak date', async () =>
    expect(metaOf(await readPdf(fixture('plan.pdf')))?.dates).toEqual([{ value: '2026-11-22', origin: 'pdf_info', key: 'creationdate', strength: 'created' }]));
  it('Word core properties: title and created', async () => {
    const doc = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文。</w:t></w:r></w:p></w:body></w:document>';
    const core = '<cp:coreProperties xmlns:cp="x" xmlns:dc="y" xmlns:dcterms="z"><dc:title>2024年工作计划</dc:title><dcterms:created>2024-02-01T08:00:00Z</dcterms:created><dcterms:modified>2025-05-05T08:00:00Z</dcterms:modified></cp:coreProperties>';
    expect(metaOf(await readDocx(makeZip({ 'word/document.xml': doc, 'docProps/core.xml': core })))).toEqual({
      titles: [{ value: '2024年工作计划', origin: 'docx_core', key: 'dc:title' }],
      dates: [{ value: '2024-02-01', origin: 'docx_core', key: 'dcterms:created', strength: 'created' }],
    });
  });
});
