// Claims admitted per client, per hour and per day (China's calendar day): an IP network, a kiosk terminal, or a
// signed-in 代办 account (counted apart from its network: an agent files for a whole village). Every claim that
// reaches the household check counts, one refused as its household's second open claim too, so that refusal
// cannot be used to test ID numbers quickly; a retry of an admitted claim (same Idempotency-Key) replays uncounted.
// In memory, like the other limits (limits/failureCounter.ts): a restart forgetting counts is acceptable.
import { addDays, chinaDate } from '../domain/calendarDate.ts';
import { ApiError } from '../http/errors.ts';
import { makeFailureCounter, type LockRule } from '../limits/failureCounter.ts';
import type { SubjectAlert } from '../limits/limiter.ts';
import { minutesOf } from '../limits/refuse.ts';

export interface ClaimLimit {
  perHour: number;
  perDay: number;
}

/** What a village office lives with and a script filing hundreds does not get past; one place for all of them. */
export const CLAIM_LIMITS = {
  /** One IP network (an IPv4 address, an IPv6 /64): a family applies for a few programmes, and may help a neighbour. */
  network: { perHour: 10, perDay: 20 },
  /** One kiosk terminal in a township or village office: many residents on a market-day morning, a claim or two each. */
  terminal: { perHour: 30, perDay: 100 },
  /** One 代办 account: 30 claims in a morning must work; a full day at one every four minutes stays under 120. */
  agent: { perHour: 40, perDay: 120 },
} as const satisfies Record<string, ClaimLimit>;

const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/** The client a signed-in agent's claims count against (the others: lookup/bucket.ts). */
export const agentBucket = (agentId: number) => `agent:${agentId}`;

const isAgent = (client: string) => client.startsWith('agent:');

function limitOf(client: string): ClaimLimit {
  if (isAgent(client)) return CLAIM_LIMITS.agent;
  return client.startsWith('terminal:') ? CLAIM_LIMITS.terminal : CLAIM_LIMITS.network;
}

// A quota: once the limit is reached, the client waits for the rest of that hour.
const hourly = (limit: number): LockRule => ({ limit, windowMs: HOUR_MS, lockMs: HOUR_MS, untilWindowEnds: true });
// Counted under the day's own key, so the count and its lock end at midnight in China.
const daily = (limit: number): LockRule => ({ limit, windowMs: DAY_MS, lockMs: DAY_MS });

/** ms from `now` to the next midnight in China (UTC+8, no summer time). */
const untilMidnight = (now: number) => Date.parse(`${addDays(chinaDate(new Date(now)), 1)}T00:00:00+08:00`) - now;

export interface ClaimLimiter {
  /**
   * Counts one claim of `client`, or throws 429 claims_too_many (with Retry-After) when the client has used its
   * hour or its day. Returns the alert to raise when this claim used either up.
   */
  admit(client: string, now: number): SubjectAlert | undefined;
}

export function makeClaimLimiter(): ClaimLimiter {
  const counter = makeFailureCounter();
  return {
    admit(client, now) {
      const limit = limitOf(client);
      const hourKey = `${client}/hour`;
      const dayKey = `${client}/${chinaDate(new Date(now))}`;
      if (counter.lockedFor(dayKey, now) > 0) throw claimsTooMany(client, 'day', limit.perDay, untilMidnight(now));
      const hourWait = counter.lockedFor(hourKey, now);
      if (hourWait > 0) throw claimsTooMany(client, 'hour', limit.perHour, hourWait);
      const byDay = counter.fail(dayKey, daily(limit.perDay), now);
      const byHour = counter.fail(hourKey, hourly(limit.perHour), now);
      const reached = byDay ?? byHour;
      return reached && { subject: client, ...reached };
    },
  };
}

/** 429 claims_too_many: how many claims, and minutes to wait (the hour) or tomorrow (the day). */
function claimsTooMany(client: string, used: 'hour' | 'day', claims: number, waitMs: number): ApiError {
  const minutes = minutesOf({ by: 'client', waitMs, failures: claims });
  return new ApiError(429, 'claims_too_many', {
    messageKey: `claims_too_many_${used}${isAgent(client) ? '_agent' : ''}`,
    params: used === 'hour' ? { claims, minutes, count: minutes } : { claims },
    headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) },
  });
}
