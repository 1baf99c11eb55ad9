// POST /api/ratings: 好差评 of an ended case (its number and query code) or of a kiosk session (the terminal's own key).
// The rating, the follow-up a 差评 opens and its audit event commit together; one rating per case.
import { eq } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import { ratings, terminals } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { caseHasEnded, followUpDueOn, needsFollowUp } from '../domain/ratings/levels.ts';
import { ApiError } from '../http/errors.ts';
import type { RatingRequest, RatingResponse } from '../schemas/ratings.ts';
import type { Services } from '../services.ts';
import { caseByQueryCode, type CaseRow } from './caseByQueryCode.ts';

/** The terminal a request came from (its X-Terminal-Key, as lookup/bucket.ts read it), if any. */
const terminalOf = (bucket: string): number | undefined => (bucket.startsWith('terminal:') ? Number(bucket.slice('terminal:'.length)) : undefined);

export async function rateService(services: Services, request: RatingRequest, bucket: string): Promise<RatingResponse> {
  const now = services.now();
  const today = chinaDate(now);
  const at = now.toISOString();
  const terminalId = terminalOf(bucket);
  // A session is rated only by the terminal it ran on: the id in the body must be the one whose key came with it.
  if (request.terminal !== undefined && request.terminal !== terminalId) throw new ApiError(422, 'rating_terminal_unknown', { field: 'terminal' });
  // A session has no id of its own: each counts alone, bounded by the terminal's hourly and daily limits.
  const subject = request.caseNumber !== undefined ? `rating:${request.caseNumber.slice(0, 40)}` : `session:${at}`;
  const reached = services.ratingLimiter.admit(bucket, subject, now.getTime());
  if (reached) void raiseAlert(services, 'filing_limit', reached);
  let rated: CaseRow | undefined;
  if (request.caseNumber !== undefined) {
    rated = await caseByQueryCode(services, request.caseNumber, request.queryCode!, bucket);
    if (!caseHasEnded(rated.status)) throw new ApiError(409, 'rating_case_not_ended');
  }
  const [terminal] = terminalId === undefined ? [] : await services.db.select({ county: terminals.county }).from(terminals).where(eq(terminals.id, terminalId));
  const county = rated?.county ?? terminal?.county;
  if (county === undefined) throw new ApiError(422, 'rating_terminal_unknown', { field: 'terminal' });
  const followUp = needsFollowUp(request.level) ? followUpDueOn(today, services.calendar) : undefined;
  await services.writes(() => services.db.transaction(async (tx) => {
    if (rated && (await tx.select({ id: ratings.id }).from(ratings).where(eq(ratings.caseId, rated.id))).length > 0) throw new ApiError(409, 'rating_exists');
    const [row] = await tx.insert(ratings).values({
      caseId: rated?.id ?? null, terminalId: terminalId ?? null, channel: terminalId === undefined ? 'online' : 'kiosk', county,
      township: rated?.township ?? null, programme: rated?.programme ?? null, level: request.level,
      commentSealed: request.comment ? services.sealer.seal(request.comment) : null, ratedAt: at, ratedOn: today, followUpDueOn: followUp?.date ?? null,
    }).returning({ id: ratings.id });
    // The level and the rating's id; never the comment.
    await appendAudit(tx, { kind: 'rating-given', actor: rated ? 'applicant' : `terminal:${terminalId}`, reason: `rating ${row!.id}`, detail: { rating: row!.id, level: request.level }, at, on: today });
  }, { behavior: 'immediate' })).catch((error: unknown) => {
    // Another process rated the same case in between: its unique index answers for it.
    if (error instanceof ApiError || !/UNIQUE constraint failed: ratings\.case_id/.test(String((error as Error).message))) throw error;
    throw new ApiError(409, 'rating_exists');
  });
  return { level: request.level, ratedOn: today, ...(followUp ? { followUp: { dueOn: followUp.date, dueSetByCounty: true as const } } : {}) };
}
