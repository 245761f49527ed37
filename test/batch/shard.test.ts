import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/batch/shard.js';

describe('parseShard', () => {
  it('K/N', () => expect(parseShard('2/4')).toEqual({ index: 2, count: 4 }));
  it('1/1', () => expect(parseShard('1/1')).toEqual({ index: 1, count: 1 }));
  it('K above N is refused', () => expect(parseShard('5/4')).toBeNull());
  it('K = 0 is refused', () => expect(parseShard('0/4')).toBeNull());
  it('N = 0 is refused', () => expect(parseShard('0/0')).toBeNull());
  it('words are refused', () => expect(parseShard('two of four')).toBeNull());
  it('a negative K is refused', () => expect(parseShard('-1/4')).toBeNull());
});

describe('shardOf', () => {
  const paths = Array.from({ length: 400 }, (_, i) => `corpus/${i % 7}/文件${i}.txt`);
  it('is stable (the same path, the same shard, every time)', () =>
    expect(paths.map((p) => shardOf(p, 4))).toEqual(paths.map((p) => shardOf(p, 4))));
  it('does not depend on the order of the inputs', () => {
    const forward = new Map(paths.map((p) => [p, shardOf(p, 4)]));
    expect([...paths].reverse().every((p) => shardOf(p, 4) === forward.get(p))).toBe(true);
  });
  // pinned: a change here moves files between the CI jobs of users' pipelines
  it('is a fixed value (sha256 of the path, the same on every machine)', () =>
    expect([shardOf('a.txt', 4), shardOf('plans/b.pdf', 3), shardOf('报告/2024.docx', 10)]).toEqual([2, 1, 3]));
  it('the shards partition the inputs', () => {
    const shards = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })));
    expect(shards.flat().sort()).toEqual([...paths].sort());
    expect(new Set(shards.flat()).size).toBe(paths.length);
  });
  it('spreads inputs roughly evenly', () => {
    const sizes = [1, 2, 3, 4].map((index) => paths.filter((p) => inShard(p, { index, count: 4 })).length);
    for (const n of sizes) expect(n).toBeGreaterThan(60);
  });
  it('one shard holds everything', () => expect(paths.every((p) => inShard(p, { index: 1, count: 1 }))).toBe(true));
});
