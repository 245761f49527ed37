#!/usr/bin/env node
// Corpus-scale figures for the built CLI (`npm run bench [-- options]`). Prints figures, asserts
// nothing; the targets of issue 12 are printed beside them. A corpus is generated from samples/
// into a temporary folder (bench/corpus.mjs), never committed.
//
//   --docs N      corpus size (default 2000)
//   --dir DIR     use the documents in DIR instead of a generated corpus
//   --scale       also run 10,000 documents and compare (RSS flat? time linear?)
//   --jobs N      worker threads (default: one per core)
//   --profile     time per pipeline stage, from CPU profiles of a --jobs 1 run (main thread and its worker)
//   --trimmed N   also run the corpus with a dictionary trimmed to words of frequency ≥ N
//                 (scripts/trim-dictionary.mjs): the alternative to the whole dictionary
//   --no-pdf      skip the PDF set
//   --keep        keep the temporary folder
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { makeCorpus } from './corpus.mjs';
import { stageTimes } from './profile.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'plan-extract');

function parseArgs(argv) {
  const o = { docs: 2000, dir: null, scale: false, jobs: availableParallelism(), profile: false, pdf: true, keep: false, trimmed: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const int = () => {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 1) {
        console.error(`bench: ${a} expects a positive whole number`);
        process.exit(2);
      }
      return n;
    };
    if (a === '--docs') o.docs = int();
    else if (a === '--jobs') o.jobs = int();
    else if (a === '--dir') o.dir = argv[++i];
    else if (a === '--scale') o.scale = true;
    else if (a === '--profile') o.profile = true;
    else if (a === '--trimmed') o.trimmed = int();
    else if (a === '--no-pdf') o.pdf = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run bench -- [--docs N | --dir DIR] [--scale] [--jobs N] [--profile] [--trimmed N] [--no-pdf] [--keep]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
try {
  statSync(join(root, 'dist', 'cli', 'main.js'));
} catch {
  console.error('bench: dist/ is missing; run `npm run build` (npm run bench does)');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'plan-extract-bench-'));
const mb = (bytes) => bytes / 1024 / 1024;
const f1 = (x) => x.toFixed(1);
const f2 = (x) => x.toFixed(2);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const verdict = (ok) => (ok ? 'meets' : 'MISSES');

/** Runs the CLI with PLAN_EXTRACT_STATS=1; returns wall seconds and its stats line. */
function cli(args, { nodeArgs = [], env = {} } = {}) {
  const start = performance.now();
  const r = spawnSync(process.execPath, [...nodeArgs, bin, ...args], {
    env: { ...process.env, PLAN_EXTRACT_STATS: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const wall = (performance.now() - start) / 1000;
  const line = r.stderr.split('\n').find((l) => l.startsWith('plan-extract stats: '));
  if (r.status === 2 || !line) {
    console.error(`bench: plan-extract ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr.slice(0, 2000)}`);
    process.exit(1);
  }
  return { wall, stats: JSON.parse(line.slice('plan-extract stats: '.length)), code: r.status };
}

/** The read-and-convert floor: read every file, decode it, convert it with opencc-js t2s; one process, this one. */
async function floor(dir) {
  const OpenCC = await import('opencc-js');
  const convert = OpenCC.Converter({ from: 't', to: 'cn' });
  const files = filesIn(dir);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const gb = new TextDecoder('gb18030');
  const start = performance.now();
  let chars = 0;
  for (const f of files) {
    const bytes = readFileSync(f);
    let text;
    try {
      text = utf8.decode(bytes);
    } catch {
      text = gb.decode(bytes);
    }
    chars += convert(text).length;
  }
  return { seconds: (performance.now() - start) / 1000, chars };
}

/** Every file under `dir`. */
function filesIn(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) (e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name)));
  };
  walk(dir);
  return files;
}

function corpusRun(docs, given = null) {
  const dir = given ?? join(work, `corpus-${docs}`);
  const sizesOf = (d) => filesIn(d).map((f) => statSync(f).size);
  const made = given ? { files: sizesOf(dir).length, sizes: sizesOf(dir), bytes: sizesOf(dir).reduce((a, b) => a + b, 0) } : makeCorpus(join(root, 'samples'), dir, docs);
  const sizes = [...made.sizes].sort((a, b) => a - b);
  const out = join(work, `out-${docs}`);
  const first = cli(['--quiet', '--jobs', String(opts.jobs), '--out', out, dir]);
  const again = cli(['--quiet', '--jobs', String(opts.jobs), '--out', out, dir]);
  return { dir, made, sizes, first, again };
}

console.log(`plan-extract bench: node ${process.version}, ${availableParallelism()} cores, --jobs ${opts.jobs}, load average ${loadavg().map(f2).join(' ')}`);
console.log(`temporary folder: ${work}${opts.keep ? ' (kept)' : ''}`);

// cold starts
const version = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  spawnSync(process.execPath, [bin, '--version'], { stdio: 'ignore' });
  version.push((performance.now() - t) / 1000);
}
const small = [];
for (let i = 0; i < 3; i++) small.push(cli(['--quiet', join(root, 'samples', 'work-plan-simplified.txt')]));
const smallWall = median(small.map((r) => r.wall));
console.log(
  `\ncold start: --version ${f2(median(version))} s; one small file (2.7 KB) ${f2(smallWall)} s wall, ${f2(median(small.map((r) => r.stats.cpuSeconds)))} s CPU  [target ≤ 1.0 s: ${verdict(smallWall <= 1)}]`,
);

// the corpus
const main = corpusRun(opts.docs, opts.dir);
const { first, again, made, sizes } = main;
const fl = await floor(main.dir);
const docsPerS = first.stats.documents / first.wall;
const mbPerS = mb(made.bytes) / first.wall;
const ratio = first.wall / fl.seconds;
console.log(`\ncorpus: ${made.files} files, ${first.stats.documents} documents, ${f1(mb(made.bytes))} MB (file size median ${f1(sizes[Math.floor(sizes.length / 2)] / 1024)} KB, p90 ${f1(sizes[Math.floor(sizes.length * 0.9)] / 1024)} KB, max ${f1(sizes[sizes.length - 1] / 1024)} KB)`);
console.log(`first run:   ${f1(first.wall)} s, ${f1(docsPerS)} documents/s, ${f2(mbPerS)} MB/s, ${first.stats.errors} errors, CPU ${f1(first.stats.cpuSeconds)} s, peak RSS ${f1(first.stats.maxRssMB)} MB (${first.stats.workers} workers)`);
// on a shared machine wall time depends on the other processes; CPU time much less
const perCpu = first.stats.documents / first.stats.cpuSeconds;
console.log(`   ${f1(perCpu)} documents per CPU-second: ${f1(perCpu * Math.min(opts.jobs, availableParallelism()))} documents/s on ${Math.min(opts.jobs, availableParallelism())} idle cores`);
console.log(`   targets: ≥ 250 documents/s: ${verdict(docsPerS >= 250)}; peak RSS ≤ 600 MB with 2 workers: ${verdict(first.stats.maxRssMB <= 600)}`);
console.log(`floor (read + decode + opencc t2s, one process): ${f2(fl.seconds)} s, ${f1(made.files / fl.seconds)} files/s, ${f2(mb(made.bytes) / fl.seconds)} MB/s`);
console.log(`   first run / floor: ${f1(ratio)}×  [target ≤ 15×: ${verdict(ratio <= 15)}]`);
const share = again.wall / first.wall;
console.log(`unchanged rerun: ${f2(again.wall)} s, ${again.stats.cached} of ${again.stats.files} cached, ${f1(100 * share)}% of the first run  [target ≤ 10%: ${verdict(share <= 0.1)}]`);

// the alternative: a trimmed dictionary (faster to load, smaller; labels lose rare words)
if (opts.trimmed) {
  const dictDir = join(work, `dict-${opts.trimmed}`);
  const made = spawnSync(process.execPath, [join(root, 'scripts', 'trim-dictionary.mjs'), '--min-freq', String(opts.trimmed), '--out', dictDir], { encoding: 'utf8' });
  if (made.status !== 0) {
    console.error(`bench: scripts/trim-dictionary.mjs failed:\n${made.stderr}`);
    process.exit(1);
  }
  const env = { PLAN_EXTRACT_DICT: dictDir };
  const out = join(work, `out-trimmed-${opts.trimmed}`);
  const t = cli(['--quiet', '--jobs', String(opts.jobs), '--out', out, main.dir], { env });
  const small = cli(['--quiet', join(root, 'samples', 'work-plan-simplified.txt')], { env });
  const outputs = filesIn(out).filter((f) => !f.endsWith('manifest.json'));
  const mainOut = join(work, `out-${opts.docs}`);
  const changed = outputs.filter((f) => readFileSync(f, 'utf8') !== readFileSync(join(mainOut, f.slice(out.length + 1)), 'utf8')).length;
  console.log(`\nalternative, dictionary trimmed to frequency ≥ ${opts.trimmed} (${made.stdout.trim().replace(/^trim-dictionary: /, '')}):`);
  console.log(`   first run ${f1(t.wall)} s, ${f1(t.stats.documents / t.wall)} documents/s, CPU ${f1(t.stats.cpuSeconds)} s (${f1(t.stats.documents / t.stats.cpuSeconds)} documents per CPU-second), peak RSS ${f1(t.stats.maxRssMB)} MB; one small file ${f2(small.wall)} s`);
  console.log(`   output files that differ from the whole dictionary's: ${changed} of ${outputs.length}`);
}

// PDFs against pdftotext
if (opts.pdf) {
  const pdfDir = join(work, 'pdf');
  mkdirSync(pdfDir);
  const originals = [
    join(root, 'samples', 'taiwan-plan.pdf'),
    ...readdirSync(join(root, 'test', 'fixtures', 'formats')).filter((f) => f.endsWith('.pdf')).map((f) => join(root, 'test', 'fixtures', 'formats', f)),
  ];
  const COPIES = 20;
  for (let c = 0; c < COPIES; c++) for (const f of originals) copyFileSync(f, join(pdfDir, `c${String(c).padStart(2, '0')}-${f.split('/').pop()}`));
  const pdfs = readdirSync(pdfDir).map((f) => join(pdfDir, f));
  const ours1 = cli(['--quiet', '--jobs', '1', pdfDir]);
  const oursN = cli(['--quiet', '--jobs', String(opts.jobs), pdfDir]);
  const pages = ours1.stats.pages;
  const has = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  console.log(`\nPDF set: ${pdfs.length} files (${originals.length} PDFs × ${COPIES}), ${pages} pages read (encrypted and scanned files fail, as they should)`);
  console.log(`plan-extract --jobs 1: ${f2(ours1.wall)} s, ${f1(pages / ours1.wall)} pages/s; --jobs ${opts.jobs}: ${f2(oursN.wall)} s, ${f1(pages / oursN.wall)} pages/s`);
  if (has) {
    const t = performance.now();
    for (const f of pdfs) spawnSync('pdftotext', ['-q', f, '-'], { stdio: 'ignore' });
    const pt = (performance.now() - t) / 1000;
    const r1 = pages / ours1.wall / (pages / pt);
    console.log(`pdftotext (one file after another, one process each): ${f2(pt)} s, ${f1(pages / pt)} pages/s`);
    console.log(`   plan-extract --jobs 1 / pdftotext: ${f2(r1)}×  [target ≥ 0.5×: ${verdict(r1 >= 0.5)}]`);
  } else console.log('pdftotext is not installed: no baseline (apt-get install poppler-utils)');
}

// where the time goes
if (opts.profile) {
  const profDir = join(work, 'profile');
  const subset = opts.dir ?? join(main.dir, 'd000');
  const r = cli(['--quiet', '--jobs', '1', subset], { nodeArgs: ['--cpu-prof', '--cpu-prof-dir', profDir] });
  // one profile per thread: the main thread's and the worker's (--jobs 1 still extracts in a worker)
  const merged = new Map();
  for (const file of readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile'))) {
    for (const s of stageTimes(JSON.parse(readFileSync(join(profDir, file), 'utf8')))) {
      const m = merged.get(s.stage) ?? { stage: s.stage, ms: 0, jiebaMs: 0 };
      m.ms += s.ms;
      m.jiebaMs += s.jiebaMs;
      merged.set(s.stage, m);
    }
  }
  const stages = [...merged.values()].sort((a, b) => b.ms - a.ms);
  const total = stages.reduce((n, s) => n + s.ms, 0);
  console.log(`\nprofile: ${r.stats.documents} documents of ${subset} (--jobs 1: one worker), ${f1(r.wall)} s wall, by pipeline stage, main thread and worker together (self time under each stage's entry)`);
  for (const s of stages) {
    const jieba = s.jiebaMs > 0 ? `, of which nodejieba ${(s.jiebaMs / 1000).toFixed(2)} s` : '';
    console.log(`  ${s.stage.padEnd(26)} ${(s.ms / 1000).toFixed(2).padStart(7)} s ${f1((100 * s.ms) / total).padStart(5)}%${jieba}`);
  }
}

// the same at 10,000 documents
if (opts.scale) {
  const big = corpusRun(10000);
  const timeRatio = big.first.wall / first.wall;
  const docRatio = big.first.stats.documents / first.stats.documents;
  const rssRatio = big.first.stats.maxRssMB / first.stats.maxRssMB;
  console.log(`\nscale: ${first.stats.documents} → ${big.first.stats.documents} documents (${f1(docRatio)}×)`);
  console.log(`  time ${f1(first.wall)} s → ${f1(big.first.wall)} s (${f2(timeRatio)}×, ${f2(timeRatio / docRatio)}× linear); ${f1(big.first.stats.documents / big.first.wall)} documents/s`);
  const cpuPerDoc = (r) => (1000 * r.stats.cpuSeconds) / r.stats.documents;
  console.log(`  CPU ${f1(first.stats.cpuSeconds)} s → ${f1(big.first.stats.cpuSeconds)} s: ${f1(cpuPerDoc(first))} → ${f1(cpuPerDoc(big.first))} ms per document (${f2(cpuPerDoc(big.first) / cpuPerDoc(first))}×; 1.00× is linear)`);
  console.log(`  peak RSS ${f1(first.stats.maxRssMB)} MB → ${f1(big.first.stats.maxRssMB)} MB (${f2(rssRatio)}×)  [flat: ${verdict(rssRatio <= 1.15)}]`);
  console.log(`  unchanged rerun ${f2(big.again.wall)} s (${f1((100 * big.again.wall) / big.first.wall)}% of the first run)`);
}

console.log(`\nload average now ${loadavg().map(f2).join(' ')} (other processes on this machine slow every figure)`);
if (!opts.keep) rmSync(work, { recursive: true, force: true });
