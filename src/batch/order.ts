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
 * items' order whatever order they finish in. Stopping the loop early (break, return, throw)
 * starts no further work; work already started is left to finish on its own.
 */
export async function* orderedMap<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  options: OrderedOptions,
): AsyncGenerator<R, void, undefined> {
  const window = Math.max(1, Math.floor(options.window));
  // slot i holds the promise of item i from when it starts until it is taken
  const pending = new Map<number, Promise<R>>();
  let started = 0;
  const fill = (next: number): void => {
    while (started < items.length && started < next + window) {
      const index = started++;
      const promise = work(items[index] as T, index);
      // a rejection is surfaced when the slot is taken; until then it must not count as unhandled
      promise.catch(() => undefined);
      pending.set(index, promise);
    }
  };
  for (let next = 0; next < items.length; next++) {
    fill(next);
    const promise = pending.get(next) as Promise<R>;
    const result = await promise;
    pending.delete(next);
    yield result;
  }
}
