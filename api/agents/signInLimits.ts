// 代办 sign-in failures: per (account, client) 5 → 15 minutes (doubling when it recurs, up to 2 hours), per client
// 20 whatever the accounts, and an alert at 50 on one account from everywhere (see limits/limiter.ts). An unknown
// user name counts exactly as a known one, so the lockout tells nothing about which accounts exist.
import { ApiError } from '../http/errors.ts';
import { makeLimiter, type Limiter, type LimiterRules, type Refusal } from '../limits/limiter.ts';
import { minutesOf } from '../limits/refuse.ts';

const MINUTE = 60_000;
const lock = (limit: number) => ({ limit, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 120 * MINUTE });

export const DEFAULT_SIGN_IN_RULES: LimiterRules = {
  perSubjectClient: lock(5),
  perClient: lock(20),
  perTerminal: lock(20),
  subjectAlert: { limit: 50, windowMs: 24 * 60 * MINUTE },
};

export const makeSignInLimiter = (rules: LimiterRules = DEFAULT_SIGN_IN_RULES): Limiter => makeLimiter(rules);

/** An account, by the user name as typed. */
export const accountSubject = (username: string) => `account:${username}`;

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 429 sign_in_locked: how many failures, how many minutes, and the time (China) from which to try again. */
export function signInLocked(refusal: Refusal, now: number): ApiError {
  const minutes = minutesOf(refusal);
  const until = clock.format(new Date(Math.ceil((now + refusal.waitMs) / MINUTE) * MINUTE));
  return new ApiError(429, 'sign_in_locked', {
    messageKey: refusal.by === 'subject' ? 'sign_in_locked' : 'sign_in_locked_client',
    params: { failures: refusal.failures, minutes, count: minutes, until },
    headers: { 'Retry-After': String(Math.ceil(refusal.waitMs / 1000)) },
  });
}
