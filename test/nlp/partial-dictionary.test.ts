import { describe, expect, it } from 'vitest';
import { indexDictionary, partialDictionary, partialIdf, partialUserDictionary, wordsIn } from '../../src/nlp/partial-dictionary.js';

const DICT = ['一 100 m', '的 300 uj', '教育 50 vn', '教育局 5 nt', '学校 40 n', '学 30 v', '校 20 n', '大屠杀 2 n', '局 10 n'].join('\n') + '\n';
const SUM = 100 + 300 + 50 + 5 + 40 + 30 + 20 + 2 + 10;
const freqSum = (dict: string): number =>
  dict
    .trim()
    .split('\n')
    .reduce((n, l) => n + Number(l.split(' ')[1]), 0);
const words = (dict: string): string[] =>
  dict
    .trim()
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '');

describe('partial dictionaries', () => {
  const index = indexDictionary(DICT);
  it('knows the sum, the smallest and the median frequency', () => {
    expect(index).toMatchObject({ sum: SUM, min: 2, median: 30 });
  });
  it('keeps the words found in the text and every one-character word', () => {
    const lines = new Set<number>();
    wordsIn(index, '教育局的学校', lines);
    const dict = partialDictionary(index, lines);
    expect(words(dict).filter((w) => !/[\uf8fc-\uf8ff]/.test(w))).toEqual(['一', '的', '教育', '教育局', '学校', '学', '校', '局']);
  });
  it('keeps the whole frequency sum and the smallest frequency, so kept words weigh what they weighed', () => {
    const lines = new Set<number>();
    wordsIn(index, '学校', lines);
    const dict = partialDictionary(index, lines);
    expect(freqSum(dict)).toBe(SUM);
    expect(Math.min(...dict.trim().split('\n').map((l) => Number(l.split(' ')[1])))).toBe(2);
  });
  it('adds the words of a later text to the lines already found', () => {
    const lines = new Set<number>();
    wordsIn(index, '学校', lines);
    wordsIn(index, '大屠杀', lines);
    expect(words(partialDictionary(index, lines))).toContain('大屠杀');
  });
  it('writes the median frequency for user words that have none', () => {
    expect(partialUserDictionary('云计算\n蓝翔 nz\n区块链 10 nz\n', 30)).toBe('云计算 30 x\n蓝翔 30 nz\n区块链 10 nz\n');
  });
  it('keeps the IDF of the words found and the mean IDF', () => {
    const hashes = new Set<number>();
    wordsIn(index, '学校教育', new Set(), hashes);
    const idf = partialIdf('学校 4\n教育 2\n医院 9\n', hashes);
    const rows = idf.trim().split('\n').map((l) => l.split(' '));
    expect(rows.slice(0, 2)).toEqual([['学校', '4'], ['教育', '2']]);
    expect(rows.reduce((n, r) => n + Number(r[1]), 0) / rows.length).toBeCloseTo(5, 10);
  });
});
