import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseCount, createNumberer, formatCounter, parseNumbering, parseStyles } from '../../src/ingest/docx-numbering.js';
import { decodeEntities, tokenizeXml } from '../../src/ingest/docx-xml.js';
import { openZip } from '../../src/ingest/docx-zip.js';
import { documentText, isEncryptedOoxml, readDocx } from '../../src/ingest/docx.js';
import type { IngestResult } from '../../src/types.js';
import { makeZip } from './zip.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const plainLines = (): string[] => readFileSync(new URL('../fixtures/formats/plan.txt', import.meta.url), 'utf8').split('\n').filter((l) => l !== '');
const textOf = (r: IngestResult): string => (r.ok ? r.value.text : `ERROR ${r.error.code}`);
const codeOf = (r: IngestResult): string | null => (r.ok ? null : r.error.code);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const doc = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (text: string, ppr = ''): string => `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const num = (numId: number, ilvl: number): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (i: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
const OFFICIAL = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '(%4)')}${lvl(4, 'decimalEnclosedCircle', '%5')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>`;
const numberer = (numberingXml = OFFICIAL, stylesXml = ''): ReturnType<typeof createNumberer> => createNumberer(parseNumbering(numberingXml), parseStyles(stylesXml));

describe('chineseCount', () => {
  it('1', () => expect(chineseCount(1)).toBe('一'));
  it('10', () => expect(chineseCount(10)).toBe('十'));
  it('11', () => expect(chineseCount(11)).toBe('十一'));
  it('20', () => expect(chineseCount(20)).toBe('二十'));
  it('21', () => expect(chineseCount(21)).toBe('二十一'));
  it('105', () => expect(chineseCount(105)).toBe('一百零五'));
  it('110', () => expect(chineseCount(110)).toBe('一百一十'));
});

describe('formatCounter', () => {
  it('decimal', () => expect(formatCounter(3, 'decimal')).toBe('3'));
  it('chineseCounting', () => expect(formatCounter(4, 'chineseCounting')).toBe('四'));
  it('chineseCountingThousand', () => expect(formatCounter(12, 'chineseCountingThousand')).toBe('十二'));
  it('ideographTraditional', () => expect(formatCounter(3, 'ideographTraditional')).toBe('丙'));
  it('decimalEnclosedCircle', () => expect(formatCounter(2, 'decimalEnclosedCircle')).toBe('②'));
  it('decimalEnclosedCircle past 20', () => expect(formatCounter(21, 'decimalEnclosedCircle')).toBe('21'));
  it('decimalEnclosedParen', () => expect(formatCounter(5, 'decimalEnclosedParen')).toBe('(5)'));
  it('lowerLetter', () => expect(formatCounter(2, 'lowerLetter')).toBe('b'));
  it('upperRoman', () => expect(formatCounter(4, 'upperRoman')).toBe('IV'));
  it('decimalFullWidth', () => expect(formatCounter(7, 'decimalFullWidth')).toBe('７'));
  it('unknown formats are decimal', () => expect(formatCounter(8, 'somethingNew')).toBe('8'));
});

describe('createNumberer', () => {
  it('numbers the official outline', () => {
    const n = numberer();
    expect([n.next('1', 0), n.next('1', 1), n.next('1', 2), n.next('1', 2), n.next('1', 1), n.next('1', 0), n.next('1', 1)]).toEqual([
      '一、', '（一）', '1.', '2.', '（二）', '二、', '（一）',
    ]);
  });
  it('goes down to (1) and ①', () => {
    const n = numberer();
    expect([n.next('1', 0), n.next('1', 3), n.next('1', 4), n.next('1', 4)]).toEqual(['一、', '(1)', '①', '②']);
  });
  it('a second list on the same definition continues the count', () => {
    const n = numberer();
    n.next('1', 0);
    expect(n.next('1', 0)).toBe('二、');
  });
  it('a start override restarts the list', () => {
    const n = numberer();
    n.next('1', 0);
    n.next('1', 0);
    expect(n.next('2', 0)).toBe('一、');
  });
  it('numId 0 means no numbering', () => expect(numberer().next('0', 0)).toBeNull());
  it('an unknown list has no marker', () => expect(numberer().next('9', 0)).toBeNull());
  it('bullets have no marker', () => {
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="3">${lvl(0, 'bullet', '•')}</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num></w:numbering>`;
    expect(numberer(xml).next('4', 0)).toBeNull();
  });
  it('legal numbering shows every level as decimal', () => {
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1')}${lvl(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const n = numberer(xml);
    n.next('1', 0);
    expect(n.next('1', 1)).toBe('1.1 ');
  });
  it('a marker ending in a digit gets a gap before the text', () => {
    const xml = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '第%1章')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    expect(numberer(xml).next('1', 0)).toBe('第一章 ');
  });
  it('numbering set on a paragraph style', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H1b"><w:basedOn w:val="H1"/></w:style></w:styles>`;
    const n = numberer(OFFICIAL, styles);
    expect([n.fromStyle('H1'), n.fromStyle('H1b'), n.fromStyle('Normal')]).toEqual([{ numId: '1', level: 0 }, { numId: '1', level: 0 }, null]);
  });
});

describe('documentText', () => {
  const n = (): ReturnType<typeof createNumberer> => numberer();
  it('restores automatic markers', () => {
    const xml = doc(p('指导思想', num(1, 0)) + p('正文。') + p('主要任务', num(1, 0)) + p('加强领导', num(1, 1)));
    expect(documentText(xml, n())).toBe('一、指导思想\n正文。\n二、主要任务\n（一）加强领导');
  });
  it('numbers headings whose style carries the list', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    const xml = doc(p('总体要求', '<w:pStyle w:val="H1"/>') + p('工作目标', '<w:pStyle w:val="H2"/>') + p('重点任务', '<w:pStyle w:val="H1"/>'));
    expect(documentText(xml, numberer(OFFICIAL, styles))).toBe('一、总体要求\n（一）工作目标\n二、重点任务');
  });
  it('numId 0 on the paragraph switches off its style’s list', () => {
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`;
    expect(documentText(doc(p('不编号', `<w:pStyle w:val="H1"/>${num(0, 0)}`)), numberer(OFFICIAL, styles))).toBe('不编号');
  });
  it('without numbering definitions the text is kept as is', () => {
    expect(documentText(doc(p('指导思想', num(1, 0))), null)).toBe('指导思想');
  });
  it('an empty numbered paragraph still advances the count', () => {
    expect(documentText(doc(p('', num(1, 0)) + p('第二项', num(1, 0))), n())).toBe('二、第二项');
  });
  it('joins runs of one paragraph', () => {
    expect(documentText(doc('<w:p><w:r><w:t>校园</w:t></w:r><w:r><w:t xml:space="preserve">安全</w:t></w:r></w:p>'), null)).toBe('校园安全');
  });
  it('reads a tab stop inside a paragraph as a space (only table rows hold cell tabs) and a break as a new line', () => {
    expect(documentText(doc('<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t></w:r></w:p>'), null)).toBe('甲 乙\n丙');
  });
  it('ignores tab stops declared in the paragraph properties', () => {
    expect(documentText(doc(p('正文', '<w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs>')), null)).toBe('正文');
  });
  it('drops deleted revisions and field codes', () => {
    const xml = doc('<w:p><w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>保留</w:t></w:r></w:p>');
    expect(documentText(xml, null)).toBe('保留');
  });
  it('reads a drawing’s text once, not its fallback copy', () => {
    const box = '<w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent>';
    const xml = doc(`<w:p><w:r><mc:AlternateContent><mc:Choice>${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>正文</w:t></w:r></w:p>`);
    expect(documentText(xml, null)).toBe('文本框\n正文');
  });
  it('turns table rows into tab-separated lines', () => {
    const cell = (t: string): string => `<w:tc>${p(t)}</w:tc>`;
    const xml = doc(`<w:tbl><w:tr>${cell('项目')}${cell('数量')}</w:tr><w:tr>${cell('校舍维修')}${cell('37处')}</w:tr></w:tbl>${p('表后正文')}`);
    expect(documentText(xml, null)).toBe('项目\t数量\n校舍维修\t37处\n表后正文');
  });
  it('keeps empty cells in their place', () => {
    const xml = doc(`<w:tbl><w:tr><w:tc>${p('甲')}</w:tc><w:tc><w:p/></w:tc><w:tc>${p('丙')}</w:tc></w:tr></w:tbl>`);
    expect(documentText(xml, null)).toBe('甲\t\t丙');
  });
  it('joins the paragraphs of one cell', () => {
    const xml = doc(`<w:tbl><w:tr><w:tc>${p('第一段')}${p('第二段')}</w:tc><w:tc>${p('B')}</w:tc></w:tr></w:tbl>`);
    expect(documentText(xml, null)).toBe('第一段第二段\tB');
  });
  it('drops hidden text', () => {
    const xml = doc('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>显示</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也显示</w:t></w:r></w:p>');
    expect(documentText(xml, null)).toBe('显示也显示');
  });
  it('a hidden paragraph mark does not hide the text', () => {
    expect(documentText(doc(p('正文', '<w:rPr><w:vanish/></w:rPr>')), null)).toBe('正文');
  });
  it('decodes entities', () => expect(documentText(doc(p('A&amp;B &lt;C&gt;')), null)).toBe('A&B <C>'));
  it('skips empty paragraphs', () => expect(documentText(doc(p('一') + '<w:p/>' + p('二')), null)).toBe('一\n二'));
});

describe('tokenizeXml', () => {
  it('reads tags, attributes and text', () => {
    expect([...tokenizeXml('<a x="1"><b/>t</a>')]).toEqual([
      { kind: 'open', name: 'a', attrs: { x: '1' } },
      { kind: 'empty', name: 'b', attrs: {} },
      { kind: 'text', text: 't' },
      { kind: 'close', name: 'a' },
    ]);
  });
  it('skips comments and declarations', () => expect([...tokenizeXml('<?xml version="1.0"?><!-- x --><a/>')]).toHaveLength(1));
  it('reads CDATA as text', () => expect([...tokenizeXml('<![CDATA[<b>]]>')]).toEqual([{ kind: 'text', text: '<b>' }]));
  it('decodes numeric entities', () => expect(decodeEntities('&#x4E00;&#20108;')).toBe('一二'));
  it('leaves unknown entities', () => expect(decodeEntities('&foo;')).toBe('&foo;'));
});

describe('openZip', () => {
  it('reads deflated entries', () => {
    const zip = openZip(makeZip({ 'a.txt': '青溪' }));
    expect(new TextDecoder().decode(zip?.read('a.txt') ?? new Uint8Array())).toBe('青溪');
  });
  it('reads stored entries', () => {
    const zip = openZip(makeZip({ 'b.xml': '<x/>' }, false));
    expect(new TextDecoder().decode(zip?.read('b.xml') ?? new Uint8Array())).toBe('<x/>');
  });
  it('lists names', () => expect(openZip(makeZip({ 'a': '1', 'b/c': '2' }))?.names).toEqual(['a', 'b/c']));
  it('finds part names case-insensitively', () => expect(openZip(makeZip({ 'Word/Document.xml': 'x' }))?.read('word/document.xml')).not.toBeNull());
  it('a missing entry is null', () => expect(openZip(makeZip({ a: '1' }))?.read('z')).toBeNull());
  it('not a zip is null', () => expect(openZip(new TextEncoder().encode('hello'))).toBeNull());
  it('an end record pointing outside the file is null', () => {
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 10);
    end.writeUInt32LE(0xfffffff0, 16);
    expect(openZip(new Uint8Array(Buffer.concat([Buffer.from('PK\x03\x04'), end])))).toBeNull();
  });
  it('every cut of a real package reads or fails without throwing', async () => {
    const bytes = fixture('plan.docx');
    const codes = new Set<string>();
    for (let cut = 0; cut < bytes.length; cut += 97) codes.add(codeOf(await readDocx(bytes.slice(0, cut))) ?? 'ok');
    expect([...codes].every((c) => c === 'DOCX_CORRUPT' || c === 'DOCX_NO_TEXT' || c === 'ok')).toBe(true);
  });
});

describe('readDocx', () => {
  it('reads the fixture with its automatic numbering restored, like the text original', async () => {
    expect(textOf(await readDocx(fixture('plan.docx'))).split('\n')).toEqual(plainLines());
  });
  it('the literal-marker variant reads the same', async () => {
    expect(textOf(await readDocx(fixture('plan-literal.docx'))).split('\n')).toEqual(plainLines());
  });
  it('leaves out headers and footers', async () => {
    expect(textOf(await readDocx(fixture('plan.docx')))).not.toContain('- 1 -');
  });
  it('reports format docx', async () => {
    const r = await readDocx(fixture('plan.docx'));
    expect(r.ok && [r.value.format, r.value.encoding, r.value.pages]).toEqual(['docx', null, null]);
  });
  it('reads a hand-made minimal package', async () => {
    const bytes = makeZip({ 'word/document.xml': doc(p('标题') + p('正文。')) });
    expect(textOf(await readDocx(bytes))).toBe('标题\n正文。');
  });
  it('finds a main part with another name through the package relationships', async () => {
    const rels = '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>';
    expect(textOf(await readDocx(makeZip({ '_rels/.rels': rels, 'word/document2.xml': doc(p('正文。')) })))).toBe('正文。');
  });
  it('a document without text is DOCX_NO_TEXT (after mammoth found none either)', async () => {
    expect(codeOf(await readDocx(makeZip({ 'word/document.xml': doc('<w:p/>') })))).toBe('DOCX_NO_TEXT');
  });
  it('a truncated file is DOCX_CORRUPT', async () => expect(codeOf(await readDocx(fixture('plan.docx').slice(0, 2000)))).toBe('DOCX_CORRUPT'));
  it('random bytes are DOCX_CORRUPT', async () => expect(codeOf(await readDocx(new TextEncoder().encode('not a word file')))).toBe('DOCX_CORRUPT'));
  it('a ZIP without a document part is DOCX_NO_DOCUMENT', async () => expect(codeOf(await readDocx(makeZip({ 'a.txt': 'x' })))).toBe('DOCX_NO_DOCUMENT'));
  it('an encrypted package is DOCX_ENCRYPTED', async () => {
    const name = Buffer.from('EncryptedPackage', 'utf16le');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(500), ...name, ...new Uint8Array(100)]);
    expect([isEncryptedOoxml(ole), codeOf(await readDocx(ole))]).toEqual([true, 'DOCX_ENCRYPTED']);
  });
  it('an ordinary OLE file is not an encrypted package', () => {
    expect(isEncryptedOoxml(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...new Uint8Array(100)]))).toBe(false);
  });
});

describe('Word tables as grids', () => {
  const tc = (text: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const tr = (...cells: string[]): string => `<w:tr>${cells.join('')}</w:tr>`;
  it('a gridSpan leaves the columns it covers empty; a vMerge continuation is an empty cell', () => {
    const table = `<w:tbl>${tr(tc('类别', '<w:vMerge w:val="restart"/>'), tc('申请人', '<w:gridSpan w:val="2"/>'))}${tr(tc('', '<w:vMerge/>'), tc('自然人'), tc('法人'))}${tr(tc('新收'), tc('40'), tc('2'))}</w:tbl>`;
    expect(documentText(doc(table), null).split('\n')).toEqual(['类别\t申请人\t', '\t自然人\t法人', '新收\t40\t2']);
  });
});
