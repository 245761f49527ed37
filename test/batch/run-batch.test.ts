// run() as a batch: order under concurrency, worker crashes, --files-from, incremental --out,
// atomic writes, --shard and merge. The real pipeline runs in-process here (jieba loads once).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeFolders } from '../../src/batch/merge.js';
import { shardOf } from '../../src/batch/shard.js';
import { DEFAULT_DEPS, run, type RunDeps } from '../../src/cli/run.js';
import type { Manifest } from '../../src/emit/manifest.js';
import type { OutputRecord } from '../../src/schema/document.js';
import { filesUnder, handRecord, PLAN, REPORT, tempTree } from '../cli/helpers.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const paths = (records: readonly OutputRecord[]): string[] => records.map((r) => r.source.path);

/** The record files of an --out folder with their contents. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).filter((f) => f !== 'manifest.json').map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** A manifest without what differs between a first and a cached run. */
function comparable(m: Manifest): unknown {
  return { ...m, counts: { ...m.counts, cached: 0 }, inputs: m.inputs.map(({ cached: _c, order: _o, ...e }) => e) };
}

/** The real pipeline, counting the files it extracts. */
function counting(): { deps: RunDeps; extracted: string[] } {
  const extracted: string[] = [];
  return {
    extracted,
    deps: { ...DEFAULT_DEPS, workerUrl: null, extractFile: (path, options) => (extracted.push(path), DEFAULT_DEPS.extractFile(path, options)) },
  };
}

const corpus = (): string => tempTree({ 'in/a.txt': PLAN, 'in/b.txt': REPORT, 'in/sub/c.txt': `${PLAN}\n`, 'in/d.md': REPORT });

describe('run: order and workers', () => {
  it('writes in input order when inputs finish out of order (--jobs 4, injected delays)', async () => {
    const delays: Record<string, number> = { 'a.txt': 60, 'b.txt': 0, 'c.txt': 30, 'd.txt': 5, 'e.txt': 45, 'f.txt': 1 };
    const finished: string[] = [];
    const deps: RunDeps = {
      ...DEFAULT_DEPS,
      workerUrl: null,
      extractFile: async (path) => {
        await sleep(delays[path] ?? 0);
        finished.push(path);
        return [handRecord(path)];
      },
    };
    const printed: string[] = [];
    const result = await run({ paths: Object.keys(delays), jobs: 4 }, { onOutput: (t) => (printed.push((JSON.parse(t) as OutputRecord).source.path), true) }, deps);
    expect(printed).toEqual(Object.keys(delays));
    expect(paths(result.records)).toEqual(Object.keys(delays));
    expect(finished).not.toEqual(Object.keys(delays));
  });

  it('--pretty pieces still make one array in order', async () => {
    const deps: RunDeps = { ...DEFAULT_DEPS, workerUrl: null, extractFile: async (path) => (await sleep(path === 'a.txt' ? 30 : 0), [handRecord(path)]) };
    let text = '';
    await run({ paths: ['a.txt', 'b.txt', 'c.txt'], jobs: 3, style: 'pretty' }, { onOutput: (t) => ((text += t), true) }, deps);
    expect((JSON.parse(text) as OutputRecord[]).map((r) => r.source.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('a worker that dies gives its input an INTERNAL_ERROR; it is replaced and the batch goes on', async () => {
    const root = tempTree({ 'record.json': JSON.stringify(handRecord()) });
    process.env.PLAN_EXTRACT_TEST_RECORD = join(root, 'record.json');
    const deps: RunDeps = { ...DEFAULT_DEPS, workerUrl: new URL('./fixtures/fake-pipeline-worker.mjs', import.meta.url) };
    const inputs = ['slow-a.txt', 'crash.txt', 'b.txt', 'crash-again.txt', 'c.txt'];
    const result = await run({ paths: inputs, jobs: 2 }, {}, deps);
    expect(paths(result.records)).toEqual(inputs);
    expect(result.records.map((r) => (r.schema === 'plan-extract/error@1' ? r.error.code : 'ok'))).toEqual(['ok', 'INTERNAL_ERROR', 'ok', 'INTERNAL_ERROR', 'ok']);
    const crash = result.records[1];
    expect(crash?.schema === 'plan-extract/error@1' && crash.error.message).toContain('the worker extracting it died');
    expect(result.exitCode).toBe(1);
    expect(result.summary.workers).toBeGreaterThanOrEqual(3);
  });

  it('worker threads give the same records as in-process extraction', async () => {
    const root = corpus();
    const inProcess = await run({ paths: [join(root, 'in')], jobs: 1 });
    const threads = await run({ paths: [join(root, 'in')], jobs: 2 });
    expect(threads.summary.workers).toBe(2);
    expect(threads.records).toEqual(inProcess.records);
  });

  it('one input runs in-process whatever --jobs says', async () => {
    const root = corpus();
    expect((await run({ paths: [join(root, 'in/a.txt')], jobs: 8 })).summary.workers).toBe(0);
  });

  it('--jobs 0 is a usage error', async () => expect((await run({ paths: ['a.txt'], jobs: 0 })).exitCode).toBe(2));
});

describe('run: --files-from', () => {
  it('reads one path a line, after the paths given', async () => {
    const root = corpus();
    writeFileSync(join(root, 'list.txt'), `${join(root, 'in/b.txt')}\r\n\n${join(root, 'in/d.md')}\n`);
    const result = await run({ paths: [join(root, 'in/a.txt')], filesFrom: join(root, 'list.txt') });
    expect(paths(result.records).map((p) => relative(root, p))).toEqual(['in/a.txt', 'in/b.txt', 'in/d.md']);
  });

  it('-0: NUL-separated', async () => {
    const root = corpus();
    writeFileSync(join(root, 'list'), `${join(root, 'in/sub/c.txt')}\0${join(root, 'in/a.txt')}\0`);
    const result = await run({ paths: [], filesFrom: join(root, 'list'), filesFromNul: true });
    expect(paths(result.records).map((p) => relative(root, p))).toEqual(['in/sub/c.txt', 'in/a.txt']);
  });

  it('"-" reads the list from standard input', async () => {
    const root = corpus();
    const deps: RunDeps = { ...DEFAULT_DEPS, readStdin: async () => new TextEncoder().encode(`${join(root, 'in/b.txt')}\n`) };
    const result = await run({ paths: [], filesFrom: '-' }, {}, deps);
    expect(paths(result.records)).toEqual([join(root, 'in/b.txt')]);
  });

  it('listed files are named explicitly: any extension is tried', async () => {
    const root = tempTree({ 'x.csv': 'a,b', 'list': 'x.csv\n' });
    const result = await run({ paths: [], filesFrom: join(root, 'list') });
    expect(result.records.map((r) => (r.schema === 'plan-extract/error@1' ? r.error.code : 'doc'))).toEqual(['READ_FAILED']);
  });

  it('a missing list is a usage error naming it', async () => {
    const result = await run({ paths: [], filesFrom: '/nonexistent/list.txt' });
    expect(result.exitCode).toBe(2);
    expect(result.messages[0]?.text).toBe('plan-extract: cannot read the --files-from list /nonexistent/list.txt: no such file or directory');
  });

  it('the list and an input cannot both be standard input', async () =>
    expect((await run({ paths: ['-'], filesFrom: '-' })).exitCode).toBe(2));
});

describe('run: incremental --out', () => {
  it('an unchanged rerun extracts nothing, says so, and leaves the same files', async () => {
    const root = corpus();
    const out = join(root, 'out');
    const first = counting();
    const r1 = await run({ paths: [join(root, 'in')], outDir: out }, {}, first.deps);
    expect(first.extracted.length).toBe(4);
    const before = contents(out);
    const second = counting();
    const r2 = await run({ paths: [join(root, 'in')], outDir: out }, {}, second.deps);
    expect(second.extracted).toEqual([]);
    expect(r2.manifest?.counts.cached).toBe(4);
    expect(r2.manifest?.inputs.every((e) => e.cached === true)).toBe(true);
    expect(r2.summary.cached).toBe(4);
    expect(contents(out)).toEqual(before);
    expect(comparable(r2.manifest as Manifest)).toEqual(comparable(r1.manifest as Manifest));
  });

  it('changed bytes: only that input is extracted again', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out });
    writeFileSync(join(root, 'in/b.txt'), `${REPORT}四、其他\n新增一项。\n`);
    const again = counting();
    const r = await run({ paths: [join(root, 'in')], outDir: out }, {}, again.deps);
    expect(again.extracted.map((p) => relative(root, p))).toEqual(['in/b.txt']);
    expect(r.manifest?.counts.cached).toBe(3);
    expect(readFileSync(join(out, 'b.json'), 'utf8')).toContain('新增一项');
  });

  it('an option that changes records (--no-text): everything is extracted again', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out });
    const again = counting();
    const r = await run({ paths: [join(root, 'in')], outDir: out, includeText: false }, {}, again.deps);
    expect([again.extracted.length, r.manifest?.counts.cached]).toEqual([4, 0]);
    expect(r.manifest?.options?.includeText).toBe(false);
  });

  it('--csv does not change records: still cached, and the table is the same as a fresh run\'s', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out });
    const again = counting();
    await run({ paths: [join(root, 'in')], outDir: out, csv: 'metrics' }, {}, again.deps);
    expect(again.extracted).toEqual([]);
    const fresh = join(root, 'fresh');
    await run({ paths: [join(root, 'in')], outDir: fresh, csv: 'metrics' });
    expect(readFileSync(join(out, 'metrics.csv'), 'utf8')).toBe(readFileSync(join(fresh, 'metrics.csv'), 'utf8'));
  });

  it('another tool version: everything is extracted again', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out, toolVersion: '1.0.0' });
    const again = counting();
    await run({ paths: [join(root, 'in')], outDir: out, toolVersion: '1.0.1' }, {}, again.deps);
    expect(again.extracted.length).toBe(4);
  });

  it('a record file deleted since: that input is extracted again', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out });
    rmSync(join(out, 'sub/c.json'));
    const again = counting();
    await run({ paths: [join(root, 'in')], outDir: out }, {}, again.deps);
    expect(again.extracted.map((p) => relative(root, p))).toEqual(['in/sub/c.txt']);
    expect(existsSync(join(out, 'sub/c.json'))).toBe(true);
  });

  it('cache: false extracts everything', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out });
    const again = counting();
    await run({ paths: [join(root, 'in')], outDir: out, cache: false }, {}, again.deps);
    expect(again.extracted.length).toBe(4);
  });

  it('work recorded in the journal (a run killed before its manifest) is reused', async () => {
    const root = corpus();
    const out = join(root, 'out');
    const r1 = await run({ paths: [join(root, 'in')], outDir: out });
    // what a run killed after three inputs leaves: their files, its journal, no manifest
    const m = r1.manifest as Manifest;
    const lines = m.inputs.slice(0, 3).flatMap((entry) => [
      JSON.stringify({ op: 'start', path: entry.path, outputs: entry.outputs }),
      JSON.stringify({ op: 'done', fingerprint: m.fingerprint, entry }),
    ]);
    rmSync(join(out, 'manifest.json'));
    rmSync(join(out, 'sub/c.json')); // the fourth input (walk order: a, b, d, sub/c) was being written
    mkdirSync(join(out, '.plan-extract'));
    writeFileSync(join(out, '.plan-extract', 'journal.ndjson'), `${lines.join('\n')}\n{"op":"start","path":"${m.inputs[3]?.path}","outp`, { flag: 'w' });
    const again = counting();
    const r2 = await run({ paths: [join(root, 'in')], outDir: out }, {}, again.deps);
    expect(again.extracted.map((p) => relative(root, p))).toEqual(['in/sub/c.txt']);
    expect(comparable(r2.manifest as Manifest)).toEqual(comparable(m));
    expect(existsSync(join(out, '.plan-extract'))).toBe(false);
  });

  it('leaves no temporary file, and no journal once the manifest is written', async () => {
    const root = corpus();
    const out = join(root, 'out');
    await run({ paths: [join(root, 'in')], outDir: out, csv: 'tables' });
    await run({ paths: [join(root, 'in')], outDir: out, csv: 'tables' });
    expect(filesUnder(out)).toEqual(['a.json', 'b.json', 'd.json', 'manifest.json', 'sub/c.json', 'tables.csv']);
  });

  it('records the provenance in the manifest', async () => {
    const root = corpus();
    const r = await run({ paths: [join(root, 'in')], outDir: join(root, 'out'), referenceDate: '2015', toolVersion: '2.0.0' });
    const m = r.manifest as Manifest;
    expect([m.tool, m.schemas, m.options, m.shard]).toEqual([
      { name: 'plan-extract', version: '2.0.0' },
      { document: 'plan-extract/document@1', error: 'plan-extract/error@1' },
      { type: 'auto', includeText: true, referenceDate: '2015', vagueDates: true },
      null,
    ]);
    expect(m.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(m.inputs.every((e) => /^[0-9a-f]{64}$/.test(e.sha256 ?? ''))).toBe(true);
  });
});

describe('run: --shard and merge', () => {
  it('the shards partition the inputs, keep the whole batch\'s file names, and merge into the unsharded result', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 12; i++) files[`in/${i % 3}/f${i}.txt`] = i % 2 ? PLAN : REPORT;
    const root = tempTree(files);
    // the split hashes the paths, temporary folder included: add inputs until every shard has one,
    // so that the partition checked below is never trivially empty by chance
    const covered = (): boolean => [1, 2, 3].every((k) => Object.keys(files).some((f) => shardOf(join(root, f), 3) === k));
    for (let i = 12; !covered(); i++) {
      files[`in/0/f${i}.txt`] = PLAN;
      writeFileSync(join(root, 'in', '0', `f${i}.txt`), PLAN);
    }
    const whole = await run({ paths: [join(root, 'in')], outDir: join(root, 'whole'), jobs: 1 });
    const shards = [1, 2, 3].map((index) => join(root, `shard${index}`));
    const parts: string[][] = [];
    for (const [i, dir] of shards.entries()) {
      const r = await run({ paths: [join(root, 'in')], outDir: dir, shard: { index: i + 1, count: 3 } });
      parts.push((r.manifest as Manifest).inputs.map((e) => e.path));
      expect(r.manifest?.shard).toEqual({ index: i + 1, count: 3 });
    }
    expect(parts.flat().sort()).toEqual((whole.manifest as Manifest).inputs.map((e) => e.path).sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    // the same split again
    const again = await run({ paths: [join(root, 'in')], outDir: join(root, 'again'), shard: { index: 2, count: 3 } });
    expect((again.manifest as Manifest).inputs.map((e) => e.path)).toEqual(parts[1]);

    const merged = join(root, 'merged');
    const m = await mergeFolders(merged, shards);
    expect([m.exitCode, m.errors, m.warnings]).toEqual([0, [], []]);
    expect(comparable(manifestOf(merged))).toEqual(comparable(manifestOf(join(root, 'whole'))));
    expect(contents(merged)).toEqual(contents(join(root, 'whole')));
  });

  it('merging an incomplete set of shards warns', async () => {
    const root = corpus();
    await run({ paths: [join(root, 'in')], outDir: join(root, 's1'), shard: { index: 1, count: 2 } });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 's1')]);
    expect(m.exitCode).toBe(0);
    expect(m.warnings).toEqual(['shard 2 of 2 missing: the merged folder is not the whole batch']);
  });

  it('merge rebuilds the CSV tables in the batch order', async () => {
    const root = corpus();
    await run({ paths: [join(root, 'in')], outDir: join(root, 'whole'), csv: 'metrics' });
    for (const index of [1, 2]) await run({ paths: [join(root, 'in')], outDir: join(root, `s${index}`), csv: 'metrics', shard: { index, count: 2 } });
    await mergeFolders(join(root, 'merged'), [join(root, 's2'), join(root, 's1')]);
    expect(readFileSync(join(root, 'merged/metrics.csv'), 'utf8')).toBe(readFileSync(join(root, 'whole/metrics.csv'), 'utf8'));
  });

  it('merge refuses folders holding the same input (a conflict), writing nothing', async () => {
    const root = corpus();
    await run({ paths: [join(root, 'in')], outDir: join(root, 'x') });
    await run({ paths: [join(root, 'in')], outDir: join(root, 'y') });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 'x'), join(root, 'y')]);
    expect(m.exitCode).toBe(2);
    expect(m.errors[0]).toBe(`${join(root, 'in/a.txt')} was extracted in both ${join(root, 'x')} and ${join(root, 'y')}`);
    expect(existsSync(join(root, 'merged'))).toBe(false);
  });

  it('merge refuses a file name claimed by two folders', async () => {
    const root = tempTree({ 'one/x.txt': PLAN, 'two/x.txt': REPORT });
    await run({ paths: [join(root, 'one')], outDir: join(root, 'a') });
    await run({ paths: [join(root, 'two')], outDir: join(root, 'b') });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 'a'), join(root, 'b')]);
    expect(m.exitCode).toBe(2);
    expect(m.errors).toEqual([`x.json is in both ${join(root, 'a')} and ${join(root, 'b')}`]);
  });

  it('merge refuses folders made with other options, saying which', async () => {
    const root = corpus();
    await run({ paths: [join(root, 'in')], outDir: join(root, 'x'), shard: { index: 1, count: 2 } });
    await run({ paths: [join(root, 'in')], outDir: join(root, 'y'), shard: { index: 2, count: 2 }, includeText: false });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 'x'), join(root, 'y')]);
    expect(m.exitCode).toBe(2);
    expect(m.errors[0]).toContain('includeText true ≠ false');
  });

  it('merge refuses another tool version', async () => {
    const root = corpus();
    await run({ paths: [join(root, 'in')], outDir: join(root, 'x'), shard: { index: 1, count: 2 }, toolVersion: '1.0.0' });
    await run({ paths: [join(root, 'in')], outDir: join(root, 'y'), shard: { index: 2, count: 2 }, toolVersion: '1.1.0' });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 'x'), join(root, 'y')]);
    expect(m.errors[0]).toContain('tool plan-extract 1.0.0 ≠ plan-extract 1.1.0');
  });

  it('merge refuses a folder without a manifest', async () => {
    const root = tempTree({ 'empty/x.json': '{}' });
    const m = await mergeFolders(join(root, 'merged'), [join(root, 'empty')]);
    expect([m.exitCode, m.errors]).toEqual([2, [`${join(root, 'empty')}: no manifest.json (not the --out folder of a finished run)`]]);
  });

  it('--shard with standard input is a usage error', async () =>
    expect((await run({ paths: ['-'], shard: { index: 1, count: 2 } })).exitCode).toBe(2));
});
