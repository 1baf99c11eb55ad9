// Failed lookups are limited per subject (a case number; an ID number from one client) and per client bucket
// (an IP, or a kiosk terminal with its own credential so one village IP never locks out its neighbours).
// In memory: one process serves the county, and a restart forgetting failures is acceptable.

export interface LimiterRules {
  /** Failures on one subject (a case number, or one ID number from one client) before it cools down. */
  perCaseFailures: number;
  /** Failures from one bucket before it cools down. */
  perBucketFailures: number;
  /** Terminals serve many residents: their own, larger allowance. */
  perTerminalFailures: number;
  /** Window in which failures are counted and cool-down length, ms. */
  coolDownMs: number;
}

export const DEFAULT_LIMITER_RULES: LimiterRules = { perCaseFailures: 5, perBucketFailures: 20, perTerminalFailures: 200, coolDownMs: 15 * 60_000 };

/** A case number: its failures count whoever tries, since the 6-character factor is short. */
export const caseSubject = (caseNo: string) => `case:${caseNo}`;
/** An ID number (its HMAC) tried from one bucket: a stranger elsewhere cannot lock the owner out. */
export const idNumberSubject = (idNumberHmac: string, bucket: string) => `id:${idNumberHmac}@${bucket}`;

interface Window {
  failures: number;
  startedAt: number;
}

export interface LookupLimiter {
  /** Minutes to wait when the subject or the bucket is cooling down, else 0. */
  blockedFor(subject: string, bucket: string, now: number): number;
  recordFailure(subject: string, bucket: string, now: number): void;
}

export function makeLookupLimiter(rules: LimiterRules = DEFAULT_LIMITER_RULES): LookupLimiter {
  const windows = new Map<string, Window>();
  const limitOf = (key: string) =>
    key.startsWith('case:') || key.startsWith('id:') ? rules.perCaseFailures : key.startsWith('terminal:') ? rules.perTerminalFailures : rules.perBucketFailures;
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (w && now - w.startedAt >= rules.coolDownMs) windows.delete(key);
    return windows.get(key);
  };
  return {
    blockedFor(subject, bucket, now) {
      let waitMs = 0;
      for (const key of [subject, bucket]) {
        const w = current(key, now);
        if (w && w.failures >= limitOf(key)) waitMs = Math.max(waitMs, w.startedAt + rules.coolDownMs - now);
      }
      return Math.ceil(waitMs / 60_000);
    },
    recordFailure(subject, bucket, now) {
      for (const key of [subject, bucket]) {
        const w = current(key, now) ?? { failures: 0, startedAt: now };
        w.failures++;
        windows.set(key, w);
      }
      // Keeps memory bounded under a flood of made-up numbers.
      if (windows.size > 100_000) for (const [key, w] of windows) if (now - w.startedAt >= rules.coolDownMs) windows.delete(key);
    },
  };
}
