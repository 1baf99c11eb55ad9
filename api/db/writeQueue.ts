// Writes run one at a time in this process. The libsql driver is synchronous: a connection waiting on another's
// write lock busy-waits on the event loop, so the holder could never finish. Queuing writers avoids that stall;
// readers (WAL) are not queued.

export type WriteQueue = <T>(write: () => Promise<T>) => Promise<T>;

export function makeWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return (write) => {
    const run = tail.then(write, write);
    tail = run.catch(() => undefined);
    return run;
  };
}
