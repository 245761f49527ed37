import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdf, toRuns } from '../../src/ingest/pdf.js';
import type { IngestResult } from '../../src/types.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const plainLines = (): string[] => readFileSync(new URL('../fixtures/formats/plan.txt', import.meta.url), 'utf8').split('\n').filter((l) => l !== '');
const textOf = (r: IngestResult): string => (r.ok ? r.value.text : `ERROR ${r.error.code}`);
const codeOf = (r: IngestResult): string | null => (r.ok ? null : r.error.code);

describe('readPdf: LibreOffice PDF with an embedded subset CJK font', () => {
  it('gives the same paragraphs as the text original', async () => {
    expect(textOf(await readPdf(fixture('plan.pdf'))).split('\n')).toEqual(plainLines());
  });
  it('counts the pages', async () => {
    const r = await readPdf(fixture('plan.pdf'));
    expect(r.ok && r.value.pages).toBe(2);
  });
  it('reports format pdf and no encoding', async () => {
    const r = await readPdf(fixture('plan.pdf'));
    expect(r.ok && [r.value.format, r.value.encoding]).toEqual(['pdf', null]);
  });
  it('removes the running header but keeps the equal, larger title', async () => {
    const text = textOf(await readPdf(fixture('plan.pdf')));
    expect(text.split('\n').filter((l) => l === '青溪县教育局2025年校园安全工作要点')).toHaveLength(1);
  });
  it('removes the "- n -" page numbers', async () => {
    expect(textOf(await readPdf(fixture('plan.pdf')))).not.toMatch(/- \d -/);
  });
  it('leaves the caller’s bytes intact', async () => {
    const bytes = fixture('plan.pdf');
    const copy = bytes.slice();
    await readPdf(bytes);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('readPdf: non-embedded STSong-Light (needs the CMaps)', () => {
  it('reads the Chinese text', async () => {
    const text = textOf(await readPdf(fixture('nonembedded.pdf')));
    expect(text.split('\n')[0]).toBe('青溪县教育局关于春季开学工作的报告');
  });
  it('joins wrapped lines into one paragraph', async () => {
    const text = textOf(await readPdf(fixture('nonembedded.pdf')));
    expect(text.split('\n')[1]).toBe('今年春季开学工作总体平稳有序，全县共有中小学校46所，在校学生2.8万人，开学首日报到率达到99.5%。');
  });
  it('keeps a table row as tab-separated cells', async () => {
    const text = textOf(await readPdf(fixture('nonembedded.pdf')));
    expect(text.split('\n')).toContain('校舍维修\t37处\t2月20日');
  });
  it('joins a paragraph across the page break', async () => {
    const text = textOf(await readPdf(fixture('nonembedded.pdf')));
    expect(text.split('\n')).toContain('持续加强开学后校园安全巡查，3月底前完成全部学校消防设施检测，对发现的问题实行清单化管理和限时整改，整改结果及时向县教育局报告。');
  });
  it('removes 第n页 共m页 and the running header', async () => {
    const text = textOf(await readPdf(fixture('nonembedded.pdf')));
    expect([text.includes('共2页'), text.includes('工作简报')]).toEqual([false, false]);
  });
  it('has the whole paragraph list', async () => {
    expect(textOf(await readPdf(fixture('nonembedded.pdf'))).split('\n')).toHaveLength(10);
  });
});

describe('readPdf: a page without text', () => {
  it('is reported in a warning, the rest is read', async () => {
    const r = await readPdf(fixture('partial.pdf'));
    // a header seen on one page only cannot be told from text, so it stays; the page number goes
    expect(r.ok && [r.value.pages, r.value.warnings.map((w) => w.code), r.value.text.split('\n').slice(0, 2), r.value.text.includes('共2页')]).toEqual([
      2,
      ['PDF_PAGES_WITHOUT_TEXT'],
      ['青溪县教育局工作简报', '青溪县教育局关于春季开学工作的报告'],
      false,
    ]);
  });
  it('a clean file has no warnings', async () => {
    const r = await readPdf(fixture('nonembedded.pdf'));
    expect(r.ok && r.value.warnings).toEqual([]);
  });
});

describe('readPdf: rotation and watermarks', () => {
  it('drops a diagonal watermark', async () => {
    expect(textOf(await readPdf(fixture('nonembedded.pdf')))).not.toContain('内部资料');
  });
  it('reads a page turned by /Rotate 90 as displayed', async () => {
    expect(textOf(await readPdf(fixture('rotated.pdf')))).toBe('横向页面的表格标题\n第一行\t第二格');
  });
});

describe('toRuns', () => {
  const item = (str: string, transform: number[], width = 32): object => ({ str, transform, width, height: 16, dir: 'ltr', fontName: 'f' });
  const UPRIGHT = [1, 0, 0, -1, 0, 842]; // pdf.js viewport of an unrotated A4 page at scale 1
  it('keeps upright text, y measured upwards', () => {
    expect(toRuns([item('正文', [16, 0, 0, 16, 80, 700])], {}, UPRIGHT, 842)).toEqual([{ str: '正文', x: 80, y: 700, width: 32, size: 16, vertical: false }]);
  });
  it('drops slanted text', () => expect(toRuns([item('水印', [11, 11, -11, 11, 100, 300])], {}, UPRIGHT, 842)).toEqual([]));
  it('drops upside-down text', () => expect(toRuns([item('倒字', [-16, 0, 0, -16, 300, 300])], {}, UPRIGHT, 842)).toEqual([]));
  it('drops a fake-bold second copy', () => {
    expect(toRuns([item('标题', [16, 0, 0, 16, 80, 700]), item('标题', [16, 0, 0, 16, 80.3, 700])], {}, UPRIGHT, 842)).toHaveLength(1);
  });
  it('skips blank items and marked-content entries', () => {
    expect(toRuns([item(' ', [16, 0, 0, 16, 80, 700]), { type: 'beginMarkedContent' }], {}, UPRIGHT, 842)).toEqual([]);
  });
  it('keeps vertical text with its downward advance', () => {
    const v = { str: '竖排', transform: [16, 0, 0, 16, 500, 780], width: 16, height: 32, dir: 'ttb', fontName: 'v' };
    expect(toRuns([v], { v: { vertical: true } }, UPRIGHT, 842)[0]).toMatchObject({ width: 32, vertical: true });
  });
});

describe('readPdf: vertical writing', () => {
  it('reads columns right to left', async () => {
    expect(textOf(await readPdf(fixture('vertical.pdf')))).toBe('青溪县教育局通知\n各校务必按时报送材料逾期不予受理');
  });
});

describe('readPdf: coded failures', () => {
  it('a scan without a text layer needs OCR', async () => expect(codeOf(await readPdf(fixture('scan.pdf')))).toBe('PDF_NO_TEXT'));
  it('fonts without a Unicode map are no text', async () => expect(codeOf(await readPdf(fixture('glyphs.pdf')))).toBe('PDF_NO_TEXT'));
  it('a user password is PDF_ENCRYPTED', async () => expect(codeOf(await readPdf(fixture('encrypted.pdf')))).toBe('PDF_ENCRYPTED'));
  it('a cut-off file is PDF_TRUNCATED', async () => {
    const bytes = fixture('plan.pdf');
    expect(codeOf(await readPdf(bytes.slice(0, Math.floor(bytes.length * 0.6))))).toBe('PDF_TRUNCATED');
  });
  it('bytes that are not a PDF are PDF_CORRUPT', async () => {
    expect(codeOf(await readPdf(new TextEncoder().encode('<html><body>不是PDF</body></html>')))).toBe('PDF_CORRUPT');
  });
  it('an empty file is PDF_CORRUPT', async () => expect(codeOf(await readPdf(new Uint8Array()))).toBe('PDF_CORRUPT'));
  it('a header followed by junk is PDF_CORRUPT', async () => {
    const junk = new Uint8Array(4000).map((_, i) => (i * 7919) % 251);
    const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...junk, ...new TextEncoder().encode('\n%%EOF\n')]);
    expect(codeOf(await readPdf(bytes))).toBe('PDF_CORRUPT');
  });
  it('damaged copies read or fail with a code, never throw', async () => {
    const bytes = fixture('nonembedded.pdf');
    const outcomes = new Set<string>();
    for (let i = 1; i <= 12; i++) {
      const copy = bytes.slice();
      for (let j = 0; j < 8; j++) copy[(i * 977 + j * 131) % copy.length] = (i * 37 + j) % 256;
      outcomes.add(codeOf(await readPdf(copy)) ?? 'ok');
    }
    expect([...outcomes].filter((o) => !['ok', 'PDF_CORRUPT', 'PDF_TRUNCATED', 'PDF_NO_TEXT'].includes(o))).toEqual([]);
  });
  it('a failure says what to do in its message', async () => {
    const r = await readPdf(fixture('scan.pdf'));
    expect(!r.ok && r.error.message).toMatch(/OCR/);
  });
});
