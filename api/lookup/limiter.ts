// Failed lookups (POST /api/cases/lookup, /api/cases/find): per (case number or ID number, client), per client,
// and an alert for staff when one case number or ID number fails often from everywhere (see limits/limiter.ts).
import { makeLimiter, type Limiter, type LimiterRules } from '../limits/limiter.ts';

export type LookupLimiter = Limiter;
export type { LimiterRules };

const MINUTE = 60_000;

export const DEFAULT_LIMITER_RULES: LimiterRules = {
  perSubjectClient: { limit: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  perClient: { limit: 20, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  perTerminal: { limit: 200, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE },
  // Ten clients' worth of failures in a day: more than one resident mistyping, worth a look by staff.
  subjectAlert: { limit: 50, windowMs: 24 * 60 * MINUTE },
};

/** A case number. */
export const caseSubject = (caseNo: string) => `case:${caseNo}`;
/** An ID number, by its HMAC. */
export const idNumberSubject = (idNumberHmac: string) => `id:${idNumberHmac}`;

export function makeLookupLimiter(rules: LimiterRules = DEFAULT_LIMITER_RULES): LookupLimiter {
  return makeLimiter(rules);
}
