import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPS, errorLine, isValidReferenceDate, run, warningLine, type RunDeps } from '../../src/cli/run.js';
import type { OutputRecord } from '../../src/schema/document.js';
import { handRecord, PLAN, REPORT, tempTree } from './helpers.js';

const paths = (records: readonly OutputRecord[]): string[] => records.map((r) => r.source.path);
const codes = (records: readonly OutputRecord[]): string[] =>
  records.flatMap((r) => (r.schema === 'plan-extract/error@1' ? [r.error.code] : []));

/** Deps whose extractFile answers from a table (path → records or an exception). */
function fakeDeps(table: Record<string, OutputRecord[] | Error>): RunDeps {
  return {
    ...DEFAULT_DEPS,
    extractFile: async (path) => {
      const answer = table[path];
      if (answer instanceof Error) throw answer;
      return answer ?? [];
    },
  };
}

describe('isValidReferenceDate', () => {
  it('accepts a year', () => expect(isValidReferenceDate('2014')).toBe(true));
  it('accepts a month', () => expect(isValidReferenceDate('2014-03')).toBe(true));
  it('accepts a day', () => expect(isValidReferenceDate('2014-03-31')).toBe(true));
  it('accepts 29 February of a leap year', () => expect(isValidReferenceDate('2016-02-29')).toBe(true));
  it('rejects 29 February of another year', () => expect(isValidReferenceDate('2015-02-29')).toBe(false));
  it('rejects month 13', () => expect(isValidReferenceDate('2014-13')).toBe(false));
  it('rejects month 00', () => expect(isValidReferenceDate('2014-00')).toBe(false));
  it('rejects day 31 of April', () => expect(isValidReferenceDate('2014-04-31')).toBe(false));
  it('rejects a one-digit month', () => expect(isValidReferenceDate('2014-3')).toBe(false));
  it('rejects words', () => expect(isValidReferenceDate('last year')).toBe(false));
  it('rejects a two-digit year', () => expect(isValidReferenceDate('14')).toBe(false));
});

describe('stderr lines', () => {
  it('an error line names the file and the code', () =>
    expect(errorLine('reports/bad.pdf', 'PDF_ENCRYPTED', 'the PDF is password-protected')).toBe(
      'plan-extract: reports/bad.pdf: PDF_ENCRYPTED: the PDF is password-protected',
    ));
  it('an error line is one line', () => expect(errorLine('a.txt', 'INTERNAL_ERROR', 'x\n  y')).toBe('plan-extract: a.txt: INTERNAL_ERROR: x; y'));
  it('a warning line counts codes', () =>
    expect(warningLine('a.txt', ['REDACTED_YEAR', 'LOW_CONFIDENCE_TYPE', 'REDACTED_YEAR'])).toBe(
      'plan-extract: a.txt: 3 warnings: REDACTED_YEAR x2, LOW_CONFIDENCE_TYPE',
    ));
  it('a single warning is singular', () => expect(warningLine('a.txt', ['X'])).toBe('plan-extract: a.txt: 1 warning: X'));
});

describe('run: inputs', () => {
  it('extracts one file with exit code 0', async () => {
    const root = tempTree({ 'plan.txt': PLAN });
    const result = await run({ paths: [join(root, 'plan.txt')] });
    expect(result.exitCode).toBe(0);
    expect(paths(result.records)).toEqual([join(root, 'plan.txt')]);
    expect(result.records[0]?.schema).toBe('plan-extract/document@1');
  });

  it('walks a folder sorted, skipping hidden entries and unsupported extensions', async () => {
    const root = tempTree({
      'b.txt': PLAN,
      'a/z.md': REPORT,
      'a/c.txt': PLAN,
      '.hidden.txt': PLAN,
      '.git/x.txt': PLAN,
      'notes.xlsx': 'a,b',
      'image.png': 'x',
    });
    const result = await run({ paths: [root] });
    expect(result.exitCode).toBe(0);
    expect(paths(result.records).map((p) => relative(root, p))).toEqual(['a/c.txt', 'a/z.md', 'b.txt']);
  });

  it('keeps relative paths relative', async () => {
    const root = tempTree({ 'docs/p.txt': PLAN });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const result = await run({ paths: ['docs'] });
      expect(paths(result.records)).toEqual(['docs/p.txt']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('reports a file named explicitly with an unsupported extension', async () => {
    const root = tempTree({ 'notes.xlsx': 'a,b' });
    const file = join(root, 'notes.xlsx');
    const result = await run({ paths: [file] });
    expect(result.exitCode).toBe(1);
    expect(codes(result.records)).toEqual(['UNSUPPORTED_FORMAT']);
    expect(result.messages.map((m) => m.text.split(': ').slice(0, 3).join(': '))).toEqual([`plan-extract: ${file}: UNSUPPORTED_FORMAT`]);
  });

  it('a missing file fails alone: the good files are still extracted, exit 1', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'c.txt': REPORT });
    const missing = join(root, 'b.txt');
    const result = await run({ paths: [join(root, 'a.txt'), missing, join(root, 'c.txt')] });
    expect(result.exitCode).toBe(1);
    expect(paths(result.records)).toEqual([join(root, 'a.txt'), missing, join(root, 'c.txt')]);
    expect(codes(result.records)).toEqual(['READ_FAILED']);
    const errors = result.messages.filter((m) => m.level === 'error');
    expect(errors.length).toBe(1);
    expect(errors[0]?.text.startsWith(`plan-extract: ${missing}: READ_FAILED: `)).toBe(true);
  });

  it('one error line per failed file', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'x.xlsx': '', 'y.xlsx': '' });
    const result = await run({ paths: [root, join(root, 'x.xlsx'), join(root, 'y.xlsx'), join(root, 'nope.txt')] });
    expect(result.messages.filter((m) => m.level === 'error').map((m) => m.path)).toEqual([
      join(root, 'x.xlsx'),
      join(root, 'y.xlsx'),
      join(root, 'nope.txt'),
    ]);
  });

  it('the same file named twice is extracted once', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const result = await run({ paths: [root, join(root, 'a.txt')] });
    expect(result.records.length).toBe(1);
  });

  it('a folder with no supported files gives a warning and exit 0', async () => {
    const root = tempTree({ 'x.xlsx': '' });
    const result = await run({ paths: [root] });
    expect(result.exitCode).toBe(0);
    expect(result.records).toEqual([]);
    expect(result.messages.map((m) => m.level)).toEqual(['warning']);
  });

  it('reads standard input as txt named "-"', async () => {
    const deps: RunDeps = { ...DEFAULT_DEPS, readStdin: async () => new TextEncoder().encode(PLAN) };
    const result = await run({ paths: ['-'] }, {}, deps);
    expect(result.exitCode).toBe(0);
    expect(result.records.map((r) => [r.source.path, r.source.format])).toEqual([['-', 'txt']]);
  });

  it('reads standard input in the --stdin-format given', async () => {
    const deps: RunDeps = { ...DEFAULT_DEPS, readStdin: async () => new TextEncoder().encode(`# 标题\n\n${PLAN}`) };
    const result = await run({ paths: ['-'], stdinFormat: 'md' }, {}, deps);
    expect(result.records[0]?.source.format).toBe('md');
  });

  it('a failing standard input read is a READ_FAILED record', async () => {
    const deps: RunDeps = {
      ...DEFAULT_DEPS,
      readStdin: async () => {
        throw new Error('EIO');
      },
    };
    const result = await run({ paths: ['-'] }, {}, deps);
    expect(result.exitCode).toBe(1);
    expect(codes(result.records)).toEqual(['READ_FAILED']);
  });
});

describe('run: options', () => {
  it('includeText false drops text', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const result = await run({ paths: [join(root, 'a.txt')], includeText: false });
    expect(result.records[0] !== undefined && 'text' in result.records[0]).toBe(false);
  });

  it('text is kept by default', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const result = await run({ paths: [join(root, 'a.txt')] });
    const r = result.records[0];
    expect(r?.schema === 'plan-extract/document@1' && typeof r.text).toBe('string');
  });

  it('type summary_report forces the type', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const result = await run({ paths: [join(root, 'a.txt')], type: 'summary_report' });
    const r = result.records[0];
    expect(r?.schema === 'plan-extract/document@1' && r.type).toBe('summary_report');
  });

  it('type work_plan forces the type', async () => {
    const root = tempTree({ 'a.txt': REPORT });
    const result = await run({ paths: [join(root, 'a.txt')], type: 'work_plan' });
    const r = result.records[0];
    expect(r?.schema === 'plan-extract/document@1' && r.type).toBe('work_plan');
  });

  it('a bad reference date is a usage error (exit 2, nothing extracted)', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const result = await run({ paths: [join(root, 'a.txt')], referenceDate: '2014/3' });
    expect(result.exitCode).toBe(2);
    expect(result.records).toEqual([]);
    expect(result.messages[0]?.text).toContain('--reference-date');
  });

  it('a good reference date is accepted', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    expect((await run({ paths: [join(root, 'a.txt')], referenceDate: '2015-03' })).exitCode).toBe(0);
  });

  it('no paths is a usage error', async () => expect((await run({ paths: [] })).exitCode).toBe(2));

  it('"-" twice is a usage error', async () => expect((await run({ paths: ['-', '-'] })).exitCode).toBe(2));

  it('keepRecords false returns no records but still streams them', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': REPORT });
    const seen: string[] = [];
    const result = await run({ paths: [root], keepRecords: false }, { onOutput: (line) => (seen.push((JSON.parse(line) as OutputRecord).source.path), true) });
    expect(result.records).toEqual([]);
    expect(seen.map((p) => relative(root, p))).toEqual(['a.txt', 'b.txt']);
  });

  it('stops when the reader goes away', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': PLAN, 'c.txt': PLAN });
    let calls = 0;
    const result = await run({ paths: [root] }, { onOutput: () => (calls++, false) });
    expect([calls, result.stopped]).toEqual([1, true]);
  });

  it('reports progress after each input, with the running counts', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': PLAN, 'c.md': '' });
    const seen: string[] = [];
    await run({ paths: [root, join(root, 'c.md')] }, { onProgress: (p) => seen.push(`${p.done}/${p.total} ${p.documents} ${p.errors} ${p.cached}`) });
    expect(seen).toEqual(['1/3 1 0 0', '2/3 2 0 0', '3/3 2 1 0']);
  });
});

describe('run: bugs become INTERNAL_ERROR records', () => {
  it('an exception in one file is an INTERNAL_ERROR record naming it; the batch goes on', async () => {
    const deps = fakeDeps({ 'a.txt': new Error('boom in sections'), 'b.txt': [handRecord('b.txt')] });
    const result = await run({ paths: ['a.txt', 'b.txt'] }, {}, deps);
    expect(result.exitCode).toBe(1);
    expect(paths(result.records)).toEqual(['a.txt', 'b.txt']);
    const first = result.records[0];
    expect(first?.schema === 'plan-extract/error@1' && first.error.code).toBe('INTERNAL_ERROR');
    expect(first?.schema === 'plan-extract/error@1' && first.error.message).toContain('boom in sections');
  });

  it('a record failing the schema becomes an INTERNAL_ERROR with the zod message', async () => {
    const broken = { ...handRecord('a.txt'), title: 42 } as unknown as OutputRecord;
    const result = await run({ paths: ['a.txt'] }, {}, fakeDeps({ 'a.txt': [broken] }));
    expect(result.exitCode).toBe(1);
    const r = result.records[0];
    expect(r?.schema === 'plan-extract/error@1' && r.error.code).toBe('INTERNAL_ERROR');
    expect(r?.schema === 'plan-extract/error@1' && r.error.message).toContain('→ at title');
    expect(result.messages.filter((m) => m.level === 'error').length).toBe(1);
    expect(result.messages[0]?.text.includes('\n')).toBe(false);
  });

  it('one bad part fails the whole file', async () => {
    const good = handRecord('a.txt');
    const bad = { ...good, metrics: [{ text: '' }] } as unknown as OutputRecord;
    const result = await run({ paths: ['a.txt'] }, {}, fakeDeps({ 'a.txt': [good, bad] }));
    expect(result.records.length).toBe(1);
    expect(codes(result.records)).toEqual(['INTERNAL_ERROR']);
  });

  it('warnings are summarised in one line per file', async () => {
    const r = { ...handRecord('a.txt'), warnings: [{ code: 'REDACTED_YEAR', message: 'XX年' }, { code: 'REDACTED_YEAR', message: 'xx年' }] };
    const result = await run({ paths: ['a.txt'] }, {}, fakeDeps({ 'a.txt': [r] }));
    expect(result.exitCode).toBe(0);
    expect(result.messages.map((m) => [m.level, m.text])).toEqual([['warning', 'plan-extract: a.txt: 2 warnings: REDACTED_YEAR x2']]);
  });
});

describe('run: --out', () => {
  it('mirrors the input tree under the folder given', async () => {
    const root = tempTree({ 'docs/a/x.txt': PLAN, 'docs/b.txt': REPORT });
    const out = join(root, 'out');
    const result = await run({ paths: [join(root, 'docs')], outDir: out, toolVersion: '9.9.9' });
    expect(result.exitCode).toBe(0);
    expect(existsSync(join(out, 'a/x.json'))).toBe(true);
    expect(existsSync(join(out, 'b.json'))).toBe(true);
    const written = JSON.parse(readFileSync(join(out, 'a/x.json'), 'utf8')) as OutputRecord;
    expect(written.source.path).toBe(join(root, 'docs/a/x.txt'));
  });

  it('writes a manifest listing every input with its status', async () => {
    const root = tempTree({ 'docs/a/x.txt': PLAN, 'docs/c.xlsx': '' });
    const out = join(root, 'out');
    const result = await run({ paths: [join(root, 'docs'), join(root, 'docs/c.xlsx')], outDir: out, toolVersion: '9.9.9' });
    expect(result.exitCode).toBe(1);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as unknown;
    expect(manifest).toEqual(result.manifest);
    expect(result.manifest?.tool).toEqual({ name: 'plan-extract', version: '9.9.9' });
    expect(result.manifest?.counts).toEqual({ inputs: 2, ok: 1, error: 1, documents: 1, cached: 0 });
    expect(result.manifest?.inputs.map((e) => [relative(root, e.path), e.status, e.documents, e.outputs, e.error?.code])).toEqual([
      ['docs/a/x.txt', 'ok', 1, ['a/x.json'], undefined],
      ['docs/c.xlsx', 'error', 0, [], 'UNSUPPORTED_FORMAT'],
    ]);
  });

  it('says nothing through onOutput (stdout stays empty); the summary is data', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    let calls = 0;
    const result = await run({ paths: [join(root, 'a.txt')], outDir: join(root, 'out') }, { onOutput: () => (calls++, true) });
    expect(calls).toBe(0);
    expect(result.messages).toEqual([]);
    expect({ ...result.summary, seconds: 0 }).toEqual({ files: 1, documents: 1, errors: 0, cached: 0, pages: 0, seconds: 0, workers: 0 });
  });

  it('names several documents of one file x.part1.json, x.part2.json', async () => {
    const root = tempTree({});
    const out = join(root, 'out');
    const deps = fakeDeps({ [join(root, 'x.txt')]: [handRecord('x.txt'), handRecord('x.txt')] });
    const result = await run({ paths: [join(root, 'x.txt')], outDir: out }, {}, deps);
    expect(result.manifest?.inputs[0]?.outputs).toEqual(['x.part1.json', 'x.part2.json']);
    expect(existsSync(join(out, 'x.part2.json'))).toBe(true);
  });

  it('x.txt and x.md in one folder do not overwrite each other', async () => {
    const root = tempTree({ 'd/x.txt': PLAN, 'd/x.md': REPORT });
    const result = await run({ paths: [join(root, 'd')], outDir: join(root, 'out') });
    expect(result.manifest?.inputs.map((e) => e.outputs)).toEqual([['x.json'], ['x.txt.json']]);
  });

  it('an input called manifest does not overwrite manifest.json', async () => {
    const root = tempTree({ 'd/manifest.txt': PLAN });
    const result = await run({ paths: [join(root, 'd')], outDir: join(root, 'out') });
    expect(result.manifest?.inputs[0]?.outputs).toEqual(['manifest.txt.json']);
  });

  it('files from different folders are placed relative to their common base', async () => {
    const root = tempTree({ 'p/q/a.txt': PLAN, 'p/r/b.txt': REPORT });
    const result = await run({ paths: [join(root, 'p/q/a.txt'), join(root, 'p/r/b.txt')], outDir: join(root, 'out') });
    expect(result.manifest?.inputs.map((e) => e.outputs)).toEqual([['q/a.json'], ['r/b.json']]);
  });

  it('inputs reached through ../ stay inside the output folder', async () => {
    const root = tempTree({ 'a/x.txt': PLAN, 'b/y.txt': REPORT });
    const out = join(root, 'a', 'out');
    const cwd = process.cwd();
    process.chdir(join(root, 'a'));
    try {
      const result = await run({ paths: ['../b/y.txt', 'x.txt', '../a/../b'], outDir: 'out' });
      const outputs = result.manifest?.inputs.flatMap((e) => e.outputs) ?? [];
      expect(outputs).toEqual(['b/y.json', 'a/x.json']);
      for (const o of outputs) expect(existsSync(join(out, o))).toBe(true);
      expect(outputs.every((o) => !o.includes('..'))).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('absolute inputs stay inside the output folder', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const out = join(root, 'out');
    const result = await run({ paths: [join(root, 'a.txt')], outDir: out });
    expect(result.manifest?.inputs[0]?.outputs).toEqual(['a.json']);
    expect(existsSync(join(out, 'a.json'))).toBe(true);
  });

  it('standard input is written as stdin.json', async () => {
    const root = tempTree({});
    const deps: RunDeps = { ...DEFAULT_DEPS, readStdin: async () => new TextEncoder().encode(PLAN) };
    const result = await run({ paths: ['-'], outDir: join(root, 'out') }, {}, deps);
    expect(result.manifest?.inputs[0]?.outputs).toEqual(['stdin.json']);
  });

  it('an --out that is a file is a usage error', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'taken': 'x' });
    const result = await run({ paths: [join(root, 'a.txt')], outDir: join(root, 'taken') });
    expect(result.exitCode).toBe(2);
    expect(result.messages[0]?.text).toContain('--out');
  });

  it('an --out that cannot be created is a usage error', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'file': 'x' });
    writeFileSync(join(root, 'file'), 'x');
    const result = await run({ paths: [join(root, 'a.txt')], outDir: join(root, 'file', 'sub') });
    expect(result.exitCode).toBe(2);
  });
});

describe('run: --csv metrics', () => {
  it('builds one table for the batch, header first, with a BOM', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': REPORT });
    const result = await run({ paths: [root], csv: 'metrics' });
    expect(result.csv?.startsWith('\ufefffile,part,section id,section title,label,value,max,unit')).toBe(true);
    const rows = (result.csv ?? '').trim().split('\r\n');
    const metricCount = result.records.reduce((n, r) => n + (r.schema === 'plan-extract/document@1' ? r.metrics.length : 0), 0);
    expect(metricCount).toBeGreaterThan(0);
    expect(rows.length).toBe(metricCount + 1);
  });
  it('is null when no table is asked for', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    expect((await run({ paths: [root] })).csv).toBeNull();
  });
  it('with --out it is written as metrics.csv beside the manifest', async () => {
    const root = tempTree({ 'in/a.txt': PLAN });
    const out = join(root, 'out');
    const result = await run({ paths: [join(root, 'in')], outDir: out, csv: 'metrics' });
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(result.csv);
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });
});

describe('run: --csv tables', () => {
  const TABLED = '某校2024年工作总结\n一、基本情况\n项目\t数量\t投资(万元)\n校舍维修\t37处\t120\n操场改造\t2处\t80\n二、存在问题\n经费不足。\n';
  it('one row per table cell, a BOM and the header first', async () => {
    const root = tempTree({ 'a.txt': TABLED });
    const result = await run({ paths: [root], csv: 'tables' });
    const rows = (result.csv ?? '').replace(/^\ufeff/, '').trim().split('\r\n');
    expect(rows[0]).toBe('file,part,table id,caption,row header,column header,text,value,unit');
    expect(rows).toHaveLength(5);
    expect(rows[1]?.endsWith(',t1,基本情况,校舍维修,数量,37处,37,处')).toBe(true);
  });
  it('with --out it is written as tables.csv beside the manifest', async () => {
    const root = tempTree({ 'in/a.txt': TABLED });
    const out = join(root, 'out');
    const result = await run({ paths: [join(root, 'in')], outDir: out, csv: 'tables' });
    expect(readFileSync(join(out, 'tables.csv'), 'utf8')).toBe(result.csv);
  });
});
