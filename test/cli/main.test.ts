// The commander layer run in-process with a fake terminal: options, subcommands, exit codes, stdout shape.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, toolVersion } from '../../src/cli/main.js';
import { jsonSchemaText } from '../../src/schema/json.js';
import { fakeIo, handRecord, ndjson, PLAN, REPORT, tempTree, withoutSummary } from './helpers.js';

const argv = (...args: string[]): string[] => ['node', 'plan-extract', ...args];

describe('cli: extraction', () => {
  it('prints NDJSON, one record per line, nothing else on stdout', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': REPORT });
    const io = fakeIo();
    expect(await cli(argv(root), io)).toBe(0);
    const lines = io.stdoutText().split('\n');
    expect(lines.length).toBe(3);
    expect(lines[2]).toBe('');
    expect(ndjson(io.stdoutText()).map((r) => r.schema)).toEqual(['plan-extract/document@1', 'plan-extract/document@1']);
  });

  it('--pretty prints one indented JSON array', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': REPORT });
    const io = fakeIo();
    expect(await cli(argv('--pretty', root), io)).toBe(0);
    const text = io.stdoutText();
    expect(text.startsWith('[\n  {\n    "schema": "plan-extract/document@1"')).toBe(true);
    expect(text.endsWith('\n]\n')).toBe(true);
    const parsed = JSON.parse(text) as { source: { path: string } }[];
    expect(parsed.map((r) => r.source.path)).toEqual([join(root, 'a.txt'), join(root, 'b.txt')]);
  });

  it('--pretty with nothing to print is an empty array', async () => {
    const root = tempTree({ 'x.xlsx': '' });
    const io = fakeIo();
    await cli(argv('--pretty', root), io);
    expect(io.stdoutText()).toBe('[]\n');
  });

  it('-p is --pretty', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const io = fakeIo();
    await cli(argv('-p', join(root, 'a.txt')), io);
    expect(Array.isArray(JSON.parse(io.stdoutText()))).toBe(true);
  });

  it('--no-text drops the text field', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const io = fakeIo();
    await cli(argv('--no-text', join(root, 'a.txt')), io);
    expect('text' in (ndjson(io.stdoutText())[0] ?? { text: 1 })).toBe(false);
  });

  it('--type summary_report forces the type', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const io = fakeIo();
    await cli(argv('--type', 'summary_report', join(root, 'a.txt')), io);
    expect(ndjson(io.stdoutText())[0]?.type).toBe('summary_report');
  });

  it('reads "-" from standard input', async () => {
    const io = fakeIo({ stdin: REPORT });
    expect(await cli(argv('-', '--type', 'summary_report'), io)).toBe(0);
    const r = ndjson(io.stdoutText())[0] as { source: { path: string; format: string } } | undefined;
    expect([r?.source.path, r?.source.format]).toEqual(['-', 'txt']);
  });

  it('--stdin-format md', async () => {
    const io = fakeIo({ stdin: PLAN });
    await cli(argv('--stdin-format', 'md', '-'), io);
    expect((ndjson(io.stdoutText())[0] as { source: { format: string } } | undefined)?.source.format).toBe('md');
  });

  it('--out writes files, keeps stdout empty and prints a summary on stderr', async () => {
    const root = tempTree({ 'docs/a/x.txt': PLAN });
    const out = join(root, 'out');
    const io = fakeIo();
    expect(await cli(argv('--out', out, join(root, 'docs')), io)).toBe(0);
    expect(io.stdoutText()).toBe('');
    expect(io.stderrText()).toMatch(new RegExp(`^plan-extract: 1 file, 1 document, 0 errors, 0 cached, [\\d.]+ s → ${out}\n$`));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { tool: { version: string } };
    expect(manifest.tool.version).toBe(toolVersion());
  });

  it('--quiet hides the summary', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const io = fakeIo();
    await cli(argv('-q', '--out', join(root, 'out'), join(root, 'a.txt')), io);
    expect(io.stderrText()).toBe('');
  });

  it('a failed input: error record on stdout, one line on stderr naming it, exit 1', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'bad.xlsx': 'x' });
    const io = fakeIo();
    expect(await cli(argv(join(root, 'a.txt'), join(root, 'bad.xlsx')), io)).toBe(1);
    const records = ndjson(io.stdoutText());
    expect(records.map((r) => r.schema)).toEqual(['plan-extract/document@1', 'plan-extract/error@1']);
    const lines = withoutSummary(io.stderrText()).trimEnd().split('\n');
    expect(lines.length).toBe(1);
    expect(lines[0]?.startsWith(`plan-extract: ${join(root, 'bad.xlsx')}: UNSUPPORTED_FORMAT: `)).toBe(true);
  });

  it('--quiet still prints errors', async () => {
    const root = tempTree({});
    const io = fakeIo();
    expect(await cli(argv('-q', join(root, 'gone.txt')), io)).toBe(1);
    expect(io.stderrText()).toContain('READ_FAILED');
  });

  it('shows a progress bar on a TTY only, clears it, then one summary line', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': PLAN });
    const tty = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await cli(argv(root), tty);
    expect(tty.stderrText()).toContain('] 2/2 files · 2 documents · ');
    expect(tty.stderrText()).toMatch(/\r\x1b\[K\x1b\[2mplan-extract: 2 files|\r\x1b\[Kplan-extract: 2 files/);
    expect(tty.stderrText().trimEnd().split('\n').length).toBe(1);
    const pipe = fakeIo();
    await cli(argv(root), pipe);
    expect(pipe.stderrText()).toMatch(/^plan-extract: 2 files, 2 documents, 0 errors, 0 cached, [\d.]+ s\n$/);
  });

  it('--quiet drops the progress bar and the summary', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': PLAN });
    const tty = fakeIo({ tty: true });
    await cli(argv('--quiet', root), tty);
    expect(tty.stderrText()).toBe('');
  });

  it('NO_COLOR: no colour codes in the bar or the summary, on a terminal too', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'gone.txt': PLAN });
    const io = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await cli(argv(root, join(root, 'nothing.txt')), io);
    expect(io.stderrText()).toContain('files/s');
    expect(io.stderrText()).not.toMatch(/\x1b\[[0-9;]*m/);
    const coloured = fakeIo({ tty: true, env: { FORCE_COLOR: '1' } });
    await cli(argv(root, join(root, 'nothing.txt')), coloured);
    expect(coloured.stderrText()).toMatch(/\x1b\[[0-9;]*m/);
  });

  it('PLAN_EXTRACT_STATS=1 adds one JSON line of figures (peak RSS among them), even with --quiet', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    const io = fakeIo({ env: { PLAN_EXTRACT_STATS: '1' } });
    await cli(argv('-q', join(root, 'a.txt')), io);
    const line = io.stderrText().trim();
    expect(line.startsWith('plan-extract stats: ')).toBe(true);
    const stats = JSON.parse(line.slice('plan-extract stats: '.length)) as Record<string, number>;
    expect([stats.files, stats.documents, stats.errors]).toEqual([1, 1, 0]);
    expect(stats.maxRssMB).toBeGreaterThan(10);
  });

  it('colours stderr only when asked', async () => {
    const root = tempTree({});
    const plain = fakeIo({ tty: true, env: { NO_COLOR: '1' } });
    await cli(argv(join(root, 'gone.txt')), plain);
    expect(plain.stderrText().includes('\x1b[31m')).toBe(false);
    const forced = fakeIo({ env: { FORCE_COLOR: '1' } });
    await cli(argv(join(root, 'gone.txt')), forced);
    expect(forced.stderrText().includes('\x1b[31m')).toBe(true);
  });
});

describe('cli: usage errors exit 2', () => {
  it('no arguments: help on stderr', async () => {
    const io = fakeIo();
    expect(await cli(argv(), io)).toBe(2);
    expect(io.stdoutText()).toBe('');
    expect(io.stderrText()).toContain('Usage: plan-extract');
  });
  it('an unknown option', async () => expect(await cli(argv('--bogus', 'a.txt'), fakeIo())).toBe(2));
  it('a bad --type', async () => {
    const io = fakeIo();
    expect(await cli(argv('--type', 'memo', 'a.txt'), io)).toBe(2);
    expect(io.stderrText()).toContain('auto, work_plan, summary_report');
  });
  it('a bad --reference-date', async () => expect(await cli(argv('--reference-date', '2014-13-01', 'a.txt'), fakeIo())).toBe(2));
  it('a bad --stdin-format', async () => expect(await cli(argv('--stdin-format', 'rtf', '-'), fakeIo())).toBe(2));
  it('an --out that is a file', async () => {
    const root = tempTree({ 'a.txt': PLAN, f: 'x' });
    const io = fakeIo();
    expect(await cli(argv('--out', join(root, 'f'), join(root, 'a.txt')), io)).toBe(2);
    expect(io.stderrText()).toContain('--out');
  });
  it('a good --reference-date is accepted', async () => {
    const root = tempTree({ 'a.txt': PLAN });
    expect(await cli(argv('--reference-date', '2016-02-29', join(root, 'a.txt')), fakeIo())).toBe(0);
  });
});

describe('cli: help and version', () => {
  it('--help on stdout with examples, exit 0', async () => {
    const io = fakeIo();
    expect(await cli(argv('--help'), io)).toBe(0);
    expect(io.stdoutText()).toContain('Examples:');
  });
  it('--version prints the package version', async () => {
    const io = fakeIo();
    expect(await cli(argv('--version'), io)).toBe(0);
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(io.stdoutText()).toBe(`${pkg.version}\n`);
  });
});

describe('cli: schema', () => {
  it('prints the document schema by default', async () => {
    const io = fakeIo();
    expect(await cli(argv('schema'), io)).toBe(0);
    expect(io.stdoutText()).toBe(jsonSchemaText('document'));
  });
  it('prints the error schema', async () => {
    const io = fakeIo();
    await cli(argv('schema', 'error'), io);
    expect(io.stdoutText()).toBe(jsonSchemaText('error'));
  });
  it('an unknown name exits 2', async () => {
    const io = fakeIo();
    expect(await cli(argv('schema', 'metric'), io)).toBe(2);
    expect(io.stdoutText()).toBe('');
  });
});

describe('cli: validate', () => {
  it('valid NDJSON exits 0', async () => {
    const root = tempTree({ 'r.ndjson': `${JSON.stringify(handRecord())}\n${JSON.stringify(handRecord('b.txt'))}\n` });
    const io = fakeIo();
    expect(await cli(argv('validate', join(root, 'r.ndjson')), io)).toBe(0);
    expect(io.stderrText()).toBe('plan-extract validate: 2 records in 1 file, all valid\n');
  });
  it('an invalid record exits 1 with file:line', async () => {
    const bad = { ...handRecord(), period: { start: '2016年' } };
    const file = join(tempTree({}), 'r.ndjson');
    writeFileSync(file, `${JSON.stringify(handRecord())}\n${JSON.stringify(bad)}\n`);
    const io = fakeIo();
    expect(await cli(argv('validate', file), io)).toBe(1);
    expect(io.stderrText()).toContain(`${file}:2: invalid record:`);
    expect(io.stderrText()).toContain('→ at period.start');
  });
  it('a file that is not JSON exits 1', async () => {
    const root = tempTree({ 'x.json': 'hello\n' });
    const io = fakeIo();
    expect(await cli(argv('validate', join(root, 'x.json')), io)).toBe(1);
    expect(io.stderrText()).toContain(`${join(root, 'x.json')}:1: not JSON`);
  });
  it('no files exits 2', async () => expect(await cli(argv('validate'), fakeIo())).toBe(2));
  it('a missing file exits 2', async () => expect(await cli(argv('validate', '/nonexistent/r.ndjson'), fakeIo())).toBe(2));
  it('validates what the extractor printed', async () => {
    const root = tempTree({ 'a.txt': PLAN, 'b.txt': REPORT });
    const io = fakeIo();
    await cli(argv('--pretty', root), io);
    writeFileSync(join(root, 'out.json'), io.stdoutText());
    expect(await cli(argv('validate', join(root, 'out.json')), fakeIo())).toBe(0);
  });
  it('validates an --out folder, manifest included', async () => {
    const root = tempTree({ 'd/a.txt': PLAN, 'd/b.txt': REPORT });
    await cli(argv('-q', '--out', join(root, 'out'), join(root, 'd')), fakeIo());
    const io = fakeIo();
    expect(await cli(argv('validate', join(root, 'out')), io)).toBe(0);
    expect(io.stderrText()).toBe('plan-extract validate: 3 records in 3 files, all valid\n');
  });
});

describe('cli: validate from standard input', () => {
  it('"-" reads records from standard input', async () => {
    const io = fakeIo({ stdin: `${JSON.stringify(handRecord())}\n` });
    expect(await cli(argv('validate', '-'), io)).toBe(0);
    expect(io.stderrText()).toBe('plan-extract validate: 1 record in 1 file, all valid\n');
  });
  it('an invalid record from standard input is reported as -:line', async () => {
    const io = fakeIo({ stdin: `\n${JSON.stringify({ ...handRecord(), script: 'latin' })}\n` });
    expect(await cli(argv('validate', '-'), io)).toBe(1);
    expect(io.stderrText().startsWith('-:2: invalid record:')).toBe(true);
  });
});
