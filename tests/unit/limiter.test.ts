import { describe, expect, it } from 'vitest';
import { makeFailureCounter } from '../../api/limits/failureCounter.ts';
import { makeLimiter } from '../../api/limits/limiter.ts';

const MIN = 60_000;
const rule = { limit: 5, windowMs: 15 * MIN, lockMs: 15 * MIN, maxLockMs: 60 * MIN };

describe('failure counter', () => {
  it('locks for the full 15 minutes from the 5th failure, even when the first was long before', () => {
    const counter = makeFailureCounter();
    for (let i = 0; i < 4; i++) counter.fail('k', rule, i * 3 * MIN);
    expect(counter.lockedFor('k', 12 * MIN)).toBe(0);
    expect(counter.fail('k', rule, 14 * MIN)).toEqual({ failures: 5, since: 0 });
    expect(counter.lockedFor('k', 14 * MIN)).toBe(15 * MIN);
    expect(counter.lockedFor('k', 29 * MIN)).toBe(0);
  });

  it('forgets failures older than the window', () => {
    const counter = makeFailureCounter();
    for (let i = 0; i < 4; i++) counter.fail('k', rule, 0);
    expect(counter.fail('k', rule, 15 * MIN)).toBeUndefined();
    expect(counter.lockedFor('k', 15 * MIN)).toBe(0);
  });

  it('doubles a lock that recurs within a day, up to the rule\'s longest, and starts over after a success', () => {
    const counter = makeFailureCounter();
    const lockAt = (t: number) => {
      for (let i = 0; i < 5; i++) counter.fail('k', rule, t);
      return counter.lockedFor('k', t) / MIN;
    };
    expect([lockAt(0), lockAt(20 * MIN), lockAt(60 * MIN), lockAt(130 * MIN)]).toEqual([15, 30, 60, 60]);
    counter.forget('k');
    expect(lockAt(200 * MIN)).toBe(15);
  });
});

describe('failure counter as a quota (claims per hour)', () => {
  it('locks only for the rest of the window once the limit is reached, then counts afresh', () => {
    const counter = makeFailureCounter();
    const hourly = { limit: 3, windowMs: 60 * MIN, lockMs: 60 * MIN, untilWindowEnds: true };
    counter.fail('k', hourly, 0);
    counter.fail('k', hourly, 10 * MIN);
    expect(counter.fail('k', hourly, 40 * MIN)).toEqual({ failures: 3, since: 0 });
    expect(counter.lockedFor('k', 40 * MIN)).toBe(20 * MIN);
    expect(counter.lockedFor('k', 60 * MIN)).toBe(0);
    expect(counter.fail('k', hourly, 60 * MIN)).toBeUndefined();
  });
});

describe('limiter', () => {
  const limiter = () => makeLimiter({ perSubjectClient: rule, perClient: { ...rule, limit: 20 }, perTerminal: { ...rule, limit: 200 }, subjectAlert: { limit: 50, windowMs: 24 * 60 * MIN } });

  it('refuses the failing client on that subject only, and says which limit it reached', () => {
    const l = limiter();
    for (let i = 0; i < 5; i++) l.recordFailure('case:1', 'ip:a', 0);
    expect(l.refusal('case:1', 'ip:a', MIN)).toEqual({ by: 'subject', waitMs: 14 * MIN, failures: 5 });
    expect(l.refusal('case:1', 'ip:b', MIN)).toBeUndefined();
    expect(l.refusal('case:2', 'ip:a', MIN)).toBeUndefined();
    for (let i = 0; i < 15; i++) l.recordFailure(`case:x${i}`, 'ip:a', 2 * MIN);
    expect(l.refusal('case:2', 'ip:a', 2 * MIN)).toEqual({ by: 'client', waitMs: 15 * MIN, failures: 20 });
  });

  it('gives a kiosk terminal its larger allowance', () => {
    const l = limiter();
    for (let i = 0; i < 199; i++) l.recordFailure(`case:${i}`, 'terminal:1', 0);
    expect(l.refusal('case:new', 'terminal:1', 0)).toBeUndefined();
    l.recordFailure('case:last', 'terminal:1', 0);
    expect(l.refusal('case:new', 'terminal:1', 0)?.by).toBe('client');
  });

  it('raises the alert once at 50 failures on one subject from everywhere, refusing nobody new', () => {
    const l = limiter();
    const alerts = Array.from({ length: 60 }, (_, i) => l.recordFailure('case:1', `ip:${Math.floor(i / 5)}`, i)).filter(Boolean);
    expect(alerts).toEqual([{ subject: 'case:1', failures: 50, since: 0 }]);
    expect(l.refusal('case:1', 'ip:new', 60)).toBeUndefined();
  });
});
