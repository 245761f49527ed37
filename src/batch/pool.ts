// A pool of worker threads, each doing one task at a time. Workers start on demand (a batch
// whose inputs are all cached starts none), a worker that dies is replaced and only the task
// it held fails, and a task can be abandoned: its worker is terminated and replaced. That last
// part is what per-input timeouts and memory limits (resourceLimits) build on.
import { Worker, type MessagePort, type ResourceLimits } from 'node:worker_threads';

/** How a task ended when it did not give an answer. */
export type TaskFailure =
  /** The worker died (an uncaught exception, process.exit, out of memory) while it held the task. */
  | { readonly ok: false; readonly reason: 'crashed'; readonly message: string }
  /** The worker went over its resourceLimits (and died of it) while it held the task. */
  | { readonly ok: false; readonly reason: 'out-of-memory'; readonly message: string }
  /** abandon() was called, or the pool was closed before the task finished. */
  | { readonly ok: false; readonly reason: 'abandoned'; readonly message: string };

export type TaskOutcome<R> = { readonly ok: true; readonly value: R } | TaskFailure;

export interface Task<R> {
  /** Settles once; never rejects. */
  readonly outcome: Promise<TaskOutcome<R>>;
  /** Resolves when a ready worker takes the task (never, when it ends before that): time limits count from here. */
  readonly started: Promise<void>;
  /** Gives up on the task: dequeued if waiting, else its worker is terminated (and replaced on demand). */
  abandon(message: string): void;
}

export interface PoolOptions {
  /** The worker module (see serveTasks). */
  readonly url: URL;
  /** The most workers alive at once (at least 1). */
  readonly size: number;
  /** Given to every worker as workerData. */
  readonly workerData?: unknown;
  /** Heap limits per worker; a worker over them dies and its task is 'crashed'. */
  readonly resourceLimits?: ResourceLimits;
}

export interface Pool<Q, R> {
  run(request: Q): Task<R>;
  /** Workers alive now. */
  alive(): number;
  /** Workers started since the pool was made (replacements included). */
  started(): number;
  /** Terminates every worker; tasks not finished end as 'abandoned'. */
  close(): Promise<void>;
}

/** What goes to a worker and back. */
export interface TaskMessage<Q> {
  readonly id: number;
  readonly request: Q;
}
export interface AnswerMessage<R> {
  readonly id: number;
  readonly value: R;
}
/** A worker's first message: it has loaded what it needs and takes tasks. */
export interface ReadyMessage {
  readonly ready: true;
}
/** The pool's first message to a worker: the native-call guard (see terminateSafely). */
export interface GuardMessage {
  readonly guard: SharedArrayBuffer;
}

/**
 * A native addon (nodejieba) that is inside a call when its worker is terminated aborts the whole
 * process. So each worker shares one Int32 with the pool: the worker sets it to IN_NATIVE around
 * native calls, the pool swaps FREE for STOPPING before terminating, and a worker that finds
 * STOPPING throws instead of entering native code (see src/nlp/segmenter.ts).
 */
export const GUARD = { FREE: 0, IN_NATIVE: 1, STOPPING: 2 } as const;

/** Terminates a worker once it is outside native code (polling every few milliseconds). */
async function terminateSafely(worker: Worker, guard: Int32Array): Promise<void> {
  while (Atomics.compareExchange(guard, 0, GUARD.FREE, GUARD.STOPPING) === GUARD.IN_NATIVE) {
    await new Promise((r) => setTimeout(r, 5));
  }
  await worker.terminate();
}

interface Slot<Q, R> {
  readonly id: number;
  readonly request: Q;
  readonly settle: (outcome: TaskOutcome<R>) => void;
  readonly start: () => void;
}

interface Hand<Q, R> {
  readonly worker: Worker;
  task: Slot<Q, R> | null;
  /** Set once the worker has ended or was told to; it takes no more tasks. */
  gone: boolean;
  /** Set by the worker's ready message (its start-up is not counted against a task). */
  ready: boolean;
  readonly guard: Int32Array;
}

export function createPool<Q, R>(options: PoolOptions): Pool<Q, R> {
  const size = Math.max(1, Math.floor(options.size));
  const hands = new Set<Hand<Q, R>>();
  const queue: Slot<Q, R>[] = [];
  let nextId = 0;
  let startedCount = 0;
  let closed = false;

  const retire = (hand: Hand<Q, R>, failure: TaskFailure | null): void => {
    if (!hand.gone) {
      hand.gone = true;
      hands.delete(hand);
      void terminateSafely(hand.worker, hand.guard);
    }
    const task = hand.task;
    hand.task = null;
    if (task && failure) task.settle(failure);
    dispatch();
  };

  const spawn = (): Hand<Q, R> => {
    const worker = new Worker(options.url, {
      workerData: options.workerData,
      ...(options.resourceLimits ? { resourceLimits: options.resourceLimits } : {}),
      // a worker's stray console output must not interleave with records on stdout
      stdout: true,
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    startedCount++;
    const guard = new SharedArrayBuffer(4);
    const hand: Hand<Q, R> = { worker, task: null, gone: false, ready: false, guard: new Int32Array(guard) };
    const guardMessage: GuardMessage = { guard };
    worker.postMessage(guardMessage);
    let lastError = '';
    let outOfMemory = false;
    worker.on('message', (answer: AnswerMessage<R> | ReadyMessage) => {
      if ('ready' in answer) {
        hand.ready = true;
        dispatch();
        return;
      }
      const task = hand.task;
      if (!task || task.id !== answer.id) return;
      hand.task = null;
      task.settle({ ok: true, value: answer.value });
      dispatch();
    });
    worker.on('error', (err: unknown) => {
      lastError = err instanceof Error ? err.message : String(err);
      if ((err as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') outOfMemory = true;
    });
    worker.on('exit', (code) => {
      if (hand.gone) return;
      const message = lastError || `the worker exited with code ${code}`;
      const failure: TaskFailure = outOfMemory ? { ok: false, reason: 'out-of-memory', message } : { ok: false, reason: 'crashed', message };
      // a worker that dies while starting fails the next task, so a worker that cannot start never loops
      if (!hand.ready && queue.length > 0) (queue.shift() as Slot<Q, R>).settle(failure);
      retire(hand, failure);
    });
    hands.add(hand);
    return hand;
  };

  const give = (hand: Hand<Q, R>, task: Slot<Q, R>): void => {
    hand.task = task;
    const message: TaskMessage<Q> = { id: task.id, request: task.request };
    hand.worker.postMessage(message);
    task.start();
  };

  function dispatch(): void {
    while (!closed && queue.length > 0) {
      let idle: Hand<Q, R> | undefined;
      let starting = 0;
      for (const h of hands) {
        if (h.gone) continue;
        if (!h.ready) starting++;
        else if (h.task === null && !idle) idle = h;
      }
      if (!idle) {
        // start workers for the tasks waiting that no worker starting up will take
        while (hands.size < size && starting < queue.length) {
          spawn();
          starting++;
        }
        return;
      }
      give(idle, queue.shift() as Slot<Q, R>);
    }
  }

  return {
    run(request: Q): Task<R> {
      const id = nextId++;
      let settled = false;
      let settleOutcome: (o: TaskOutcome<R>) => void = () => undefined;
      const outcome = new Promise<TaskOutcome<R>>((resolve) => {
        settleOutcome = resolve;
      });
      let markStarted: () => void = () => undefined;
      const started = new Promise<void>((resolve) => {
        markStarted = resolve;
      });
      const slot: Slot<Q, R> = {
        id,
        request,
        start: () => markStarted(),
        settle: (o) => {
          if (settled) return;
          settled = true;
          settleOutcome(o);
        },
      };
      if (closed) slot.settle({ ok: false, reason: 'abandoned', message: 'the worker pool is closed' });
      else {
        queue.push(slot);
        dispatch();
      }
      return {
        outcome,
        started,
        abandon(message: string): void {
          if (settled) return;
          const queued = queue.indexOf(slot);
          if (queued >= 0) {
            queue.splice(queued, 1);
            slot.settle({ ok: false, reason: 'abandoned', message });
            return;
          }
          for (const h of hands) {
            if (h.task === slot) {
              retire(h, { ok: false, reason: 'abandoned', message });
              return;
            }
          }
        },
      };
    },
    alive: () => hands.size,
    started: () => startedCount,
    async close(): Promise<void> {
      closed = true;
      for (const slot of queue.splice(0)) slot.settle({ ok: false, reason: 'abandoned', message: 'the worker pool was closed' });
      const ending = [...hands].map(async (h) => {
        h.gone = true;
        const task = h.task;
        h.task = null;
        task?.settle({ ok: false, reason: 'abandoned', message: 'the worker pool was closed' });
        await terminateSafely(h.worker, h.guard);
      });
      hands.clear();
      await Promise.all(ending);
    },
  };
}

/**
 * The worker's side: answers each task with `handler`'s value, one at a time as the pool sends
 * them. A handler that rejects takes the worker down; the pool reports its task as crashed.
 */
export function serveTasks<Q, R>(port: MessagePort, handler: (request: Q) => Promise<R>, onGuard: (guard: Int32Array) => void = () => undefined): void {
  port.on('message', (message: TaskMessage<Q> | GuardMessage) => {
    if ('guard' in message) {
      onGuard(new Int32Array(message.guard));
      return;
    }
    void handler(message.request).then((value) => {
      const answer: AnswerMessage<R> = { id: message.id, value };
      port.postMessage(answer);
    });
  });
  const ready: ReadyMessage = { ready: true };
  port.postMessage(ready);
}
