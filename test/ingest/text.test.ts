import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/text.js';
import type { IngestResult } from '../../src/types.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function ok(r: IngestResult) {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
function failure(r: IngestResult) {
  if (r.ok) throw new Error('expected a failure');
  return r;
}

describe('readText: txt', () => {
  it('UTF-8 text as is', () =>
    expect(ok(readText(utf8('一、指导思想\n为深入贯彻…'), 'txt'))).toEqual({
      text: '一、指导思想\n为深入贯彻…',
      format: 'txt',
      encoding: 'utf-8',
      pages: null,
      warnings: [],
    }));
  it('BOM is stripped', () => expect(ok(readText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('计划')]), 'txt')).text).toBe('计划'));
  it('CRLF is left to the normalizer', () => expect(ok(readText(utf8('甲\r\n乙'), 'txt')).text).toBe('甲\r\n乙'));
  it('txt keeps Markdown-looking text', () => expect(ok(readText(utf8('# 标题 **重点**'), 'txt')).text).toBe('# 标题 **重点**'));
  it('GB18030 file', () => {
    const v = ok(readText(fixture('plan-gb18030.txt'), 'txt'));
    expect(v.encoding).toBe('gb18030');
    expect(v.text.split('\n')[0]).toBe('某县2025年学前教育工作计划');
  });
  it('Big5 file', () => expect(ok(readText(fixture('report-big5.txt'), 'txt')).encoding).toBe('big5'));
  it('damaged GB18030 → text with a warning', () => {
    const v = ok(readText(fixture('damaged-gb18030.txt'), 'txt'));
    expect(v.warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED']);
  });
  it('empty file → empty text, not an ingestion failure (the pipeline reports NO_TEXT)', () =>
    expect(ok(readText(new Uint8Array(), 'txt'))).toMatchObject({ text: '', encoding: 'utf-8', warnings: [] }));
  it('blank lines only → blank text', () => expect(ok(readText(utf8('\n  \n'), 'txt')).text.trim()).toBe(''));
  it('front matter only (md) → blank text', () => expect(ok(readText(utf8('---\na: 1\n---\n'), 'md')).text.trim()).toBe(''));
  it('a stray NUL is removed with a warning', () => {
    const v = ok(readText(utf8('一、工作目标。新增学位600个。\u0000二、主要任务。'), 'txt'));
    expect(v.text).toBe('一、工作目标。新增学位600个。二、主要任务。');
    expect(v.warnings).toEqual([{ code: 'CONTROL_CHARS_REMOVED', message: '1 stray control character (NUL or the like) was removed' }]);
  });
});

describe('readText: failures', () => {
  it('binary file → UNREADABLE_TEXT', () => {
    const f = failure(readText(fixture('binary.txt'), 'txt'));
    expect(f.format).toBe('txt');
    expect(f.error.code).toBe('UNREADABLE_TEXT');
    expect(f.error.message).toMatch(/binary/);
  });
  it('a PDF named .txt → UNREADABLE_TEXT naming the format', () =>
    expect(failure(readText(utf8('%PDF-1.4\n1 0 obj'), 'txt')).error).toEqual({
      code: 'UNREADABLE_TEXT',
      message: 'cannot read this file as text: this looks like a PDF file, not plain text; give it the right extension',
    }));
  it('a DOCX named .md → failure with format md', () =>
    expect(failure(readText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'md')).format).toBe('md'));
  it('NUL-ridden 8-bit text → failure', () =>
    expect(failure(readText(utf8('ab\u0000c\u0000\u0000de\u0000f\u0000\u0000g'), 'txt')).error.code).toBe('UNREADABLE_TEXT'));
  it('NULs at every odd offset are UTF-16LE, not binary', () =>
    expect(ok(readText(utf8('a\u0000b\u0000c\u0000d\u0000'), 'txt'))).toMatchObject({ text: 'abcd', encoding: 'utf-16le' }));
});

describe('readText: md', () => {
  it('strips markup, keeps lines', () => {
    const src = ['---', 'title: 工作要点', '---', '# 2024年工作要点', '', '## 一、指导思想', '**坚持**立德树人。'].join('\n');
    expect(ok(readText(utf8(src), 'md')).text).toBe('\n\n\n2024年工作要点\n\n一、指导思想\n坚持立德树人。');
  });
  it('format md is reported', () => expect(ok(readText(utf8('正文'), 'md')).format).toBe('md'));
  it('GB18030 Markdown is decoded before stripping', () => {
    // "# 教育" in GB18030
    expect(ok(readText(new Uint8Array([0x23, 0x20, 0xbd, 0xcc, 0xd3, 0xfd]), 'md'))).toMatchObject({ text: '教育', encoding: 'gb18030' });
  });
});
