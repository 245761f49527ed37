import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, ingestBytes } from '../../src/ingest/index.js';
import { extractBytes } from '../../src/pipeline.js';
import type { Format, OutputRecord } from '../../src/schema/document.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url)));
const SAME_DOCUMENT = ['plan.txt', 'plan.pdf', 'plan.docx', 'plan.doc'] as const;

async function recordsOf(name: string): Promise<OutputRecord[]> {
  return extractBytes(fixture(name), name, formatOf(name)!);
}

/** What must not depend on the file format: the structure and the extracted facts. */
function facts(records: readonly OutputRecord[]): unknown {
  return records.map((r) =>
    r.schema === 'plan-extract/document@1'
      ? {
          type: r.type,
          title: r.title,
          docNumber: r.docNumber,
          issuer: r.issuer,
          sections: JSON.parse(JSON.stringify(r.sections, ['id', 'number', 'level', 'title', 'role', 'children'])),
          metrics: r.metrics.map((m) => [m.text, m.value, m.unit, m.sectionId]),
          dates: r.dates.map((d) => [d.text, d.value, d.end, d.kind, d.sectionId]),
        }
      : r,
  );
}

describe('one document in every format', () => {
  it.each(SAME_DOCUMENT.slice(1))('%s reads to the same lines as plan.txt', async (name) => {
    const txt = await ingestBytes(fixture('plan.txt'), 'plan.txt', 'txt');
    const other = await ingestBytes(fixture(name), name, formatOf(name)!);
    const lines = (r: typeof txt): string[] => (r.ok ? r.value.text.split('\n').map((l) => l.replace(/\s/g, '')).filter((l) => l !== '') : []);
    expect(lines(other)).toEqual(lines(txt));
  });
  it.each(SAME_DOCUMENT.slice(1))('%s yields the same sections, metrics and dates as plan.txt', async (name) => {
    expect(facts(await recordsOf(name))).toEqual(facts(await recordsOf('plan.txt')));
  });
  it.each([
    ['plan.pdf', 'pdf', 2],
    ['plan.docx', 'docx', null],
    ['plan.doc', 'doc', null],
    ['report-gbk.html', 'html', null],
  ] as const)('%s records its format and page count', async (name, format, pages) => {
    const [record] = await recordsOf(name);
    expect(record?.schema === 'plan-extract/document@1' && [record.source.format, record.source.pages]).toEqual([format, pages]);
  });
});

describe('unreadable files become error records', () => {
  it.each([
    ['scan.pdf', 'PDF_NO_TEXT'],
    ['glyphs.pdf', 'PDF_NO_TEXT'],
    ['encrypted.pdf', 'PDF_ENCRYPTED'],
  ] as const)('%s → %s', async (name, code) => {
    const records = await recordsOf(name);
    expect(records.map((r) => (r.schema === 'plan-extract/error@1' ? [r.source.format, r.error.code] : r.schema))).toEqual([['pdf', code]]);
  });
  it.each([
    ['x.pdf', 'pdf', 'PDF_CORRUPT'],
    ['x.docx', 'docx', 'DOCX_CORRUPT'],
    ['x.doc', 'doc', 'DOC_CORRUPT'],
    ['x.html', 'html', 'HTML_NO_TEXT'],
  ] as const)('garbage named %s → %s', async (name, format, code) => {
    const records = await extractBytes(new TextEncoder().encode('  '), name, format as Format);
    expect(records.map((r) => (r.schema === 'plan-extract/error@1' ? r.error.code : r.schema))).toEqual([code]);
  });
});

describe('pages saved from dynamic sites', () => {
  it.each(['page.jsp', 'Item/1411.aspx', 'show.php', 'index.shtml', 'a.asp', 'b.xhtml'])('%s is a web page', (name) => expect(formatOf(name)).toBe('html'));
  it('a saved .jsp page is read as HTML', async () => {
    const page = new TextEncoder().encode('<html><head><title>某局关于开展安全检查的通知</title></head><body><p>各学校:</p><p>现就开展安全检查工作通知如下。</p></body></html>');
    const r = await ingestBytes(page, 'notice.jsp', 'html');
    expect(r.ok && r.value.text).toContain('现就开展安全检查工作通知如下');
  });
});
