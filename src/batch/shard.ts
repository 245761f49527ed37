// `--shard K/N`: a deterministic share of a batch's inputs, so N CI jobs each extract one part.
// An input's shard depends on its path as the user named it, never on the order or the number of
// inputs, so every job given the same command line agrees on who does what.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

const SHARD = /^(\d{1,6})\/(\d{1,6})$/;

/** "K/N" with 1 ≤ K ≤ N, else null. */
export function parseShard(text: string): Shard | null {
  const m = SHARD.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The shard (1..count) that extracts `path`: a stable hash of the path's UTF-8 bytes. */
export function shardOf(path: string, count: number): number {
  const digest = createHash('sha256').update(path, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(path: string, shard: Shard): boolean {
  return shardOf(path, shard.count) === shard.index;
}
