// The bundled samples (samples/) read cleanly at ingestion: right encoding, no warnings, no markup left.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/ingest/text.js';

const dir = new URL('../../samples/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
const raw = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, dir)));
const read = (name: string) => {
  const r = readText(raw(name), name.endsWith('.md') ? 'md' : 'txt');
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
};

const EXPECTED_ENCODING: Readonly<Record<string, string>> = {
  'work-plan-gb18030.txt': 'gb18030',
};

describe('samples', () => {
  it('there are at least six', () => expect(files.length).toBeGreaterThanOrEqual(6));
  it.each(files)('%s is 1–4 KB', (f) => {
    const n = raw(f).length;
    expect(n).toBeGreaterThanOrEqual(1024);
    expect(n).toBeLessThanOrEqual(4096);
  });
  it.each(files)('%s reads without warnings in its encoding', (f) => {
    const v = read(f);
    expect(v.encoding).toBe(EXPECTED_ENCODING[f] ?? 'utf-8');
    expect(v.warnings).toEqual([]);
    expect(v.text).not.toContain('\ufffd');
  });
  it.each(files)('%s is listed in the README', (f) =>
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(`\`samples/${f}\``));
  it('the GB18030 sample keeps its title and CRLF line ends', () => {
    const v = read('work-plan-gb18030.txt');
    expect(v.text.split('\r\n')[0]).toBe('某县2024年中小学校园安全专项整治工作方案');
  });
  it('the traditional sample is traditional', () => expect(read('work-plan-traditional.txt').text).toContain('某區2024學年基礎教育工作計劃'));
  it('the flattened sample has its body on one line', () => {
    const lines = read('report-flattened-web.txt').text.split('\n');
    expect(lines.some((l) => l.startsWith('-1-') && l.includes('- 2 -') && l.includes('第3页 共5页'))).toBe(true);
  });
  it('the Markdown sample loses its markup and keeps its lines and markers', () => {
    const text = read('work-plan-frontmatter.md').text;
    for (const mark of ['---', '# ', '**', '![', '<!--', '](', '| ', 'title:']) expect(text).not.toContain(mark);
    expect(text.split('\n').length).toBe(new TextDecoder().decode(raw('work-plan-frontmatter.md')).split('\n').length);
    expect(text).toContain('\n一、总体目标\n');
    expect(text).toContain('\n（一）优化专业布局\n');
    expect(text).toContain('\n1. 围绕本市主导产业');
    expect(text).toContain('\n推进\t2025年3月—10月\t落实各项重点任务\n');
  });
});
