import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isBrokenPipe, writeChunk } from '../../src/emit/stream.js';

describe('isBrokenPipe', () => {
  it('EPIPE', () => expect(isBrokenPipe(Object.assign(new Error('x'), { code: 'EPIPE' }))).toBe(true));
  it('a destroyed stream', () => expect(isBrokenPipe(Object.assign(new Error('x'), { code: 'ERR_STREAM_DESTROYED' }))).toBe(true));
  it('ENOSPC is a real failure', () => expect(isBrokenPipe(Object.assign(new Error('x'), { code: 'ENOSPC' }))).toBe(false));
  it('null', () => expect(isBrokenPipe(null)).toBe(false));
});

describe('writeChunk', () => {
  it('writes and resolves true', async () => {
    const s = new PassThrough();
    expect(await writeChunk(s, 'abc')).toBe(true);
    expect(String(s.read())).toBe('abc');
  });
  it('waits for drain when the buffer is full', async () => {
    const s = new PassThrough({ highWaterMark: 4 });
    const pending = writeChunk(s, 'abcdefgh');
    let done = false;
    void pending.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(done).toBe(false);
    s.resume();
    expect(await pending).toBe(true);
  });
  it('resolves false on a destroyed stream', async () => {
    const s = new PassThrough();
    s.destroy();
    expect(await writeChunk(s, 'x')).toBe(false);
  });
  it('resolves false when the reader breaks the pipe', async () => {
    const s = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    s.on('error', () => undefined);
    expect(await writeChunk(s, 'xyz')).toBe(false);
  });
  it('rejects on a real write failure', async () => {
    const s = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        cb(Object.assign(new Error('no space'), { code: 'ENOSPC' }));
      },
    });
    s.on('error', () => undefined);
    await expect(writeChunk(s, 'xyz')).rejects.toThrow('no space');
  });
  it('an empty chunk is a no-op', async () => expect(await writeChunk(new PassThrough(), '')).toBe(true));
});
