// Across processes (several on one file, or on one libSQL server) the database itself serialises writers: a
// transaction that finds the lock held past the busy timeout, or whose audit event lost the race for the next place
// in the chain, is rolled back whole and tried again after a growing, jittered pause.
import { setTimeout as sleep } from 'node:timers/promises';
import { isBusy, isUniqueViolation } from './sqliteErrors.ts';

export const RETRY_ATTEMPTS = 8;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 500;

/** A lost race that a fresh transaction can win: busy/locked, or the chain's next id taken by another writer. */
export function isRetryable(error: unknown): boolean {
  return isBusy(error) || isUniqueViolation(error, 'audit_events.id');
}

/** Runs `attempt` (a whole transaction) until it succeeds, fails otherwise, or has lost RETRY_ATTEMPTS races. */
export async function retryLostRace<T>(attempt: () => Promise<T>, attempts = RETRY_ATTEMPTS): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (n >= attempts || !isRetryable(error)) throw error;
      const pause = Math.min(LONGEST_PAUSE_MS, FIRST_PAUSE_MS * 2 ** n);
      await sleep(pause / 2 + Math.random() * (pause / 2));
    }
  }
}
