#!/usr/bin/env node
// Growth check (issue 13): does any rule cost more than linear time or memory on adversarial lines?
// Each family of bench/families.mjs is extracted at a small and a 4× larger size, each in a child
// process of its own (the in-process pipeline from dist/, as a .txt file's bytes), and the check
// fails when the larger costs more than `--bound` times the smaller (linear is 4×, quadratic 16×)
// or when it cannot run in a heap of what the loaded pipeline holds plus 30× its input size.
//
//   npm run bench:growth                         # 1 MB vs 4 MB, bound 8× (slow: minutes)
//   npm run bench:growth -- --scale 0.0625       # 64 KB vs 256 KB (what test/hostile runs, with a wider bound)
//   npm run bench:growth -- --only digits,万亿 --bound 8 --json
//
// Time is CPU time of the extraction (user + system), so other work on the machine moves it less
// than wall time; the wall time is printed too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES, familyText, FORMATS } from './families.mjs';

const MB = 1024 * 1024;
const root = fileURLToPath(new URL('..', import.meta.url));
const pipelineUrl = new URL('../dist/pipeline.js', import.meta.url);

const WARM_UP = '一、总体要求\n加强管理,提高质量。\n二、主要任务\n(一)完成10%。';

async function child(name, bytes) {
  const { extractBytes, extractText } = await import(pipelineUrl.href);
  extractText(WARM_UP); // loads the segmenter's dictionary
  if (name === '--baseline') {
    globalThis.gc?.();
    process.stdout.write(JSON.stringify({ heapMB: process.memoryUsage().heapUsed / MB }));
    return;
  }
  const input = Buffer.from(familyText(name, bytes), 'utf8');
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const format = FORMATS[name] ?? 'txt';
  const records = await extractBytes(new Uint8Array(input), `growth.${format}`, format, {});
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(
    JSON.stringify({
      bytes: input.length,
      cpuMs: (cpu.user + cpu.system) / 1000,
      wallMs: wall,
      addedMB: Math.max(0, maxRss - rssBefore) / MB,
      records: records.length,
      kind: records[0]?.schema === 'plan-extract/error@1' ? records[0].error.code : 'document',
    }),
  );
}

function parseArgs(argv) {
  const o = { scale: 1, bound: 8, memory: 30, only: null, json: false, timeout: 600 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const n = Number(argv[++i]);
      if (!(n > 0)) {
        console.error(`growth: ${a} expects a positive number`);
        process.exit(2);
      }
      return n;
    };
    if (a === '--scale') o.scale = num();
    else if (a === '--bound') o.bound = num();
    else if (a === '--memory') o.memory = num();
    else if (a === '--timeout') o.timeout = num();
    else if (a === '--only') o.only = argv[++i].split(',');
    else if (a === '--json') o.json = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: npm run bench:growth -- [--scale S] [--bound X] [--memory X] [--only a,b] [--timeout SECONDS] [--json]');
      process.exit(0);
    } else {
      console.error(`growth: unknown argument ${a}`);
      process.exit(2);
    }
  }
  return o;
}

/**
 * One case in a fresh process: its own peak RSS, no garbage left by the case before. The old
 * generation is capped at what the pipeline holds once loaded plus `memory`× the input, so a case
 * that needs more live memory than that dies of it instead of merely growing the RSS (V8 grows the
 * heap lazily, so RSS is printed but not checked).
 */
function measure(name, bytes, timeoutSeconds, heapMB) {
  const r = spawnSync(process.execPath, ['--expose-gc', `--max-old-space-size=${Math.ceil(heapMB)}`, fileURLToPath(import.meta.url), '--child', name, String(bytes)], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) {
    const oom = /heap out of memory|allocation failed|Reached heap limit|FATAL ERROR/i.test(r.stderr);
    return { failed: r.error?.code === 'ETIMEDOUT' ? `over ${timeoutSeconds} s` : oom ? `out of memory (heap ${Math.ceil(heapMB)} MB)` : (r.stderr.trim().split('\n').pop() ?? `exit ${r.status}`) };
  }
  return JSON.parse(r.stdout);
}

/** Checks every family; returns the rows (also printed unless quiet). */
export function growth(options) {
  const small = Math.round(MB * options.scale);
  const large = small * 4;
  const rows = [];
  const base = measure('--baseline', 0, options.timeout, 4096);
  if (base.failed) throw new Error(`growth: the pipeline does not load: ${base.failed}`);
  // what the loaded pipeline holds, the input's share, and room for the young generation
  const heap = (bytes) => base.heapMB + (options.memory * bytes) / MB + 32;
  for (const name of Object.keys(FAMILIES)) {
    if (options.only && !options.only.includes(name)) continue;
    const a = measure(name, small, options.timeout, heap(small));
    const b = a.failed ? { failed: 'skipped' } : measure(name, large, options.timeout * 4, heap(large));
    const row = { family: name, small, large, a, b, ratio: null, memoryFactor: null, ok: false, why: '' };
    if (a.failed || b.failed) row.why = `failed: ${a.failed ?? b.failed}`;
    else {
      // a floor of 20 ms keeps tiny cases from making ratios of noise
      row.ratio = Math.max(b.cpuMs, 20) / Math.max(a.cpuMs, 20);
      row.memoryFactor = (b.addedMB * MB) / b.bytes;
      if (row.ratio > options.bound) row.why = `time grows ${row.ratio.toFixed(1)}× (bound ${options.bound}×)`;
      else row.ok = true;
    }
    rows.push(row);
    if (!options.json) {
      const fmt = (m) => (m.failed ? m.failed.padStart(22) : `${(m.cpuMs / 1000).toFixed(2).padStart(7)} s cpu ${m.addedMB.toFixed(0).padStart(5)} MB`);
      console.log(
        `${name.padEnd(24)} ${fmt(a)}  ${fmt(b)}  ${row.ratio === null ? '     -' : `${row.ratio.toFixed(1).padStart(5)}×`}  ${row.memoryFactor === null ? '    -' : `${row.memoryFactor.toFixed(1).padStart(5)}×`}  ${row.ok ? 'ok' : `FAIL ${row.why}`}`,
      );
    }
  }
  return rows;
}

if (process.argv[2] === '--child') {
  await child(process.argv[3], Number(process.argv[4]));
} else if (import.meta.url === `file://${process.argv[1]}` || process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!existsSync(fileURLToPath(pipelineUrl))) {
    console.error('growth: dist/ is missing; run `npm run build` (npm run bench:growth does)');
    process.exit(2);
  }
  const options = parseArgs(process.argv.slice(2));
  const kb = (n) => (n >= MB ? `${n / MB} MB` : `${Math.round(n / 1024)} KB`);
  const small = Math.round(MB * options.scale);
  if (!options.json) {
    console.log(`growth: each family at ${kb(small)} and ${kb(small * 4)}; time ratio bound ${options.bound}× (linear 4×), heap capped at the loaded pipeline + ${options.memory}× the input`);
    console.log(`${'family'.padEnd(24)} ${kb(small).padStart(22)}  ${kb(small * 4).padStart(22)}  ratio  RSS added / input`);
  }
  const rows = growth(options);
  if (options.json) console.log(JSON.stringify(rows, null, 2));
  const bad = rows.filter((r) => !r.ok);
  if (bad.length > 0) {
    console.error(`growth: ${bad.length} famil${bad.length === 1 ? 'y' : 'ies'} over the bound: ${bad.map((r) => r.family).join(', ')}`);
    process.exit(1);
  }
}
