import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/batch/order.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function collect<R>(gen: AsyncGenerator<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

describe('orderedMap', () => {
  it('yields in input order whatever order the work finishes in', async () => {
    const delays = [40, 5, 30, 0, 20, 10, 1, 35];
    const finished: number[] = [];
    const out = await collect(
      orderedMap(delays, async (ms, i) => {
        await sleep(ms);
        finished.push(i);
        return i;
      }, { window: 8 }),
    );
    expect(out).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(finished).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]); // they really did finish out of order
  });

  it('never has more than `window` items started and not yet taken', async () => {
    let started = 0;
    let taken = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    for await (const _ of orderedMap(items, async (i) => {
      started++;
      most = Math.max(most, started - taken);
      await sleep(i % 3);
      return i;
    }, { window: 5 })) {
      taken++;
    }
    expect(most).toBeLessThanOrEqual(5);
    expect(taken).toBe(50);
  });

  it('starts nothing more once the consumer stops', async () => {
    let started = 0;
    const items = Array.from({ length: 100 }, (_, i) => i);
    for await (const i of orderedMap(items, async (x) => (started++, x), { window: 4 })) {
      if (i === 2) break;
    }
    expect(started).toBeLessThanOrEqual(3 + 4);
  });

  it('a rejected item surfaces when its turn comes', async () => {
    const gen = orderedMap([1, 2, 3], async (x) => {
      if (x === 2) throw new Error('bug');
      return x;
    }, { window: 3 });
    await expect(collect(gen)).rejects.toThrow('bug');
  });

  it('an empty list yields nothing', async () => expect(await collect(orderedMap([], async (x) => x, { window: 2 }))).toEqual([]));
});
