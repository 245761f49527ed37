import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDoc, tidyDocBody } from '../../src/ingest/doc.js';
import type { IngestResult } from '../../src/types.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const plainLines = (): string[] => readFileSync(new URL('../fixtures/formats/plan.txt', import.meta.url), 'utf8').split('\n').filter((l) => l !== '');
const textOf = (r: IngestResult): string => (r.ok ? r.value.text : `ERROR ${r.error.code}`);
const codeOf = (r: IngestResult): string | null => (r.ok ? null : r.error.code);

describe('tidyDocBody', () => {
  it('drops the row-end tab', () => expect(tidyDocBody('项目\t数量\t\n')).toBe('项目\t数量'));
  it('turns carriage returns into new lines', () => expect(tidyDocBody('一\r二\r\n三')).toBe('一\n二\n三'));
  it('drops blank lines', () => expect(tidyDocBody('一\n\n  \n二')).toBe('一\n二'));
  it('trims spaces at the ends', () => expect(tidyDocBody('  正文  ')).toBe('正文'));
  it('keeps inner tabs', () => expect(tidyDocBody('甲\t\t丙')).toBe('甲\t\t丙'));
  it('keeps an empty last cell', () => expect(tidyDocBody('维修\t3月\t\t')).toBe('维修\t3月\t'));
});

describe('readDoc', () => {
  it('reads a Word 97-2003 file like its text original', async () => {
    expect(textOf(await readDoc(fixture('plan.doc'), 'plan.doc')).split('\n')).toEqual(plainLines());
  });
  it('reads a table as tab-separated rows', async () => {
    expect(textOf(await readDoc(fixture('table.doc'), 'table.doc'))).toBe('表前正文\n项目\t数量\t完成时间\n校舍维修\t\t3月\n表后正文');
  });
  it('reports format doc', async () => {
    const r = await readDoc(fixture('plan.doc'), 'plan.doc');
    expect(r.ok && [r.value.format, r.value.encoding, r.value.pages]).toEqual(['doc', null, null]);
  });
  it('keeps Chinese quotation marks as written', async () => {
    const r = await readDoc(fixture('plan.doc'), 'plan.doc');
    expect(r.ok && r.value.text.includes('"')).toBe(false);
  });
  it('a .docx saved as .doc is read as Word 2007+', async () => {
    const r = await readDoc(fixture('plan.docx'), 'plan.doc');
    expect([r.ok && r.value.format, textOf(r).split('\n')[3]]).toEqual(['doc', '一、指导思想']);
  });
  it('a web page saved as .doc is read as HTML', async () => {
    const r = await readDoc(fixture('report-gbk.html'), 'report.doc');
    expect([r.ok && r.value.format, textOf(r).split('\n')[0]]).toEqual(['doc', '青溪县教育局2024年工作总结']);
  });
  it('a web archive saved as .doc is read as HTML', async () => {
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b1"\r\n\r\n--b1\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<p>一、指导思想</p>\r\n--b1--';
    const r = await readDoc(new TextEncoder().encode(mht), 'plan.doc');
    expect([r.ok && r.value.format, textOf(r)]).toEqual(['doc', '一、指导思想']);
  });
  it('a truncated file is DOC_CORRUPT', async () => expect(codeOf(await readDoc(fixture('plan.doc').slice(0, 6000), 'x.doc'))).toBe('DOC_CORRUPT'));
  it('every cut of a real file reads or fails with a code, never throws', async () => {
    const bytes = fixture('plan.doc');
    const codes = new Set<string>();
    for (let cut = 0; cut < bytes.length; cut += 509) codes.add(codeOf(await readDoc(bytes.slice(0, cut), 'x.doc')) ?? 'ok');
    expect([...codes].filter((c) => !['ok', 'DOC_CORRUPT', 'DOC_NO_TEXT'].includes(c))).toEqual([]);
  });
  it('random bytes are DOC_CORRUPT', async () => expect(codeOf(await readDoc(new TextEncoder().encode('plain words'), 'x.doc'))).toBe('DOC_CORRUPT'));
  it('an OLE header with junk is DOC_CORRUPT', async () => {
    const junk = new Uint8Array(3000).map((_, i) => (i * 31) % 256);
    expect(codeOf(await readDoc(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, ...junk]), 'x.doc'))).toBe('DOC_CORRUPT');
  });
  it('an encrypted Word 2007+ package named .doc is DOC_ENCRYPTED', async () => {
    const name = Buffer.from('EncryptedPackage', 'utf16le');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(500), ...name]);
    expect(codeOf(await readDoc(ole, 'x.doc'))).toBe('DOC_ENCRYPTED');
  });
});
