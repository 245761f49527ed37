// Hostile and broken input (issue 13), on the built command: every bad file made here, in a batch
// beside a good one; each gets exactly one error record with its code, the good one is extracted,
// the exit status is 1 and stderr holds no stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { familyText } from '../../bench/families.mjs';
import { DEFAULT_DEPS, run, type RunDeps } from '../../src/cli/run.js';
import { filesUnder, PLAN, REPORT, tempTree } from '../cli/helpers.js';
import { bombDocx, bombPdf, documentXml, encryptedPdf, noTextPdf, textPdf, zipOf } from './make.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin', 'plan-extract');
const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, PLAN_EXTRACT_STATS: '1' };

interface Ran {
  readonly code: number | null;
  readonly stderr: string;
  /** path → error code, or 'document' (once per document). */
  readonly outcomes: Map<string, string[]>;
  readonly stats: { workers: number } | null;
}

function cli(args: readonly string[], cwd: string): Ran {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 1 << 28 });
  const outcomes = new Map<string, string[]>();
  for (const line of r.stdout.split('\n').filter((l) => l !== '')) {
    const record = JSON.parse(line) as { source: { path: string }; error?: { code: string } };
    const list = outcomes.get(record.source.path) ?? [];
    list.push(record.error?.code ?? 'document');
    outcomes.set(record.source.path, list);
  }
  const statsLine = /^plan-extract stats: (.*)$/m.exec(r.stderr)?.[1];
  return { code: r.status, stderr: r.stderr, outcomes, stats: statsLine ? (JSON.parse(statsLine) as { workers: number }) : null };
}

/** No "    at f (file:line)" lines: bad input never prints a stack. */
function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+[:(]/m);
  expect(stderr).not.toMatch(/Error: .*\n\s+at /);
}

const isRoot = process.getuid?.() === 0;
const ioError = existsSync('/proc/self/mem');

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
});

describe('a batch of broken files beside a good one', () => {
  const dir = tempTree({ 'in/good.txt': PLAN, 'in/empty.txt': '' });
  const input = join(dir, 'in');
  const bad: Record<string, Buffer | string> = {
    'binary.txt': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
    'undecodable.txt': Buffer.alloc(3000, 0xff),
    'too-large.txt': '加强管理,提高质量。'.repeat(20_000), // 600 KB, over --max-bytes 256K
    'bomb.docx': bombDocx(8 * 1024 * 1024),
    'lying-bomb.docx': bombDocx(8 * 1024 * 1024, true),
    'not-a-zip.docx': 'PK but not really a zip file',
    'no-document.docx': zipOf([{ name: 'hello.txt', data: Buffer.from('hi') }]),
    'bomb.pdf': bombPdf(8 * 1024 * 1024),
    'truncated.pdf': textPdf().subarray(0, 400),
    'corrupt.pdf': '%PDF-1.4\n1 0 obj garbage endobj\ntrailer garbage\n%%EOF\n',
    'encrypted.pdf': encryptedPdf(),
    'no-text.pdf': noTextPdf(),
    'unreadable.txt': PLAN,
  };
  const expected: Record<string, string> = {
    'empty.txt': 'NO_TEXT',
    'binary.txt': 'UNREADABLE_TEXT',
    'undecodable.txt': 'UNREADABLE_TEXT',
    'too-large.txt': 'TOO_LARGE',
    'bomb.docx': 'DECOMPRESSION_BOMB',
    'lying-bomb.docx': 'DECOMPRESSION_BOMB',
    'not-a-zip.docx': 'DOCX_CORRUPT',
    'no-document.docx': 'DOCX_NO_DOCUMENT',
    'bomb.pdf': 'DECOMPRESSION_BOMB',
    'truncated.pdf': 'PDF_TRUNCATED',
    'corrupt.pdf': 'PDF_CORRUPT',
    'encrypted.pdf': 'PDF_ENCRYPTED',
    'no-text.pdf': 'PDF_NO_TEXT',
    'loop-a.txt': 'SYMLINK_LOOP',
    'loop-b.txt': 'SYMLINK_LOOP',
    'fifo.txt': 'READ_FAILED',
    'missing.txt': 'READ_FAILED',
    'io-error.txt': 'READ_FAILED',
  };
  let ran: Ran;
  const rawName = Buffer.concat([Buffer.from(join(input, 'gbk-')), Buffer.from([0xb9, 0xa4, 0xd7, 0xf7]), Buffer.from('.txt')]);

  beforeAll(() => {
    for (const [name, bytes] of Object.entries(bad)) writeFileSync(join(input, name), bytes);
    // a file whose name is GBK bytes, not UTF-8: read anyway, its path reported escaped
    writeFileSync(rawName, REPORT);
    symlinkSync('loop-b.txt', join(input, 'loop-a.txt'));
    symlinkSync('loop-a.txt', join(input, 'loop-b.txt'));
    chmodSync(join(input, 'unreadable.txt'), 0o000);
    // a file that fails with an I/O error even for root: reading /proc/self/mem at offset 0 (Linux)
    if (ioError) symlinkSync('/proc/self/mem', join(input, 'io-error.txt'));
    else delete expected['io-error.txt'];
    spawnSync('mkfifo', [join(dir, 'fifo.txt')]);
    const fifo = existsSync(join(dir, 'fifo.txt')) ? ['fifo.txt'] : [];
    if (fifo.length === 0) delete expected['fifo.txt'];
    ran = cli(['--jobs', '2', '--max-bytes', '256K', '--max-inflated', '1M', 'in', ...fifo, 'missing.txt'], dir);
  }, 240_000);

  it('exits 1 with no stack trace on stderr', () => {
    expect(ran.code).toBe(1);
    expectNoStack(ran.stderr);
  });

  it('extracts the good files of the same batch', () => {
    expect(ran.outcomes.get('in/good.txt')).toEqual(['document']);
  });

  it.each(Object.keys(expected))('%s gets exactly one error record with its code', (name) => {
    const path = ['fifo.txt', 'missing.txt'].includes(name) ? name : `in/${name}`;
    expect(ran.outcomes.get(path)).toEqual([expected[name]]);
    expect(ran.stderr).toContain(`plan-extract: ${path}: ${expected[name]}: `);
  });

  it('a file that fails with an I/O error is READ_FAILED, also for root', (ctx) => {
    if (!ioError) return ctx.skip();
    expect(ran.outcomes.get('in/io-error.txt')).toEqual(['READ_FAILED']);
    expect(ran.stderr).toContain('plan-extract: in/io-error.txt: READ_FAILED: cannot read the file: input/output error');
  });

  it('an unreadable file (no read permission) is READ_FAILED', (ctx) => {
    // root reads whatever the mode bits say: nothing to check there
    if (isRoot) return ctx.skip();
    expect(ran.outcomes.get('in/unreadable.txt')).toEqual(['READ_FAILED']);
  });

  it('a file whose name is not UTF-8 is extracted; its path has each such byte as \\xNN', () => {
    expect(ran.outcomes.get('in/gbk-\\xB9\\xA4\\xD7\\xF7.txt')).toEqual(['document']);
  });

  it('accounts for every input: documents or one error record, nothing else', () => {
    const paths = [...ran.outcomes.keys()].sort();
    const inputs = ['in/good.txt', 'in/gbk-\\xB9\\xA4\\xD7\\xF7.txt', ...Object.keys(bad).map((n) => `in/${n}`), 'in/empty.txt', 'in/loop-a.txt', 'in/loop-b.txt', 'missing.txt'];
    if (expected['fifo.txt']) inputs.push('fifo.txt');
    if (expected['io-error.txt']) inputs.push('in/io-error.txt');
    expect(paths).toEqual([...new Set(inputs)].sort());
    for (const [path, list] of ran.outcomes) if (list.some((c) => c !== 'document')) expect(list, path).toHaveLength(1);
  });
});

describe('limits on time and memory', () => {
  // an adversarial text that takes seconds even when every rule is linear
  const slow = familyText('percentage ranges', 3 * 1024 * 1024);
  const dir = tempTree({ 'good.txt': PLAN, 'report.txt': REPORT, 'slow.txt': slow, 'slow-2.txt': slow });

  it('an input over --timeout is abandoned with TIMEOUT, its worker replaced, the rest extracted (exit 1)', () => {
    // two slow inputs: whichever order the inputs reach the pool in (a big file is read last), one
    // of them is still waiting when the other times out, so its worker must be replaced
    const r = cli(['--jobs', '1', '--timeout', '1', 'slow.txt', 'good.txt', 'report.txt', 'slow-2.txt'], dir);
    expect(r.outcomes.get('slow.txt')).toEqual(['TIMEOUT']);
    expect(r.outcomes.get('slow-2.txt')).toEqual(['TIMEOUT']);
    expect(r.outcomes.get('good.txt')).toEqual(['document']);
    expect(r.outcomes.get('report.txt')).toEqual(['document']);
    expect(r.code).toBe(1);
    // a replacement at least: 2 or 3 workers, by the order the inputs reached the pool in
    expect(r.stats?.workers).toBeGreaterThanOrEqual(2);
    expectNoStack(r.stderr);
  }, 240_000);

  it('one small text under the default limits runs in the command\'s thread; --timeout puts it in a worker', () => {
    expect(cli(['good.txt'], dir).stats?.workers).toBe(0);
    expect(cli(['--timeout', '60', 'good.txt'], dir).stats?.workers).toBe(1);
    expect(cli(['slow.txt'], dir).stats?.workers).toBe(1);
  }, 240_000);

  it('an input that needs more than --max-memory is abandoned with TOO_LARGE, the rest extracted (exit 1)', () => {
    const r = cli(['--jobs', '1', '--timeout', '0', '--max-memory', '24', 'good.txt', 'slow.txt', 'report.txt', 'slow-2.txt'], dir);
    expect(r.outcomes.get('slow.txt')).toEqual(['TOO_LARGE']);
    expect(r.outcomes.get('slow-2.txt')).toEqual(['TOO_LARGE']);
    expect(r.outcomes.get('good.txt')).toEqual(['document']);
    expect(r.outcomes.get('report.txt')).toEqual(['document']);
    expect(r.code).toBe(1);
    expect(r.stats?.workers).toBeGreaterThanOrEqual(2);
    expectNoStack(r.stderr);
  }, 240_000);

  it('standard input over --max-bytes is TOO_LARGE', () => {
    const r = spawnSync(process.execPath, [bin, '--max-bytes', '1K', '-'], { cwd: dir, input: PLAN.repeat(4), encoding: 'utf8', env });
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as { error: { code: string } }).error.code).toBe('TOO_LARGE');
  }, 120_000);

  it('limit flags take sizes and seconds; nonsense is a usage error (exit 2)', () => {
    for (const args of [['--max-bytes', 'lots'], ['--timeout', '-3'], ['--max-memory', '1.5G'], ['--max-inflated', '12 parsecs']]) {
      const r = spawnSync(process.execPath, [bin, ...args, 'x.txt'], { cwd: dir, encoding: 'utf8', env });
      expect(r.status, args.join(' ')).toBe(2);
      expectNoStack(r.stderr);
    }
  }, 120_000);
});

describe('a file that vanishes mid-run', () => {
  it('is FILE_VANISHED; the others are extracted', async () => {
    const dir = tempTree({ 'in/a.txt': PLAN, 'in/b-vanishes.txt': PLAN, 'in/c.txt': REPORT });
    // the batch listed b-vanishes.txt; it is deleted just before its turn
    const deps: RunDeps = {
      ...DEFAULT_DEPS,
      workerUrl: null,
      extractFile: async (path, options) => {
        if (path.endsWith('b-vanishes.txt')) unlinkSync(path);
        return DEFAULT_DEPS.extractFile(path, options);
      },
    };
    const result = await run({ paths: [join(dir, 'in')] }, {}, deps);
    expect(result.records.map((r) => [relative(dir, r.source.path), r.schema === 'plan-extract/error@1' ? r.error.code : 'document'])).toEqual([
      ['in/a.txt', 'document'],
      ['in/b-vanishes.txt', 'FILE_VANISHED'],
      ['in/c.txt', 'document'],
    ]);
    expect(result.exitCode).toBe(1);
  }, 120_000);

  it('a file named explicitly that never existed stays READ_FAILED', async () => {
    const dir = tempTree({});
    const result = await run({ paths: [join(dir, 'never.txt')] }, {}, { ...DEFAULT_DEPS, workerUrl: null });
    expect(result.records.map((r) => (r.schema === 'plan-extract/error@1' ? r.error.code : 'document'))).toEqual(['READ_FAILED']);
  });
});

describe('--out never writes outside its folder, whatever the input names', () => {
  it('names with .., backslashes, odd bytes, 250-byte names and clashes all land inside', async () => {
    const dir = tempTree({});
    const input = join(dir, 'deep', 'in');
    mkdirSync(input, { recursive: true });
    const names = ['..txt', '...txt', '..\\..\\..\\evil.txt', 'a\\..\\..\\b.txt', `${'长'.repeat(80)}.txt`, 'x.txt', 'x.md', 'manifest.txt', ' .txt', '-.txt'];
    for (const n of names) writeFileSync(join(input, n), PLAN);
    writeFileSync(Buffer.concat([Buffer.from(`${input}/`), Buffer.from([0xff, 0x2e, 0x2e]), Buffer.from('.txt')]), PLAN);
    const out = join(dir, 'deep', 'out');
    const result = await run({ paths: [input, join(input, '..', 'in', 'x.txt')], outDir: out }, {}, { ...DEFAULT_DEPS, workerUrl: null });
    expect(result.exitCode).toBe(0);
    const written = filesUnder(join(dir));
    for (const f of written) expect(resolve(dir, f).startsWith(`${input}/`) || resolve(dir, f).startsWith(`${out}/`), f).toBe(true);
    const outputs = (result.manifest?.inputs ?? []).flatMap((e) => e.outputs);
    // ..txt, ...txt and ..\..\..\evil.txt are hidden files (a leading dot): skipped by the walk
    expect(outputs).toHaveLength(names.length - 3 + 1);
    expect(new Set(outputs).size).toBe(outputs.length);
    for (const o of outputs) {
      expect(resolve(out, o).startsWith(`${out}/`), o).toBe(true);
      expect(Buffer.byteLength(o.split('/').pop() ?? '')).toBeLessThanOrEqual(255);
      expect(existsSync(join(out, o)), o).toBe(true);
    }
  }, 180_000);
});

describe('nothing touches the network, nothing is evaluated', () => {
  it('reading PDF, DOCX, HTML and text opens no socket and resolves no name', () => {
    const dir = tempTree({ 'a.html': `<html><head><link rel="stylesheet" href="http://example.invalid/x.css"><script src="http://example.invalid/x.js"></script></head><body><img src="http://example.invalid/y.png"><p>${PLAN.replace(/\n/g, '</p><p>')}</p></body></html>`, 'b.txt': PLAN });
    writeFileSync(join(dir, 'c.pdf'), textPdf());
    writeFileSync(join(dir, 'd.docx'), zipOf([{ name: 'word/document.xml', data: documentXml(PLAN.split('\n')) }]));
    writeFileSync(
      join(dir, 'guard.mjs'),
      [
        "import net from 'node:net'; import dns from 'node:dns'; import { writeSync } from 'node:fs';",
        "const trip = (what) => () => { writeSync(2, 'NETWORK ' + what + '\\n'); throw new Error('network use: ' + what); };",
        "net.Socket.prototype.connect = trip('connect'); dns.lookup = trip('dns'); globalThis.fetch = trip('fetch');",
      ].join('\n'),
    );
    // workers get the guard too (execArgv is inherited)
    const r = spawnSync(process.execPath, ['--import', join(dir, 'guard.mjs'), bin, '--jobs', '1', 'a.html', 'b.txt', 'c.pdf', 'd.docx'], { cwd: dir, encoding: 'utf8', env });
    expect(r.stderr).not.toContain('NETWORK');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
  }, 180_000);

  it('pdf.js is told never to eval, run scripts, load fonts or fetch', async () => {
    const { PDF_SAFE_OPTIONS } = await import('../../src/ingest/pdf.js');
    expect(PDF_SAFE_OPTIONS).toMatchObject({ isEvalSupported: false, enableXfa: false, disableFontFace: true, useSystemFonts: false, disableAutoFetch: true, disableStream: true, disableRange: true });
    const source = readFileSync(join(root, 'src', 'ingest', 'pdf.ts'), 'utf8');
    expect(source).toMatch(/\.\.\.PDF_SAFE_OPTIONS/);
    expect(source).not.toMatch(/isEvalSupported:\s*true|enableScripting|pdf\.scripting/);
  });
});
