// The worker pool against a toy worker (test/batch/fixtures/toy-worker.mjs, which uses the built dist/).
import { describe, expect, it } from 'vitest';
import { createPool } from '../../src/batch/pool.js';

const url = new URL('./fixtures/toy-worker.mjs', import.meta.url);

describe('createPool', () => {
  it('answers tasks, starting workers only on demand', async () => {
    const pool = createPool<string, string>({ url, size: 3 });
    expect(pool.alive()).toBe(0);
    const answers = await Promise.all(['echo:a', 'echo:b'].map((r) => pool.run(r).outcome));
    expect(answers).toEqual([{ ok: true, value: 'a' }, { ok: true, value: 'b' }]);
    expect(pool.started()).toBeLessThanOrEqual(2);
    await pool.close();
  });

  it('never runs more workers than its size', async () => {
    const pool = createPool<string, number>({ url, size: 2 });
    const ids = await Promise.all(Array.from({ length: 10 }, () => pool.run('who').outcome));
    expect(new Set(ids.map((o) => (o.ok ? o.value : -1))).size).toBeLessThanOrEqual(2);
    expect(pool.started()).toBe(2);
    await pool.close();
  });

  it('gives workers their workerData', async () => {
    const pool = createPool<string, unknown>({ url, size: 1, workerData: { serialize: 'file' } });
    expect(await pool.run('data').outcome).toEqual({ ok: true, value: { serialize: 'file' } });
    await pool.close();
  });

  it('a worker that exits fails only its task and is replaced', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    const [dead, after] = await Promise.all([pool.run('exit').outcome, pool.run('echo:next').outcome]);
    expect(dead).toMatchObject({ ok: false, reason: 'crashed' });
    expect(after).toEqual({ ok: true, value: 'next' });
    expect(pool.started()).toBe(2);
    await pool.close();
  });

  it('a worker that throws fails its task with the message', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    expect(await pool.run('throw').outcome).toEqual({ ok: false, reason: 'crashed', message: 'thrown in the worker' });
    expect(await pool.run('echo:still here').outcome).toEqual({ ok: true, value: 'still here' });
    await pool.close();
  });

  it('an abandoned task ends at once; its worker is terminated and replaced', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    const hung = pool.run('hang');
    const queued = pool.run('echo:queued');
    await hung.started; // a worker (once ready) holds it
    hung.abandon('took too long');
    expect(await hung.outcome).toEqual({ ok: false, reason: 'abandoned', message: 'took too long' });
    expect(await queued.outcome).toEqual({ ok: true, value: 'queued' });
    expect(pool.started()).toBe(2);
    await pool.close();
  });

  it('a queued task can be abandoned before it starts', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    const hung = pool.run('hang');
    const waiting = pool.run('echo:x');
    waiting.abandon('not needed');
    expect(await waiting.outcome).toMatchObject({ ok: false, reason: 'abandoned' });
    hung.abandon('done');
    await pool.close();
  });

  it('a worker over its heap limit fails its task as out-of-memory and is replaced', async () => {
    const pool = createPool<string, string>({ url, size: 1, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    const [hog, after] = await Promise.all([pool.run('hog').outcome, pool.run('echo:next').outcome]);
    expect(hog).toMatchObject({ ok: false, reason: 'out-of-memory' });
    expect(after).toEqual({ ok: true, value: 'next' });
    expect(pool.started()).toBe(2);
    await pool.close();
  }, 60_000);

  it('a task starts once its worker is ready, and `started` says when', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    const task = pool.run('echo:a');
    let started = false;
    void task.started.then(() => (started = true));
    expect(started).toBe(false);
    await task.started;
    expect(await task.outcome).toEqual({ ok: true, value: 'a' });
    await pool.close();
  });

  it('close() ends what is still running or waiting', async () => {
    const pool = createPool<string, string>({ url, size: 1 });
    const hung = pool.run('hang');
    const waiting = pool.run('echo:x');
    await pool.close();
    expect((await hung.outcome).ok).toBe(false);
    expect((await waiting.outcome).ok).toBe(false);
    expect(pool.alive()).toBe(0);
  });
});
