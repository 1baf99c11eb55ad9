// Writes run one at a time in this process. The libsql driver is synchronous: a connection waiting on another's
// write lock busy-waits on the event loop, so the holder could never finish. Queuing writers avoids that stall;
// readers (WAL) are not queued. Other processes are not in this queue: there the database serialises writers, and a
// write that lost the race (busy, locked) is tried again whole (db/retryBusy.ts).
import { retryLostRace } from './retryBusy.ts';

export interface WriteQueue {
  /** `write` is a whole transaction: it may run again after a lost race. */
  <T>(write: () => Promise<T>): Promise<T>;
  /** Goes up after every write, so caches of what was read can tell they are stale. */
  version(): number;
}

export function makeWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  let version = 0;
  const queue = <T>(write: () => Promise<T>): Promise<T> => {
    const attempt = () => retryLostRace(write);
    const run = tail.then(attempt, attempt).finally(() => version++);
    tail = run.catch(() => undefined);
    return run;
  };
  return Object.assign(queue, { version: () => version });
}
