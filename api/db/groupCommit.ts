// Claims that arrive while one batch is committing are written together: one transaction and one fsync for the
// batch, the writer handling all its jobs at once (one statement per table). Should the writer fail, the batch is
// undone and written again job by job, each in its own savepoint, so a bad job fails only itself. No job is
// acknowledged before COMMIT. Batches run on the claims' own connection (db/claimConnection.ts, or
// db/clientClaimConnection.ts on a libSQL server).
import type { ClaimConnection, ClaimTransaction, ClaimTx } from './claimConnection.ts';
import type { WriteQueue } from './writeQueue.ts';
import { isRetryable, retryLostRace } from './retryBusy.ts';

export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

/** Writes jobs together, answering an outcome for each in order; throws when a statement fails. */
export type BatchWriter<J, R> = (tx: ClaimTx, jobs: readonly J[]) => Promise<Outcome<R>[]>;

export type GroupCommit<J, R> = (job: J) => Promise<R>;

interface Pending<J> {
  job: J;
  resolve: (value: never) => void;
  reject: (error: unknown) => void;
}

const SAVEPOINT = { sql: 'SAVEPOINT batch', args: [] };
const RELEASE = { sql: 'RELEASE batch', args: [] };
const ROLLBACK_TO = { sql: 'ROLLBACK TO batch', args: [] };

// The error's kind, never its message (a message may quote values).
const describe = (error: unknown) => {
  const { name, code, extendedCode } = error as Error & { code?: string; extendedCode?: string };
  return [name, extendedCode ?? code].filter(Boolean).join(' ');
};

/** `beforeBatch` runs first in every batch transaction (the durability check of its connection). */
export function makeGroupCommit<J, R>(connection: ClaimConnection, writes: WriteQueue, beforeBatch: (tx: ClaimTx) => Promise<void>, write: BatchWriter<J, R>): GroupCommit<J, R> {
  let pending: Pending<J>[] = [];
  let scheduled = false;

  // The jobs' writes, or none of them when the writer throws.
  const inSavepoint = async (tx: ClaimTx, jobs: readonly J[]) => {
    await tx.run(SAVEPOINT);
    try {
      const outcomes = await write(tx, jobs);
      await tx.run(RELEASE);
      return outcomes;
    } catch (error) {
      await tx.run(ROLLBACK_TO);
      await tx.run(RELEASE);
      throw error;
    }
  };

  const writeOneByOne = async (tx: ClaimTx, jobs: readonly J[]) => {
    const outcomes: Outcome<R>[] = [];
    for (const job of jobs) outcomes.push(await inSavepoint(tx, [job]).then((o) => o[0]!, (error: unknown) => ({ ok: false, error })));
    return outcomes;
  };

  // One transaction for the batch, begun and ended within this flush; a lost race (busy, the chain's next place
  // taken by another process) undoes it whole, to be tried again.
  const writeBatch = async (jobs: readonly J[]): Promise<Outcome<R>[]> => {
    let tx: ClaimTransaction | undefined;
    try {
      tx = await connection.begin();
      await beforeBatch(tx);
      const outcomes = await inSavepoint(tx, jobs).catch((error: unknown) => {
        if (isRetryable(error)) throw error;
        if (jobs.length === 1) return [{ ok: false as const, error }];
        // The writer's read should foresee every refusal: a batch written again is worth a line in the log.
        console.warn(`[claims] a batch of ${jobs.length} was written again claim by claim after ${describe(error)}`);
        return writeOneByOne(tx!, jobs);
      });
      const lost = outcomes.find((o) => !o.ok && isRetryable(o.error));
      if (lost) throw (lost as { error: unknown }).error;
      await tx.commit();
      return outcomes;
    } finally {
      await tx?.close().catch((error: unknown) => console.error(`[claims] a batch could not be rolled back: ${describe(error)}`));
    }
  };

  const flush = async () => {
    scheduled = false;
    const batch = pending;
    pending = [];
    const jobs = batch.map((p) => p.job);
    let outcomes: Outcome<R>[];
    try {
      outcomes = await retryLostRace(() => writeBatch(jobs));
    } catch (error) {
      for (const p of batch) p.reject(error);
      return;
    }
    batch.forEach((p, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) p.resolve(outcome.value as never);
      else p.reject(outcome.error);
    });
  };

  return (job: J) =>
    new Promise<R>((resolve, reject) => {
      pending.push({ job, resolve: resolve as (value: never) => void, reject });
      if (!scheduled) {
        scheduled = true;
        // After the I/O phase, so claims whose requests already arrived join this batch.
        setImmediate(() => void writes(flush));
      }
    });
}
