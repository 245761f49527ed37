// Corpus tables through the command: one record per row with source.row, an empty row an error
// record of its own, a missing text column a usage error, --out names and manifest.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../src/cli/main.js';
import { fakeIo, ndjson, tempTree } from './helpers.js';

const PLAN_TEXT = '青石镇中心小学2015年工作计划\n一、工作目标\n全年培训教师不少于120人次。\n二、主要措施\n3月底前完成教师信息登记。';
const REPORT_TEXT = '河湾社区2014年度工作总结\n一、主要成绩\n全年新增就业岗位86个。\n二、存在问题\n部分居民参与度不高。';
const csvCell = (s: string): string => `"${s.replace(/"/g, '""')}"`;

async function run(args: string[]) {
  const io = fakeIo();
  const code = await cli(['node', 'plan-extract', ...args], io);
  return { code, out: io.stdoutText(), err: io.stderrText() };
}

describe('corpus tables', () => {
  const csv = [
    '\uFEFFtitle,url,publish_date,full_text',
    `青石镇中心小学2015年工作计划,http://example.org/p,2015-02-10,${csvCell(PLAN_TEXT)}`,
    '空白,http://example.org/e,2015-03-01,',
    `,,2015-01-20,${csvCell(REPORT_TEXT)}`,
    '',
  ].join('\r\n');

  it('gives one record per row, an error record for the empty row, exit 1', async () => {
    const dir = tempTree({ 'docs.csv': csv });
    const r = await run(['-j', '1', join(dir, 'docs.csv')]);
    expect(r.code).toBe(1);
    const records = ndjson(r.out) as { schema: string; title?: string; source: { row?: number; url?: string }; error?: { code: string } }[];
    expect(records.map((x) => [x.source.row, x.schema.split('/')[1]])).toEqual([[1, 'document@1'], [2, 'error@1'], [3, 'document@1']]);
    expect(records[0]).toMatchObject({ title: '青石镇中心小学2015年工作计划', type: 'work_plan', source: { url: 'http://example.org/p', format: 'txt' } });
    expect(records[1]?.error?.code).toBe('EMPTY_ROW');
    expect(records[2]).toMatchObject({ type: 'summary_report', title: '河湾社区2014年度工作总结' });
    expect(r.err).toContain(`${join(dir, 'docs.csv')}: EMPTY_ROW: row 2: the text column "full_text" is empty`);
  });

  it('uses a publish date as the issue date only when the text prints none', async () => {
    const signed = `${PLAN_TEXT}\n青石镇中心小学\n2015年1月8日`;
    const dir = tempTree({ 'docs.jsonl': [JSON.stringify({ text: PLAN_TEXT, publish_date: '2015-02-10 09:30:00' }), JSON.stringify({ text: signed, publish_date: '2015-02-10' })].join('\n') });
    const records = ndjson((await run(['-j', '1', join(dir, 'docs.jsonl')])).out) as { issued: { value: string; span: unknown } }[];
    expect(records[0]?.issued).toEqual({ text: '2015-02-10', value: '2015-02-10', span: null });
    expect(records[1]?.issued.value).toBe('2015-01-08');
  });

  it('takes a metadata title only when the text has none', async () => {
    const dir = tempTree({ 'docs.tsv': `title\ttext\n某县教育局2016年工作要点\t一、总体要求 以立德树人为根本任务。二、重点工作 3月底前完成校舍排查。\n` });
    const [record] = ndjson((await run(['-j', '1', join(dir, 'docs.tsv')])).out) as { title: string; facts: { sources: { title: string } } }[];
    expect(record?.title).toBe('某县教育局2016年工作要点');
    expect(record?.facts.sources.title).toBe('metadata');
  });

  it('is a usage error when a table named on the command line has no text column', async () => {
    const dir = tempTree({ 'docs.csv': 'id,wenben\n1,x\n' });
    const r = await run([join(dir, 'docs.csv')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${join(dir, 'docs.csv')}: no text column`);
    expect(r.err).toContain('"id", "wenben"');
    expect(r.err).not.toMatch(/\n\s+at /);
    const given = await run(['-j', '1', '--text-column', 'wenben', join(dir, 'docs.csv')]);
    expect(given.code).toBe(0);
    const wrong = await run(['--text-column', 'body', join(dir, 'docs.csv')]);
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('no column named "body" (--text-column)');
  });

  it('writes one file per row with --out and one manifest entry for the table', async () => {
    const dir = tempTree({ 'in/docs.csv': csv, 'in/plan.txt': PLAN_TEXT });
    const out = join(dir, 'out');
    const r = await run(['-j', '2', '--out', out, join(dir, 'in')]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['docs.row1.json', 'docs.row3.json', 'manifest.json', 'plan.json']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: Record<string, unknown>[] };
    expect(manifest.inputs[0]).toMatchObject({
      status: 'ok',
      documents: 2,
      outputs: ['docs.row1.json', 'docs.row3.json'],
      rows: { count: 3, errors: 1 },
      rowErrors: [{ row: 2, code: 'EMPTY_ROW' }],
    });
    expect(JSON.parse(readFileSync(join(out, 'docs.row3.json'), 'utf8'))).toMatchObject({ source: { row: 3 } });
  });

  it('gives a walked table without a text column an error record, the rest extracted', async () => {
    const dir = tempTree({ 'in/ids.csv': 'id,name\n1,x\n', 'in/plan.txt': PLAN_TEXT });
    const r = await run(['-j', '1', join(dir, 'in')]);
    expect(r.code).toBe(1);
    const records = ndjson(r.out) as { schema: string; error?: { code: string } }[];
    expect(records.map((x) => x.error?.code ?? 'ok')).toEqual(['NO_TEXT_COLUMN', 'ok']);
  });
});
