#!/usr/bin/env node
// Throughput of the built pipeline: `npm run bench [-- [-n RUNS] [folders or files…]]` (default: samples/).
// Prints figures only (no thresholds): jieba load time, then per run docs/s, files/s, MB/s, and peak RSS.
import { statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function parseArgs(argv) {
  let runs = 3;
  const paths = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-n' || a === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1) {
        console.error('bench: -n expects a positive integer');
        process.exit(2);
      }
    } else if (a === '-h' || a === '--help') {
      console.log('usage: node bench/run.mjs [-n RUNS] [folders or files…]   (default: samples/, 3 runs)');
      process.exit(0);
    } else paths.push(a);
  }
  return { runs, paths: paths.length > 0 ? paths : [`${root}samples`] };
}

const { runs, paths } = parseArgs(process.argv.slice(2));
let pipeline, segmenter, walk;
try {
  pipeline = await import('../dist/pipeline.js');
  walk = await import('../dist/batch/walk.js');
} catch {
  console.error('bench: dist/ is missing; run `npm run build` (npm run bench does)');
  process.exit(2);
}

let peakRss = process.memoryUsage().rss;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);

// the word segmenter's dictionary loads once per process: timed apart from the documents
const t0 = performance.now();
segmenter = await import('../dist/nlp/segmenter.js');
segmenter.cut('工作计划');
const jiebaMs = performance.now() - t0;
sample();

const inputs = (await walk.expandInputs(paths)).filter((i) => i.kind === 'file');
if (inputs.length === 0) {
  console.error(`bench: no supported files under ${paths.join(', ')}`);
  process.exit(2);
}
const bytes = inputs.reduce((n, i) => n + statSync(i.path).size, 0);

console.log(`node ${process.version}, ${inputs.length} files, ${mb(bytes)} MB, ${runs} run${runs === 1 ? '' : 's'}`);
console.log(`jieba load: ${jiebaMs.toFixed(0)} ms (RSS after load ${mb(process.memoryUsage().rss)} MB)`);
console.log('run   docs   errors   seconds   docs/s   files/s    MB/s');
const rates = [];
for (let run = 1; run <= runs; run++) {
  let docs = 0;
  let errors = 0;
  const start = performance.now();
  for (const input of inputs) {
    const records = await pipeline.extractFile(input.path, {});
    for (const r of records) r.schema === 'plan-extract/error@1' ? errors++ : docs++;
    sample();
  }
  const s = (performance.now() - start) / 1000;
  rates.push(docs / s);
  console.log(
    [
      String(run).padStart(3),
      String(docs).padStart(6),
      String(errors).padStart(8),
      s.toFixed(3).padStart(9),
      (docs / s).toFixed(1).padStart(8),
      (inputs.length / s).toFixed(1).padStart(9),
      (bytes / 1024 / 1024 / s).toFixed(2).padStart(7),
    ].join(' '),
  );
}
const sorted = [...rates].sort((a, b) => a - b);
console.log(`median docs/s: ${sorted[Math.floor(sorted.length / 2)].toFixed(1)}`);
console.log(`peak RSS: ${mb(peakRss)} MB sampled, ${mb(process.resourceUsage().maxRSS * 1024)} MB max resident (OS)`);
