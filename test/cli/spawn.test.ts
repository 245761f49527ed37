// The built command (node bin/plan-extract …) end to end: streams, exit codes, stderr lines, EPIPE.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { handRecord, ndjson, PLAN, REPORT, tempTree, withoutSummary } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'plan-extract');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

function cli(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? root, input: options.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('plan-extract (spawned)', () => {
  it('prints NDJSON for a folder (worker threads, the default), exit 0, one summary line on stderr', () => {
    const dir = tempTree({ 'a.txt': PLAN, 'sub/b.md': REPORT, '.hidden/c.txt': PLAN });
    const r = cli([dir, '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(ndjson(r.stdout).map((x) => (x.source as { path: string }).path)).toEqual([join(dir, 'a.txt'), join(dir, 'sub/b.md')]);
    expect(r.stderr).toMatch(/^plan-extract: 2 files, 2 documents, 0 errors, 0 cached, [\d.]+ s\n$/);
  });

  it('a batch with a missing file and an unsupported one: the good one written, one line per failure, exit 1', () => {
    const dir = tempTree({ 'good.txt': PLAN, 'data.xlsx': 'x' });
    const r = cli(['-j', '1', join(dir, 'good.txt'), join(dir, 'missing.txt'), join(dir, 'data.xlsx')]);
    expect(r.code).toBe(1);
    expect(ndjson(r.stdout).map((x) => x.schema)).toEqual(['plan-extract/document@1', 'plan-extract/error@1', 'plan-extract/error@1']);
    const lines = withoutSummary(r.stderr).trimEnd().split('\n');
    expect(lines.map((l) => l.split(': ').slice(0, 3).join(': '))).toEqual([
      `plan-extract: ${join(dir, 'missing.txt')}: READ_FAILED`,
      `plan-extract: ${join(dir, 'data.xlsx')}: UNSUPPORTED_FORMAT`,
    ]);
    expect(r.stderr).not.toContain('    at ');
  });

  it('reads standard input with "-"', () => {
    const r = cli(['-', '--no-text'], { input: PLAN });
    expect(r.code).toBe(0);
    const rec = ndjson(r.stdout)[0];
    expect([(rec?.source as { path: string }).path, rec !== undefined && 'text' in rec]).toEqual(['-', false]);
  });

  it('no arguments: help on stderr, nothing on stdout, exit 2', () => {
    const r = cli([]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toContain('Usage: plan-extract');
  });

  it('a bad option value: one readable line, no stack, exit 2', () => {
    const r = cli(['--reference-date', 'soon', 'x.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').length).toBe(1);
    expect(r.stderr).toContain('--reference-date');
  });

  it('--out writes the mirrored tree and a manifest, stdout empty', () => {
    const dir = tempTree({ 'docs/a/x.txt': PLAN, 'docs/y.txt': REPORT });
    const out = join(dir, 'out');
    const r = cli(['--out', out, '--quiet', '-j', '1', join(dir, 'docs')]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { inputs: { outputs: string[] }[] };
    expect(manifest.inputs.map((i) => i.outputs)).toEqual([['a/x.json'], ['y.json']]);
    expect(cli(['validate', out]).code).toBe(0);
  });

  it('schema prints the committed document schema', () => {
    const r = cli(['schema']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(root, 'schemas', 'document.schema.json'), 'utf8'));
  });

  it('validate: 0 valid, 1 invalid, 2 usage', () => {
    const dir = tempTree({ 'ok.ndjson': `${JSON.stringify(handRecord())}\n`, 'bad.ndjson': '{"schema":"plan-extract/document@1"}\n' });
    expect(cli(['validate', join(dir, 'ok.ndjson')]).code).toBe(0);
    const bad = cli(['validate', join(dir, 'bad.ndjson')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, 'bad.ndjson')}:1: invalid record`);
    expect(cli(['validate']).code).toBe(2);
  });

  it('a reader that goes away (| head) ends the run quietly', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`d/f${String(i).padStart(3, '0')}.txt`] = PLAN;
    const dir = tempTree(files);
    const child = spawn(process.execPath, [bin, '--quiet', join(dir, 'd')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect([code, stderr]).toEqual([0, '']);
  });
});
