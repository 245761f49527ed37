#!/usr/bin/env node
// Writes a trimmed copy of nodejieba's dictionary, to measure the alternative to the whole one
// (`npm run bench -- --trimmed N`; PLAN_EXTRACT_DICT=DIR makes plan-extract load it). The whole
// dictionary (349,000 words) costs about 2 s and 240 MB per process or worker to load. Kept: every
// one-character word, every word at least MIN_FREQ frequent, and every word the code names (Han
// words in src/: the rules rely on jieba cutting them whole). Kept words weigh what they weigh in
// the whole dictionary: a placeholder word that no text contains carries the removed frequency
// (jieba weighs a word log(freq / sum)), another the smallest frequency (the weight of a character
// not in the dictionary), and the user dictionary's words get the median frequency written out.
// Not the default: frequency-3 words (a third of the dictionary) include many words of official
// documents (占地面积, 体育锻炼, 参赛选手), and metric labels lose them (measured in the README).
//
//   node scripts/trim-dictionary.mjs [--min-freq N] --out DIR
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Words less frequent than this are dropped (unless one character or named in src/). */
export const MIN_FREQ = 10;
/** Placeholder words: private-use characters that no decoded document contains. */
const SUM_WORD = '\u{F8FF}\u{F8FE}\u{F8FD}';
const MIN_WORD = '\u{F8FF}\u{F8FE}\u{F8FC}';

/**
 * The trimmed dictionary and user dictionary (file contents) for `dict` and `user` (file
 * contents in jieba's formats: "word freq tag" and "word [freq] [tag]").
 */
export function trimDictionary(dict, user, keepWords, minFreq = MIN_FREQ) {
  const entries = [];
  for (const line of dict.split('\n')) {
    if (!line) continue;
    const [word, freq, tag] = line.split(' ');
    entries.push({ word, freq: Number(freq), tag, line });
  }
  const sum = entries.reduce((n, e) => n + e.freq, 0);
  const sorted = entries.map((e) => e.freq).sort((a, b) => a - b);
  const min = sorted[0];
  const median = sorted[Math.floor(sorted.length / 2)];
  const kept = entries.filter((e) => [...e.word].length === 1 || e.freq >= minFreq || keepWords.has(e.word));
  const keptSum = kept.reduce((n, e) => n + e.freq, 0);
  const lines = kept.map((e) => e.line);
  // the removed frequency, less the smallest one written apart
  if (sum - keptSum - min > 0) lines.push(`${SUM_WORD} ${sum - keptSum - min} x`);
  lines.push(`${MIN_WORD} ${min} x`);
  // a user word without a frequency weighs the median word: write that frequency out, and a tag
  const userLines = user
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const parts = l.trim().split(' ');
      if (parts.length === 3) return parts.join(' ');
      return `${parts[0]} ${median} ${parts[1] ?? 'x'}`;
    });
  return { dict: `${lines.join('\n')}\n`, user: `${userLines.join('\n')}\n`, words: { all: entries.length, kept: kept.length } };
}

/** Han words of two characters or more named in the TypeScript sources under `dir`. */
export function wordsNamedIn(dir) {
  const words = new Set();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/[\u3400-\u9fff]{2,}/g)) words.add(m[0]);
    }
  };
  walk(dir);
  return words;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const out = opt('--out', null);
  if (!out) {
    console.error('usage: node scripts/trim-dictionary.mjs [--min-freq N] --out DIR');
    process.exit(2);
  }
  const minFreq = Number(opt('--min-freq', MIN_FREQ));
  const jieba = createRequire(import.meta.url)('nodejieba');
  const src = join(root, 'src');
  const keep = existsSync(src) ? wordsNamedIn(src) : new Set();
  const r = trimDictionary(readFileSync(jieba.DEFAULT_DICT, 'utf8'), readFileSync(jieba.DEFAULT_USER_DICT, 'utf8'), keep, minFreq);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'jieba.dict.utf8'), r.dict);
  writeFileSync(join(out, 'user.dict.utf8'), r.user);
  console.log(`trim-dictionary: kept ${r.words.kept} of ${r.words.all} words (frequency ≥ ${minFreq}, one character, or named in src/) in ${out}`);
}
