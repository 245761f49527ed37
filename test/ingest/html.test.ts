import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, htmlText, looksLikeHtml, looksLikeMht, mhtHtmlPart, readHtml } from '../../src/ingest/html.js';
import type { IngestResult } from '../../src/types.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const textOf = (r: IngestResult): string => (r.ok ? r.value.text : `ERROR ${r.error.code}`);
const codeOf = (r: IngestResult): string | null => (r.ok ? null : r.error.code);
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
// GB18030 bytes of 教育 (encoded ahead of time: Node's TextEncoder only writes UTF-8)
const GBK_JIAOYU = [0xbd, 0xcc, 0xd3, 0xfd];

describe('readHtml on a saved GBK page', () => {
  it('decodes by the meta charset', async () => {
    const r = await readHtml(fixture('report-gbk.html'));
    expect(r.ok && r.value.encoding).toBe('gb18030');
  });
  it('gives the body text, one block a line', async () => {
    expect(textOf(await readHtml(fixture('report-gbk.html'))).split('\n')).toEqual([
      '青溪县教育局2024年工作总结',
      '2024年，我局围绕办好人民满意的教育，扎实推进各项工作，全年教育经费投入达到5.2亿元。',
      '一、主要成绩',
      '（一）办学条件持续改善。新建改扩建学校6所，新增学位3600个。',
      '指标\t目标\t完成',
      '新增学位\t3000个\t3600个',
      '二、存在问题',
      '优质教育资源总量不足。',
    ]);
  });
  it('leaves out scripts, styles, navigation, hidden text and the site footer', async () => {
    const text = textOf(await readHtml(fixture('report-gbk.html')));
    expect(['脚本', 'font-size', '首页', '网站导航', '隐藏', '版权所有', '广告', '文库'].filter((w) => text.includes(w))).toEqual([]);
  });
  it('reports format html', async () => {
    const r = await readHtml(fixture('report-gbk.html'));
    expect(r.ok && [r.value.format, r.value.pages]).toEqual(['html', null]);
  });
});

describe('declaredCharset', () => {
  it('meta charset', () => expect(declaredCharset(bytes('<meta charset="GBK">'))).toBe('gbk'));
  it('http-equiv content type', () => expect(declaredCharset(bytes('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312'));
  it('unquoted', () => expect(declaredCharset(bytes('<meta charset=big5>'))).toBe('big5'));
  it('XML declaration', () => expect(declaredCharset(bytes('<?xml version="1.0" encoding="GB18030"?><html>'))).toBe('gb18030'));
  it('none', () => expect(declaredCharset(bytes('<html><body>x</body></html>'))).toBeNull());
  it('a meta without charset', () => expect(declaredCharset(bytes('<meta name="keywords" content="教育">'))).toBeNull());
});

describe('decodeHtml', () => {
  it('UTF-8 BOM wins', () => expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('<p>教育</p>')]))).toMatchObject({ text: '<p>教育</p>', encoding: 'utf-8' }));
  it('UTF-16LE BOM', () => expect(decodeHtml(new Uint8Array([0xff, 0xfe, ...Buffer.from('<p>教育</p>', 'utf16le')])).text).toBe('<p>教育</p>'));
  it('undeclared UTF-8', () => expect(decodeHtml(bytes('<p>教育</p>'))).toMatchObject({ text: '<p>教育</p>', encoding: 'utf-8' }));
  it('undeclared GBK falls back to GB18030', () => {
    expect(decodeHtml(new Uint8Array([...bytes('<p>'), ...GBK_JIAOYU, ...bytes('</p>')]))).toMatchObject({ text: '<p>教育</p>', encoding: 'gb18030' });
  });
  it('declared UTF-8 holding GBK bytes warns and decodes as GB18030', () => {
    const r = decodeHtml(new Uint8Array([...bytes('<meta charset="utf-8"><p>'), ...GBK_JIAOYU, ...bytes('</p>')]));
    expect([r.encoding, r.text.endsWith('<p>教育</p>'), r.warnings.map((w) => w.code)]).toEqual(['gb18030', true, ['HTML_CHARSET_MISMATCH']]);
  });
  it('undeclared Big5 is detected', () => {
    // Big5 bytes of 全縣學校的教育工作取得了顯著成績，我們要繼續努力。
    const big5 = Buffer.from('a5febfa4bec7aed5aabab1d0a87ca475a740a8fab16fa446c5e3b5dba6a8c15aa141a7daadccad6ec47ec4f2a756a44fa143', 'hex');
    expect(decodeHtml(new Uint8Array([...bytes('<p>'), ...big5, ...bytes('</p>')]))).toMatchObject({ text: '<p>全縣學校的教育工作取得了顯著成績，我們要繼續努力。</p>', encoding: 'big5' });
  });
  it('a declared label outside WHATWG names is mapped (cp936)', () => {
    expect(decodeHtml(new Uint8Array([...bytes('<meta charset="cp936"><p>'), ...GBK_JIAOYU, ...bytes('</p>')])).encoding).toBe('gb18030');
  });
  it('an unknown charset label is skipped', () => expect(decodeHtml(bytes('<meta charset="x-nonsense"><p>教育</p>')).encoding).toBe('utf-8'));
});

describe('looksLikeHtml', () => {
  it('a doctype', () => expect(looksLikeHtml(bytes('<!DOCTYPE html><html>'))).toBe(true));
  it('an html tag after a BOM and spaces', () => expect(looksLikeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('  <html>')]))).toBe(true));
  it('Word HTML', () => expect(looksLikeHtml(bytes('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta'))).toBe(true));
  it('plain text', () => expect(looksLikeHtml(bytes('一、指导思想'))).toBe(false));
  it('an OLE file', () => expect(looksLikeHtml(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe(false));
  it('XML that is not a page', () => expect(looksLikeHtml(bytes('<?xml version="1.0"?><root/>'))).toBe(false));
});

describe('htmlText', () => {
  it('inline elements stay on the line', () => expect(htmlText('<p>全县<b>学校</b><span>开学</span></p>')).toBe('全县学校开学'));
  it('blocks become lines', () => expect(htmlText('<div>一</div><div>二</div>')).toBe('一\n二'));
  it('br breaks a line', () => expect(htmlText('<p>一<br>二</p>')).toBe('一\n二'));
  it('source new lines inside CJK text vanish', () => expect(htmlText('<p>全县\n  学校</p>')).toBe('全县学校'));
  it('spaces between English words stay', () => expect(htmlText('<p>Word  file</p>')).toBe('Word file'));
  it('entities are decoded', () => expect(htmlText('<p>A&amp;B&nbsp;C</p>')).toBe('A&B C'));
  it('table rows are tab-separated cells', () => expect(htmlText('<table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td></td></tr></table>')).toBe('甲\t乙\n丙\t'));
  it('a layout table holding a table is read as blocks', () => {
    expect(htmlText('<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table></td><td><p>正文</p></td></tr></table>')).toBe('甲\t乙\n正文');
  });
  it('a layout cell with a whole page of text is read as blocks', () => {
    const long = '全县教育工作稳步推进。'.repeat(30);
    expect(htmlText(`<table><tr><td>导航</td><td><p>一、总体情况</p><p>${long}</p></td></tr></table>`)).toBe(`导航\n一、总体情况\n${long}`);
  });
  it('paragraphs inside a data cell join into the cell', () => expect(htmlText('<table><tr><td><p>校舍</p><p>维修</p></td><td>3处</td></tr></table>')).toBe('校舍维修\t3处'));
  it('headings are lines', () => expect(htmlText('<h1>标题</h1>正文')).toBe('标题\n正文'));
  it('scripts and styles are dropped', () => expect(htmlText('<script>var a=1</script><style>p{}</style><p>正文</p>')).toBe('正文'));
  it('navigation by tag is dropped', () => expect(htmlText('<nav>首页</nav><header>站点</header><p>正文</p><footer>版权</footer>')).toBe('正文'));
  it('navigation by class is dropped', () => expect(htmlText('<div class="top-nav">首页</div><div id="breadcrumb">位置</div><p>正文</p>')).toBe('正文'));
  it('an article header class is kept', () => expect(htmlText('<div class="article-header">标题</div>')).toBe('标题'));
  it('a content class is kept', () => expect(htmlText('<div class="main-content">正文</div>')).toBe('正文'));
  it('hidden elements are dropped', () => expect(htmlText('<p hidden>甲</p><p style="display: none">乙</p><p>丙</p>')).toBe('丙'));
  it('comments are dropped', () => expect(htmlText('<p>甲<!-- 注释 -->乙</p>')).toBe('甲乙'));
  it('Word HTML list markers are kept, its conditionals dropped', () => {
    const word = '<p class=MsoListParagraph><![if !supportLists]><span lang=EN-US>一、<span style="font:7.0pt">&nbsp;&nbsp; </span></span><![endif]>指导思想<o:p></o:p></p><!--[if gte mso 9]><xml><w:WordDocument>x</w:WordDocument></xml><![endif]-->';
    expect(htmlText(word)).toBe('一、指导思想');
  });
  it('a fragment without body', () => expect(htmlText('<p>片段</p>')).toBe('片段'));
});

// a single-file web archive as Word and browsers write it: GBK HTML, quoted-printable, one soft line break
const MHT = [
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="----=_NextPart_01D9"',
  '',
  '------=_NextPart_01D9',
  'Content-Location: file:///C:/plan.htm',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Type: text/html; charset="gb2312"',
  '',
  '<html><body><p class=3DMsoNormal>=BD=CC=D3=FD=',
  '=B9=A4=D7=F7</p></body></html>',
  '',
  '------=_NextPart_01D9--',
].join('\r\n');
const MHT_BASE64 = MHT.replace('quoted-printable', 'base64').replace('charset="gb2312"', 'charset="utf-8"').replace(/<html>[^]*<\/html>/, 'PHA+5pWZ6IKy5bel5L2cPC9wPg==');

describe('web archives (.mht)', () => {
  it('are recognised', () => expect(looksLikeMht(bytes(MHT))).toBe(true));
  it('a page is no archive', () => expect(looksLikeMht(bytes('<html><body>x</body></html>'))).toBe(false));
  it('the HTML part is found with its charset', () => expect(mhtHtmlPart(bytes(MHT))?.charset).toBe('gb2312'));
  it('quoted-printable GBK is read', async () => expect(textOf(await readHtml(bytes(MHT)))).toBe('教育工作'));
  it('base64 UTF-8 is read', async () => expect(textOf(await readHtml(bytes(MHT_BASE64)))).toBe('教育工作'));
  it('an archive without an HTML part has no text', async () => expect(codeOf(await readHtml(bytes(MHT.replace('text/html', 'image/png'))))).toBe('HTML_NO_TEXT'));
});

describe('readHtml failures', () => {
  it('a page with only scripts is HTML_NO_TEXT', async () => expect(codeOf(await readHtml(bytes('<html><script>x()</script></html>')))).toBe('HTML_NO_TEXT'));
  it('an empty file is HTML_NO_TEXT', async () => expect(codeOf(await readHtml(new Uint8Array()))).toBe('HTML_NO_TEXT'));
  it('broken markup still gives all its text', async () => expect(textOf(await readHtml(bytes('<p>一<div>二</p></span>三'))).replace(/\n/g, '')).toBe('一二三'));
});

describe('tables as grids: rowspan and colspan', () => {
  const page = (table: string): Uint8Array =>
    new TextEncoder().encode(`<html><head><meta charset="utf-8"></head><body><p>三、收到和处理申请情况</p>${table}<p>四、其他</p></body></html>`);
  const rowsOf = async (table: string): Promise<string[]> => {
    const r = await readHtml(page(table));
    return r.ok ? r.value.text.split('\n').filter((l) => l.includes('\t')) : [];
  };
  it('a colspan leaves the columns it covers empty', async () =>
    expect(await rowsOf('<table><tr><th rowspan="2">类别</th><th colspan="2">申请人</th><th rowspan="2">总计</th></tr><tr><th>自然人</th><th>法人</th></tr><tr><td>新收</td><td>40</td><td>2</td><td>42</td></tr></table>')).toEqual([
      '类别\t申请人\t\t总计',
      '\t自然人\t法人\t',
      '新收\t40\t2\t42',
    ]));
  it('a rowspan leaves the rows below empty in its column', async () =>
    expect(await rowsOf('<table><tr><td rowspan="2">(一)公开</td><td>主动</td><td>3</td></tr><tr><td>依申请</td><td>4</td></tr></table>')).toEqual(['(一)公开\t主动\t3', '\t依申请\t4']));
  it('header paths and values come out of the pipeline', async () => {
    const { extractBytes } = await import('../../src/pipeline.js');
    const [rec] = await extractBytes(page('<table><tr><th rowspan="2">类别</th><th colspan="2">申请人</th><th rowspan="2">总计</th></tr><tr><th>自然人</th><th>法人</th></tr><tr><td>新收</td><td>40</td><td>2</td><td>42</td></tr></table>'), 'a.html', 'html');
    if (!rec || rec.schema !== 'plan-extract/document@1') throw new Error('document expected');
    expect(rec.tables[0]?.columns).toEqual([['申请人', '自然人'], ['申请人', '法人'], ['总计']]);
    expect(rec.tables[0]?.rows).toMatchObject([{ header: ['新收'], cells: [{ text: '40' }, { text: '2' }, { text: '42' }] }]);
  });
  it('a layout table is still read as blocks of text', async () => {
    const long = '正文'.repeat(200);
    expect(await rowsOf(`<table><tr><td>${long}</td><td>导航</td></tr></table>`)).toEqual([]);
  });
});

describe('markup that is no text', () => {
  it('a doctype after blank lines and Word processing instructions are not text', async () => {
    const html = '\n\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html><head><meta charset="utf-8"></head><body><p>关于公布工作要点的通知</p><?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" /><p>各处室:</p></body></html>';
    const text = textOf(await readHtml(bytes(html)));
    expect(text).not.toMatch(/DOCTYPE|xml:namespace/);
    expect(text).toContain('关于公布工作要点的通知');
    expect(text).toContain('各处室:');
  });
});
