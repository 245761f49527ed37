// Writing to stdout with backpressure, and quietly stopping when the reader goes away
// (`plan-extract docs | head -1` must not crash with EPIPE).
import type { Writable } from 'node:stream';

/** True for the errors a closed pipe gives: stop writing, say nothing. */
export function isBrokenPipe(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END';
}

/**
 * Writes `chunk`, waiting for 'drain' when the stream's buffer is full.
 * Resolves false when the stream is closed or broken (the caller should stop), true otherwise.
 */
export function writeChunk(stream: Writable, chunk: string): Promise<boolean> {
  if (chunk === '') return Promise.resolve(!stream.destroyed);
  if (stream.destroyed || stream.writableEnded) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    let settled = false;
    const done = (value: boolean, err?: unknown): void => {
      if (settled) return;
      settled = true;
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (err !== undefined && !isBrokenPipe(err)) reject(err);
      else resolve(value);
    };
    const onDrain = (): void => done(true);
    const onError = (err: unknown): void => done(false, err);
    const onClose = (): void => done(false);
    stream.on('error', onError);
    stream.on('close', onClose);
    let flushed: boolean;
    try {
      flushed = stream.write(chunk);
    } catch (err) {
      done(false, err);
      return;
    }
    if (flushed) done(true);
    else stream.on('drain', onDrain);
  });
}
