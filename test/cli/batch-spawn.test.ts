// The built command as a batch: a run killed with SIGKILL and run again, what the fast paths load,
// and usage errors of the batch options (exit 2, one line, no stack).
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesUnder, PLAN, REPORT, tempTree } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'plan-extract');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };

function cli(args: string[], options: { input?: string; nodeArgs?: string[] } = {}) {
  const r = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], { cwd: root, input: options.input ?? '', encoding: 'utf8', env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('a batch killed halfway (SIGKILL)', () => {
  it('leaves no half-written file, and the next run completes it identically to a clean run', async () => {
    const dir = tempTree({});
    const input = join(dir, 'in');
    const samples = readdirSync(join(root, 'samples')).filter((f) => /\.(txt|md)$/.test(f));
    for (let i = 0; i < 15; i++) {
      mkdirSync(join(input, `batch${String(i).padStart(2, '0')}`), { recursive: true });
      for (const f of samples) copyFileSync(join(root, 'samples', f), join(input, `batch${String(i).padStart(2, '0')}`, f));
    }
    const total = 15 * samples.length;
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [bin, '--quiet', '--jobs', '2', '--out', out, input], { env, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    let seen = 0;
    while (seen < 12) {
      await new Promise((r) => setTimeout(r, 20));
      seen = existsSync(out) ? filesUnder(out).filter((f) => f.endsWith('.json') && !f.startsWith('.')).length : 0;
    }
    child.kill('SIGKILL');
    await exited;
    expect(existsSync(join(out, 'manifest.json'))).toBe(false); // really killed halfway
    const killed = filesUnder(out).filter((f) => !f.startsWith('.plan-extract/'));
    expect(killed.length).toBeLessThan(total);
    for (const f of killed) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')) as unknown).not.toThrow();

    const rerun = cli(['--jobs', '2', '--out', out, input]);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${total} files, \\d+ documents, 0 errors, (\\d+) cached`));
    const cached = Number(/, (\d+) cached/.exec(rerun.stderr)?.[1]);
    expect(cached).toBeGreaterThanOrEqual(killed.length - 4); // the work finished before the kill was reused

    const clean = join(dir, 'clean');
    expect(cli(['--quiet', '--jobs', '1', '--out', clean, input]).code).toBe(0);
    expect(filesUnder(out)).toEqual(filesUnder(clean)); // no *.tmp, no journal left
    for (const f of filesUnder(clean).filter((x) => x !== 'manifest.json')) expect(readFileSync(join(out, f), 'utf8')).toBe(readFileSync(join(clean, f), 'utf8'));
    const strip = (text: string): unknown => {
      const m = JSON.parse(text) as { counts: object; inputs: object[] };
      return { ...m, counts: { ...m.counts, cached: 0 }, inputs: m.inputs.map((e) => ({ ...e, cached: false })) };
    };
    expect(strip(readFileSync(join(out, 'manifest.json'), 'utf8'))).toEqual(strip(readFileSync(join(clean, 'manifest.json'), 'utf8')));
  }, 240_000);
});

describe('fast paths load no pipeline', () => {
  // fails any import of nodejieba, opencc-js or pdfjs-dist, CommonJS or ESM
  const guard = (): string => {
    const dir = tempTree({
      'guard.mjs': [
        "import Module, { register } from 'node:module';",
        'const banned = /nodejieba|opencc-js|pdfjs-dist/;',
        'const load = Module._load;',
        "Module._load = function (request, ...rest) { if (banned.test(request)) throw new Error('BANNED ' + request); return load.call(this, request, ...rest); };",
        "register('data:text/javascript,' + encodeURIComponent('export async function resolve(s, c, next) { if (/nodejieba|opencc-js|pdfjs-dist/.test(s)) throw new Error(\"BANNED \" + s); return next(s, c); }'));",
      ].join('\n'),
      'a.txt': PLAN,
      'r.ndjson': '',
    });
    return dir;
  };

  it('--version, --help, schema, validate and merge run without them', () => {
    const dir = guard();
    const nodeArgs = ['--import', join(dir, 'guard.mjs')];
    expect(cli(['--version'], { nodeArgs })).toMatchObject({ code: 0 });
    expect(cli(['--help'], { nodeArgs })).toMatchObject({ code: 0 });
    expect(cli(['schema'], { nodeArgs }).code).toBe(0);
    expect(cli(['schema', 'error'], { nodeArgs }).code).toBe(0);
    expect(cli(['validate', join(dir, 'r.ndjson')], { nodeArgs }).code).toBe(0);
    expect(cli(['merge', '--out', join(dir, 'm'), join(dir, 'nothing')], { nodeArgs }).code).toBe(2);
  });

  it('(the guard works: extraction under it fails)', () => {
    const dir = guard();
    const r = cli([join(dir, 'a.txt')], { nodeArgs: ['--import', join(dir, 'guard.mjs')] });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BANNED');
  });
});

describe('batch options on the command line', () => {
  const usage = (args: string[], input = ''): void => {
    const r = cli(args, { input });
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n').length).toBe(1);
    expect(r.stderr).not.toContain('    at ');
  };
  it('--jobs 0 is a usage error', () => usage(['--jobs', '0', 'a.txt']));
  it('--jobs two is a usage error', () => usage(['--jobs', 'two', 'a.txt']));
  it('--shard 5/4 is a usage error', () => usage(['--shard', '5/4', 'a.txt']));
  it('--shard with standard input is a usage error', () => usage(['--shard', '1/2', '-']));
  it('a missing --files-from list is a usage error naming it', () => {
    usage(['--files-from', '/nonexistent/list.txt']);
    expect(cli(['--files-from', '/nonexistent/list.txt']).stderr).toContain('/nonexistent/list.txt');
  });
  it('merge without --out is a usage error', () => usage(['merge', 'x']));

  it('--files-from - -0 reads a NUL-separated list from standard input', () => {
    const dir = tempTree({ 'a.txt': PLAN, 'b c.txt': REPORT });
    const r = cli(['-q', '-j', '1', '--files-from', '-', '-0'], { input: `${join(dir, 'b c.txt')}\0${join(dir, 'a.txt')}\0` });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { source: { path: string } }).source.path)).toEqual([join(dir, 'b c.txt'), join(dir, 'a.txt')]);
  });

  it('merge joins shard folders; a second merge of the same input is refused (exit 2)', () => {
    const dir = tempTree({ 'in/a.txt': PLAN, 'in/b.txt': REPORT, 'in/c.txt': PLAN, 'in/d.txt': REPORT });
    for (const k of [1, 2]) expect(cli(['-q', '-j', '1', '--shard', `${k}/2`, '--out', join(dir, `s${k}`), join(dir, 'in')]).code).toBe(0);
    const ok = cli(['merge', '--out', join(dir, 'all'), join(dir, 's1'), join(dir, 's2')]);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('2 folders, 4 inputs, 4 documents');
    expect(cli(['validate', join(dir, 'all')]).code).toBe(0);
    // the shards split by path hash (temporary paths differ each run): one of them may be empty,
    // so the merged folder meets both, and at least one shares an input with it
    const clash = cli(['merge', '--out', join(dir, 'again'), join(dir, 'all'), join(dir, 's1'), join(dir, 's2')]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('was extracted in both');
  });
});
