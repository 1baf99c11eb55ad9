// What the public files (异议 to a 公示 now; 举报 and questions with their own limits later) is limited like claims: per
// client per hour and per China day, and per (subject, client) per day, so that one client cannot file a stream at one
// notice while nobody else is kept from filing. A kiosk terminal serves a village, so it gets more than a network.
// In memory, like the other limits (limits/failureCounter.ts): a restart forgetting counts is acceptable.
import { addDays, chinaDate } from '../domain/calendarDate.ts';
import { ApiError } from '../http/errors.ts';
import { makeFailureCounter, type LockRule } from '../limits/failureCounter.ts';
import type { SubjectAlert } from '../limits/limiter.ts';
import { minutesOf } from '../limits/refuse.ts';

export interface FilingLimits {
  /** Per (subject, client) and China day: e.g. objections to one notice from one network. */
  perSubjectPerDay: number;
  /** One IP network (an IPv4 address, an IPv6 /64). */
  network: { perHour: number; perDay: number };
  /** One kiosk terminal. */
  terminal: { perHour: number; perDay: number };
}

/**
 * 异议: a villager objects to one or two notices, perhaps twice to one as more comes to mind; a family on one network a
 * few more; a terminal in the village office the whole village. A script objecting to every notice does not get far.
 */
export const OBJECTION_LIMITS: FilingLimits = { perSubjectPerDay: 3, network: { perHour: 10, perDay: 20 }, terminal: { perHour: 30, perDay: 100 } };

/**
 * 举报 and questions (subject: the county): someone with much to report writes it in one report with several photos; a
 * family on one network files a few; a village terminal more.
 */
export const REPORT_LIMITS: FilingLimits = { perSubjectPerDay: 10, network: { perHour: 5, perDay: 10 }, terminal: { perHour: 20, perDay: 60 } };

/**
 * 好差评 (subject: the case, or the terminal's session): one rating per case is kept anyway; a kiosk rates every session of
 * a busy market day. Wrong query codes are limited further by the lookups' own counter.
 */
export const RATING_LIMITS: FilingLimits = { perSubjectPerDay: 3, network: { perHour: 10, perDay: 20 }, terminal: { perHour: 60, perDay: 300 } };

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
const hourly = (limit: number): LockRule => ({ limit, windowMs: HOUR_MS, lockMs: HOUR_MS, untilWindowEnds: true });
const daily = (limit: number): LockRule => ({ limit, windowMs: DAY_MS, lockMs: DAY_MS });
const untilMidnight = (now: number) => Date.parse(`${addDays(chinaDate(new Date(now)), 1)}T00:00:00+08:00`) - now;

export interface FilingLimiter {
  /** Counts one filing of `client` about `subject`, or throws 429 `<code>` with Retry-After; returns an alert to raise when a limit was just used up. */
  admit(client: string, subject: string, now: number): SubjectAlert | undefined;
}

/** `code`: the error code of a refusal (objections_too_many); its messages are `<code>_hour`, `<code>_day`, `<code>_subject`. */
export function makeFilingLimiter(code: string, limits: FilingLimits): FilingLimiter {
  const counter = makeFailureCounter();
  return {
    admit(client, subject, now) {
      const limit = client.startsWith('terminal:') ? limits.terminal : limits.network;
      const day = chinaDate(new Date(now));
      const keys = { subject: `${subject}@${client}/${day}`, day: `${client}/${day}`, hour: `${client}/hour` };
      if (counter.lockedFor(keys.subject, now) > 0) throw tooMany(code, 'subject', limits.perSubjectPerDay, untilMidnight(now));
      if (counter.lockedFor(keys.day, now) > 0) throw tooMany(code, 'day', limit.perDay, untilMidnight(now));
      const hourWait = counter.lockedFor(keys.hour, now);
      if (hourWait > 0) throw tooMany(code, 'hour', limit.perHour, hourWait);
      counter.fail(keys.subject, daily(limits.perSubjectPerDay), now);
      const byDay = counter.fail(keys.day, daily(limit.perDay), now);
      const byHour = counter.fail(keys.hour, hourly(limit.perHour), now);
      const reached = byDay ?? byHour;
      return reached && { subject: client, ...reached };
    },
  };
}

function tooMany(code: string, used: 'hour' | 'day' | 'subject', count: number, waitMs: number): ApiError {
  const minutes = minutesOf({ by: 'client', waitMs, failures: count });
  return new ApiError(429, code, { messageKey: `${code}_${used}`, params: { filings: count, minutes, count: used === 'hour' ? minutes : count }, headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) } });
}
