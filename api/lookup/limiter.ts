// Failed lookups are limited per case number (a few tries, then a cool-down) and per client bucket
// (an IP, or a kiosk terminal with its own credential so one village IP never locks out its neighbours).
// In memory: one process serves the county, and a restart forgetting failures is acceptable.

export interface LimiterRules {
  /** Failures on one case number before it cools down. */
  perCaseFailures: number;
  /** Failures from one bucket before it cools down. */
  perBucketFailures: number;
  /** Terminals serve many residents: their own, larger allowance. */
  perTerminalFailures: number;
  /** Window in which failures are counted and cool-down length, ms. */
  coolDownMs: number;
}

export const DEFAULT_LIMITER_RULES: LimiterRules = { perCaseFailures: 5, perBucketFailures: 20, perTerminalFailures: 200, coolDownMs: 15 * 60_000 };

interface Window {
  failures: number;
  startedAt: number;
}

export interface LookupLimiter {
  /** Minutes to wait when the case number or bucket is cooling down, else 0. */
  blockedFor(caseNo: string, bucket: string, now: number): number;
  recordFailure(caseNo: string, bucket: string, now: number): void;
}

export function makeLookupLimiter(rules: LimiterRules = DEFAULT_LIMITER_RULES): LookupLimiter {
  const windows = new Map<string, Window>();
  const limitOf = (key: string) => (key.startsWith('case:') ? rules.perCaseFailures : key.startsWith('terminal:') ? rules.perTerminalFailures : rules.perBucketFailures);
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && now - w.startedAt >= rules.coolDownMs) windows.delete(key);
    return windows.get(key);
  };
  return {
    blockedFor(caseNo, bucket, now) {
      let waitMs = 0;
      for (const key of [`case:${caseNo}`, bucket]) {
        const w = current(key, now);
        if (w && w.failures >= limitOf(key)) waitMs = Math.max(waitMs, w.startedAt + rules.coolDownMs - now);
      }
      return Math.ceil(waitMs / 60_000);
    },
    recordFailure(caseNo, bucket, now) {
      for (const key of [`case:${caseNo}`, bucket]) {
        const w = current(key, now) ?? { failures: 0, startedAt: now };
        w.failures++;
        windows.set(key, w);
      }
      // Keeps memory bounded under a flood of made-up numbers.
      if (windows.size > 100_000) for (const [key, w] of windows) if (now - w.startedAt >= rules.coolDownMs) windows.delete(key);
    },
  };
}
