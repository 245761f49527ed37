import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  binaryFormatOf,
  decode,
  decodeAs,
  detectEncoding,
  encodingFromLabel,
  plausibility,
  stripControlChars,
} from '../../src/ingest/encoding.js';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../fixtures/encodings/${name}`, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return new Uint8Array(out);
};
const utf16le = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  return new Uint8Array(le.swap16());
};

const PLAN = '一、工作目标。全县学前三年毛入园率稳定在92%以上，新增公办学位600个。';

describe('byte-order marks', () => {
  it('UTF-8 BOM is stripped', () => {
    const d = decode(bytes([0xef, 0xbb, 0xbf], utf8('教育工作')));
    expect([d.text, d.encoding, d.confidence]).toEqual(['教育工作', 'utf-8', 1]);
  });
  it('UTF-16LE BOM', () => expect(decode(bytes([0xff, 0xfe], utf16le(PLAN))).text).toBe(PLAN));
  it('UTF-16LE BOM → encoding name', () => expect(decode(bytes([0xff, 0xfe], utf16le(PLAN))).encoding).toBe('utf-16le'));
  it('UTF-16BE BOM', () => expect(decode(bytes([0xfe, 0xff], utf16be(PLAN)))).toMatchObject({ text: PLAN, encoding: 'utf-16be' }));
  it('GB18030 BOM', () => {
    const d = decode(bytes([0x84, 0x31, 0x95, 0x33], fixture('short-gb-also-big5.txt')));
    expect(d.encoding).toBe('gb18030');
    expect(d.text.startsWith('教育局')).toBe(true);
  });
  it('a BOM-only file is empty text', () => expect(decode(bytes([0xef, 0xbb, 0xbf])).text).toBe(''));
  it('a U+FEFF inside the text is kept (only the leading BOM goes)', () =>
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8('甲\ufeff乙'))).text).toBe('甲\ufeff乙'));
});

describe('UTF-8 without BOM', () => {
  it('Chinese text', () => expect(decode(utf8(PLAN))).toMatchObject({ text: PLAN, encoding: 'utf-8', confidence: 1 }));
  it('pure ASCII is utf-8', () => expect(decode(utf8('Plan 2024\n1. Goals')).encoding).toBe('utf-8'));
  it('empty input is utf-8 and readable', () =>
    expect(decode(new Uint8Array())).toMatchObject({ text: '', encoding: 'utf-8', unreadable: null }));
  it('traditional text', () => expect(decode(utf8('基礎教育工作計劃')).text).toBe('基礎教育工作計劃'));
  it('no warnings for clean text', () => expect(decode(utf8(PLAN)).warnings).toEqual([]));
  it('a truncated last character → utf-8 with a warning', () => {
    const d = decode(fixture('truncated-utf8.txt'));
    expect(d.encoding).toBe('utf-8');
    expect(d.warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED']);
    expect(d.warnings[0]?.message).toMatch(/^1 byte could not be decoded as utf-8 and became U\+FFFD/);
  });
  it('U+FFFD already in valid UTF-8 → REPLACEMENT_CHARACTERS, not a decoding failure', () =>
    expect(decode(utf8('教育\ufffd工作')).warnings).toEqual([
      { code: 'REPLACEMENT_CHARACTERS', message: 'the text already holds 1 U+FFFD replacement character: it was damaged before it was saved' },
    ]));
  it('BOM plus an invalid byte → DECODING_REPLACED', () =>
    expect(decode(bytes([0xef, 0xbb, 0xbf], utf8('教育'), [0xff])).warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED']));
  it('two stray bytes in long UTF-8 text stay utf-8', () => {
    const d = decode(bytes(utf8(PLAN), [0xff], utf8(PLAN), [0xfe], utf8(PLAN)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.split('\ufffd').length - 1).toBe(2);
    expect(d.warnings[0]?.message).toMatch(/^2 bytes could not be decoded as utf-8 and became U\+FFFD/);
  });
});

describe('UTF-16 without BOM', () => {
  it('ASCII-heavy LE text', () => {
    const s = 'Work plan 2024\n1. Goals 2. Tasks 3. Measures\n';
    expect(decode(utf16le(s))).toMatchObject({ text: s, encoding: 'utf-16le', unreadable: null });
  });
  it('ASCII-heavy BE text', () => {
    const s = '2024 plan: 1. goals; 2. tasks\n';
    expect(decode(utf16be(s))).toMatchObject({ text: s, encoding: 'utf-16be' });
  });
  it('mixed Chinese and digits, LE', () => {
    const s = '2024年1月至3月\n新增学位600个\n投资2800万元\n';
    expect(decode(utf16le(s))).toMatchObject({ text: s, encoding: 'utf-16le' });
  });
  it('Chinese with no ASCII at all, LE (no zero bytes to see)', () => {
    const s = '为深入贯彻落实学前教育普及普惠发展要求，结合我县实际，制定本工作计划。';
    expect(decode(utf16le(s))).toMatchObject({ text: s, encoding: 'utf-16le' });
  });
});

describe('GB18030 and Big5', () => {
  it('a simplified plan in GB18030', () => {
    const d = decode(fixture('plan-gb18030.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text.startsWith('某县2025年学前教育工作计划\n')).toBe(true);
    expect(d.text).toContain('总投资约2800万元');
    expect(d.warnings).toEqual([]);
    expect(d.confidence).toBeGreaterThan(0.8);
  });
  it('a traditional report in Big5', () => {
    const d = decode(fixture('report-big5.txt'));
    expect(d.encoding).toBe('big5');
    expect(d.text.startsWith('某市國民教育工作總結\n')).toBe(true);
    expect(d.text).toContain('新建校舍面積1.2萬平方米');
    expect(d.warnings).toEqual([]);
  });
  it('short GB18030 text whose bytes are also valid Big5 reads as GB18030', () => {
    const b = fixture('short-gb-also-big5.txt');
    expect(() => new TextDecoder('big5', { fatal: true }).decode(b)).not.toThrow();
    expect(decode(b)).toMatchObject({ encoding: 'gb18030', text: '教育局关于做好春季开学工作的通知：各学校要做好开学准备。' });
  });
  it('GBK-only characters (堃 喆 镕) are reported as gb18030', () => {
    const d = decode(fixture('gbk-extension.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain('王堃、李喆、张镕');
  });
  it('traditional characters written in GB18030 stay gb18030', () => {
    const gb = new Uint8Array([
      // 教育工作計劃，學校發展。 encoded as GB18030 (traditional forms exist in GBK)
      0xbd, 0xcc, 0xd3, 0xfd, 0xb9, 0xa4, 0xd7, 0xf7, 0xd3, 0x8b, 0x84, 0x9d, 0xa3, 0xac, 0x8c, 0x57, 0xd0, 0xa3, 0xb0, 0x6c,
      0xd5, 0xb9, 0xa1, 0xa3,
    ]);
    expect(decode(gb)).toMatchObject({ encoding: 'gb18030', text: '教育工作計劃，學校發展。' });
  });
  it('three invalid bytes → gb18030 with a DECODING_REPLACED warning', () => {
    const d = decode(fixture('damaged-gb18030.txt'));
    expect(d.encoding).toBe('gb18030');
    expect(d.unreadable).toBeNull();
    expect(d.warnings.map((w) => w.code)).toEqual(['DECODING_REPLACED']);
    expect(d.warnings[0]?.message).toMatch(/^3 bytes could not be decoded as gb18030 and became U\+FFFD/);
    expect(d.text.replace(/\ufffd/g, '')).toBe('二、保障措施。各校要加强组织领导，落实安全责任，确保各项任务按期完成。');
  });
  it('short GBK that is also valid UTF-8 (一些 → һЩ) reads as gb18030', () => {
    const d = decode(new Uint8Array([0xd2, 0xbb, 0xd0, 0xa9]));
    expect(d).toMatchObject({ encoding: 'gb18030', text: '一些' });
    expect(d.warnings.map((w) => w.code)).toEqual(['ENCODING_UNCERTAIN']);
  });
  it('real UTF-8 Cyrillic stays utf-8', () => expect(decode(utf8('Привет, мир')).encoding).toBe('utf-8'));
  it('UTF-8 with pinyin tone marks stays utf-8', () => expect(decode(utf8('jiào yù 教育')).encoding).toBe('utf-8'));
  it('ASCII plus one GB character', () => expect(decode(new Uint8Array([0x41, 0xbd, 0xcc, 0x42])).text).toBe('A教B'));
  it('detectEncoding agrees with decode', () => {
    expect(detectEncoding(fixture('report-big5.txt')).encoding).toBe('big5');
    expect(detectEncoding(fixture('plan-gb18030.txt')).encoding).toBe('gb18030');
    expect(detectEncoding(utf8(PLAN))).toEqual({ encoding: 'utf-8', confidence: 1 });
  });
});

describe('unreadable bytes', () => {
  it('random binary data', () => expect(decode(fixture('binary.txt')).unreadable).toMatch(/binary data/));
  it('NUL bytes in 8-bit text', () => {
    const b = bytes(utf8('abc'), [0, 0x41, 0, 0, 0x42, 0x43, 0, 0x44, 0x45, 0x46, 0, 0]);
    expect(decode(b).unreadable).not.toBeNull();
  });
  it('8-bit bytes that read as no Chinese', () => {
    // Shift_JIS katakana-heavy bytes: both GB18030 and Big5 readings are implausible
    const sjis = new Uint8Array(Array.from({ length: 40 }, (_, i) => [0x83, 0x40 + (i % 40)]).flat());
    expect(decode(sjis).unreadable).toMatch(/no|not/);
  });
  it('a lone stray control character is not binary', () => expect(decode(utf8(`${PLAN}\u0007${PLAN}`)).unreadable).toBeNull());
});

describe('plausibility', () => {
  it('ASCII scores 1', () => expect(plausibility('abc 123').score).toBe(1));
  it('common Chinese scores high', () => expect(plausibility('我们的教育工作是重要的。').score).toBeGreaterThan(0.8));
  it('kana and PUA score negative', () => expect(plausibility('ㄓカ\ue000瓣').score).toBeLessThan(0));
  it('counts replacement characters as implausible', () => expect(plausibility('教\ufffd').implausible).toBe(1));
});

describe('helpers', () => {
  it('encodingFromLabel: GBK', () => expect(encodingFromLabel('GBK')).toBe('gb18030'));
  it('encodingFromLabel: gb2312', () => expect(encodingFromLabel(' gb2312 ')).toBe('gb18030'));
  it('encodingFromLabel: UTF8', () => expect(encodingFromLabel('UTF8')).toBe('utf-8'));
  it('encodingFromLabel: big5-hkscs', () => expect(encodingFromLabel('Big5_HKSCS')).toBe('big5'));
  it('encodingFromLabel: unknown', () => expect(encodingFromLabel('shift_jis')).toBeNull());
  it('decodeAs uses the given encoding', () => expect(decodeAs(fixture('short-gb-also-big5.txt'), 'big5').encoding).toBe('big5'));
  it('decodeAs: a BOM still wins', () => expect(decodeAs(bytes([0xef, 0xbb, 0xbf], utf8('教')), 'gb18030')).toMatchObject({ text: '教', encoding: 'utf-8' }));
  it('binaryFormatOf: PDF', () => expect(binaryFormatOf(utf8('%PDF-1.7\n'))).toBe('a PDF file'));
  it('binaryFormatOf: DOCX zip', () => expect(binaryFormatOf(bytes([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatch(/ZIP/));
  it('binaryFormatOf: OLE doc', () =>
    expect(binaryFormatOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toMatch(/OLE/));
  it('binaryFormatOf: text', () => expect(binaryFormatOf(utf8('%PD'))).toBeNull());
  it('stripControlChars removes NUL and BEL', () => expect(stripControlChars('a\u0000b\u0007c')).toEqual({ text: 'abc', removed: 2 }));
  it('stripControlChars keeps tab, newlines, form feed', () =>
    expect(stripControlChars('a\tb\nc\r\nd\fe\vf')).toEqual({ text: 'a\tb\nc\r\nd\fe\vf', removed: 0 }));
});
