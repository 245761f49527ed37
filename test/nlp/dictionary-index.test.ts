// The prebuilt dictionary index (src/nlp/dictionary-index.ts): read through it, the partial IDF
// file is the one partialIdf writes; the build writes it for the installed dictionaries.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { indexIdf, partialIdfIndexed, readPrebuiltIndex } from '../../src/nlp/dictionary-index.js';
import { indexDictionary, partialIdf, wordsIn } from '../../src/nlp/partial-dictionary.js';

const DICT = '学校 120 n\n教育 300 vn\n教育局 40 nt\n医院 80 n\n的 9000 uj\n';
const IDF = '学校 4.5\n教育 2.25\n医院 9\n教育局 7.75\n校 3\n';

/** The lines of a partial IDF file, its placeholder (the last line) apart. */
const split = (file: string): { lines: string[]; placeholder: number } => {
  const lines = file.trim().split('\n');
  const last = lines.pop() ?? '';
  return { lines: lines.sort(), placeholder: Number(last.split(' ')[1]) };
};

describe('the IDF index', () => {
  const hashesOf = (text: string): Set<number> => {
    const hashes = new Set<number>();
    wordsIn(indexDictionary(DICT), text, new Set(), hashes);
    return hashes;
  };
  it.each(['学校教育', '教育局的医院', '没有词', '学校'])('gives the lines and placeholder partialIdf gives: %s', (text) => {
    const hashes = hashesOf(text);
    const indexed = split(partialIdfIndexed(indexIdf(Buffer.from(IDF)), hashes));
    const plain = split(partialIdf(IDF, hashes));
    expect(indexed.lines).toEqual(plain.lines);
    expect(indexed.placeholder).toBeCloseTo(plain.placeholder, 9);
  });
  it('reads multi-byte words by their byte ranges', () => {
    const idf = indexIdf(Buffer.from(IDF));
    expect(split(partialIdfIndexed(idf, hashesOf('医院'))).lines).toEqual(['医院 9']);
  });
  it('keeps the mean IDF of the whole file', () => expect(indexIdf(Buffer.from(IDF)).mean).toBeCloseTo((4.5 + 2.25 + 9 + 7.75 + 3) / 5, 9));
});

describe('the prebuilt index files', () => {
  const require = createRequire(import.meta.url);
  const jieba = require('nodejieba') as { DEFAULT_DICT: string; DEFAULT_IDF_DICT: string };
  it('the build wrote them for the installed dictionaries', () => {
    const meta = JSON.parse(readFileSync(new URL('../../dist/nlp/jieba-index.json', import.meta.url), 'utf8')) as { dictLength: number };
    expect(meta.dictLength).toBe(readFileSync(jieba.DEFAULT_DICT, 'utf8').length);
  });
  it('next to the sources (no files) nothing is read, and everything is computed', () => {
    expect(existsSync(new URL('../../src/nlp/jieba-index.json', import.meta.url))).toBe(false);
    expect(readPrebuiltIndex(readFileSync(jieba.DEFAULT_DICT, 'utf8'), jieba.DEFAULT_IDF_DICT)).toBeNull();
  });
});
