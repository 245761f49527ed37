// A benchmark corpus made from samples/: documents of varied, realistic sizes, written to a
// folder given (a temporary one: never committed). Deterministic for a seed.
//
// Most documents are a sample's head (title, preamble) followed by top-level sections drawn
// from every sample and numbered again (一、二、…) until the document reaches its drawn size;
// years are shifted and figures varied. The rest are variations of the special samples
// (traditional script, Markdown with front matter, two documents in one file, flattened web
// text) and verbatim GB18030 copies, so every reader path is exercised.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 23 → 二十三, 99 → 九十九. */
export function chineseNumber(n) {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${NUMERALS[ones]}`;
}

/** mulberry32: a small seeded PRNG, so the corpus is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOP = /^[一二三四五六七八九十]+、/;

/** Splits a text into its head (before the first 一、 line) and its top-level sections. */
function sectionsOf(text) {
  const lines = text.split('\n');
  const head = [];
  const sections = [];
  for (const line of lines) {
    if (TOP.test(line)) sections.push([line.replace(TOP, '')]);
    else if (sections.length > 0) sections[sections.length - 1].push(line);
    else head.push(line);
  }
  return { head: head.join('\n'), sections: sections.map((s) => s.join('\n').trimEnd()) };
}

function readSamples(samplesDir) {
  const utf8 = (name) => readFileSync(join(samplesDir, name), 'utf8');
  return {
    composed: ['work-plan-simplified.txt', 'government-work-report.txt', 'summary-report-simplified.txt', 'two-documents.txt'].map((n) => sectionsOf(utf8(n))),
    traditional: utf8('work-plan-traditional.txt'),
    markdown: utf8('work-plan-frontmatter.md'),
    twoDocuments: utf8('two-documents.txt'),
    flattened: utf8('report-flattened-web.txt'),
    gb18030: readFileSync(join(samplesDir, 'work-plan-gb18030.txt')),
  };
}

/** Years moved by `shift`; quantities (a figure before a unit) scaled by 0.5–2, whole ones kept whole. */
function vary(text, rand, shift) {
  return text
    .replace(/20(\d\d)(?=年)/g, (_, yy) => String(2000 + ((Number(yy) + shift + 100) % 100)))
    .replace(/(?<![\d.])(\d{1,5})(?:\.(\d+))?(?=[万亿千百个名人所项家次元平公亩台套件处条])/g, (m, whole, frac) => {
      const value = Number(m) * (0.5 + rand() * 1.5);
      return frac ? value.toFixed(frac.length) : String(Math.max(1, Math.round(value)));
    });
}

/** A size in bytes: log-normal, median 8 KB, most between 3 and 25 KB, clipped to 1.5–64 KB. */
function drawSize(rand) {
  const u = Math.max(rand(), 1e-9);
  const v = rand();
  const normal = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  return Math.min(64 * 1024, Math.max(1536, Math.round(8 * 1024 * Math.exp(0.7 * normal))));
}

function composed(samples, rand, target) {
  const pool = samples.composed.flatMap((s) => s.sections);
  const base = samples.composed[Math.floor(rand() * samples.composed.length)];
  const parts = [base.head.trimEnd()];
  let size = Buffer.byteLength(parts[0]);
  for (let n = 1; n < 99 && (n <= 2 || size < target); n++) {
    const section = `${chineseNumber(n)}、${pool[Math.floor(rand() * pool.length)]}`;
    parts.push(section);
    size += Buffer.byteLength(section) + 1;
  }
  return `${parts.join('\n')}\n`;
}

/**
 * Writes `count` documents under `dir` (100 a folder) and returns their sizes.
 * @returns {{ files: number, bytes: number, sizes: number[] }}
 */
export function makeCorpus(samplesDir, dir, count, seed = 12) {
  const samples = readSamples(samplesDir);
  const rand = random(seed);
  const sizes = [];
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `d${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const shift = Math.floor(rand() * 9) - 6;
    const pick = rand();
    const name = join(folder, `doc${String(i).padStart(5, '0')}`);
    let file;
    let content;
    if (pick < 0.05) [file, content] = [`${name}.txt`, samples.gb18030];
    else if (pick < 0.12) [file, content] = [`${name}.txt`, vary(samples.traditional, rand, shift)];
    else if (pick < 0.17) [file, content] = [`${name}.md`, vary(samples.markdown, rand, shift)];
    else if (pick < 0.22) [file, content] = [`${name}.txt`, vary(samples.twoDocuments, rand, shift)];
    else if (pick < 0.27) [file, content] = [`${name}.txt`, vary(samples.flattened, rand, shift)];
    else [file, content] = [`${name}.txt`, vary(composed(samples, rand, drawSize(rand)), rand, shift)];
    writeFileSync(file, content);
    sizes.push(typeof content === 'string' ? Buffer.byteLength(content) : content.length);
  }
  return { files: count, bytes: sizes.reduce((a, b) => a + b, 0), sizes };
}
