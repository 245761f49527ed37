// The reorder buffer of a batch: inputs are worked on concurrently and finish in any order,
// but their results come out in input order, and only a bounded window of them is ever
// started and not yet taken, so memory stays flat however many inputs there are.

export interface OrderedOptions {
  /**
   * How many items may be started and not yet taken by the consumer, the next one to take
   * included. The work itself is throttled elsewhere (the worker pool's size); this bounds
   * what waits in queues and in the buffer.
   */
  readonly window: number;
}

/**
 * Applies `work` to every item, `options.window` at a time, and yields the results in the
 * items' order whatever order they finish in. Items may come from an async iterable (the rows of a
 * corpus table, read as they are needed): it is pulled only while the window has room. Stopping
 * the loop early (break, return, throw) starts no further work and closes the iterable; work
 * already started is left to finish on its own.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  work: (item: T, index: number) => Promise<R>,
  options: OrderedOptions,
): AsyncGenerator<R, void, undefined> {
  const window = Math.max(1, Math.floor(options.window));
  const source: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in items ? (items as AsyncIterable<T>)[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  // the promises of the items started and not yet taken, in order
  const pending: Promise<R>[] = [];
  let started = 0;
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && pending.length < window) {
        const next = await source.next();
        if (next.done) {
          exhausted = true;
          break;
        }
        const promise = work(next.value, started++);
        // a rejection is surfaced when the slot is taken; until then it must not count as unhandled
        promise.catch(() => undefined);
        pending.push(promise);
      }
      const promise = pending.shift();
      if (!promise) return;
      yield await promise;
    }
  } finally {
    if (!exhausted) await source.return?.();
  }
}
