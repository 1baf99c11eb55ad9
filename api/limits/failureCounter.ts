// Failures counted per key within a window; reaching the limit locks the key for a while, longer each time it
// recurs within a day when the rule says so. In memory: one process serves the county, and a restart forgetting
// failures is acceptable.

export interface LockRule {
  /** Failures within the window that reach the limit. */
  limit: number;
  /** How long a count lasts from its first failure, ms. */
  windowMs: number;
  /** How long the key is then locked, ms; 0 never locks (reaching the limit is only reported). */
  lockMs: number;
  /** Each further lock within a day doubles `lockMs`, up to this many ms; without it every lock is `lockMs`. */
  maxLockMs?: number;
  /** The lock ends with the count's window (a quota: `limit` per window), `lockMs` at most. */
  untilWindowEnds?: boolean;
}

/** A count that just reached its limit: how many failures since when. */
export interface Reached {
  failures: number;
  since: number;
}

interface Entry {
  failures: number;
  windowStart: number;
  windowEnds: number;
  lockedUntil: number;
  locks: number;
  forgetAt: number;
}

export interface FailureCounter {
  /** ms until the key may try again; 0 when it may now. */
  lockedFor(key: string, now: number): number;
  /** Counts one failure; says so when it reached the limit (and the key is then locked, if the rule locks). */
  fail(key: string, rule: LockRule, now: number): Reached | undefined;
  /** Forgets the key's failures (it succeeded). */
  forget(key: string): void;
}

const DAY_MS = 86_400_000;
/** Keys kept before expired ones are swept, so a flood of made-up subjects cannot grow memory without end. */
const SWEEP_ABOVE = 100_000;

export function makeFailureCounter(): FailureCounter {
  const entries = new Map<string, Entry>();
  let nextSweep = 0;
  const live = (key: string, now: number) => {
    const entry = entries.get(key);
    if (entry && now >= entry.forgetAt) entries.delete(key);
    return entries.get(key);
  };
  const sweep = (now: number) => {
    if (entries.size <= SWEEP_ABOVE || now < nextSweep) return;
    nextSweep = now + 1000;
    for (const [key, entry] of entries) if (now >= entry.forgetAt) entries.delete(key);
  };
  return {
    lockedFor(key, now) {
      const entry = live(key, now);
      return entry && entry.lockedUntil > now ? entry.lockedUntil - now : 0;
    },
    fail(key, rule, now) {
      const entry = live(key, now) ?? { failures: 0, windowStart: now, windowEnds: now, lockedUntil: 0, locks: 0, forgetAt: 0 };
      if (now >= entry.windowEnds) Object.assign(entry, { failures: 0, windowStart: now, windowEnds: now + rule.windowMs });
      entry.failures++;
      let reached: Reached | undefined;
      if (entry.failures >= rule.limit) {
        reached = { failures: entry.failures, since: entry.windowStart };
        const windowEnds = entry.windowEnds;
        // The next failure after this starts a new count.
        Object.assign(entry, { failures: 0, windowEnds: now });
        if (rule.lockMs > 0) {
          const lockedUntil = now + Math.min(rule.lockMs * 2 ** entry.locks, rule.maxLockMs ?? rule.lockMs);
          entry.lockedUntil = rule.untilWindowEnds ? Math.min(lockedUntil, windowEnds) : lockedUntil;
          entry.locks++;
        }
      }
      entry.forgetAt = Math.max(entry.windowEnds, entry.lockedUntil) + (entry.locks > 0 ? DAY_MS : 0);
      entries.set(key, entry);
      sweep(now);
      return reached;
    },
    forget(key) {
      entries.delete(key);
    },
  };
}
