// The follow-ups every 差评 opens in the county's queue (never a township's: the rater may be unhappy with it): listed
// soonest due first with overdue marked, opened with the rater's comment, answered by the county approver for the
// rater to read in 查进度.
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { cases, ratings, terminals } from '../db/schema/index.ts';
import { chinaDate, type CalendarDate } from '../domain/calendarDate.ts';
import { isOverdue } from '../domain/reports/dueDates.ts';
import { answersCountyQueue, readsCountyQueue } from '../domain/reports/routing.ts';
import { ApiError } from '../http/errors.ts';
import type { FollowUpDetail } from '../schemas/ratings.ts';
import type { Services } from '../services.ts';
import type { Account } from './access.ts';

type RatingRow = typeof ratings.$inferSelect;
interface Joined {
  rating: RatingRow;
  caseNumber: string | null;
  terminalName: string | null;
}

function listed({ rating, caseNumber, terminalName }: Joined, today: CalendarDate) {
  const answered = rating.followUpAnsweredOn !== null;
  return {
    id: rating.id, level: rating.level, ratedOn: rating.ratedOn, channel: rating.channel,
    ...(caseNumber ? { caseNumber } : {}), ...(rating.programme ? { programme: rating.programme } : {}), ...(rating.township ? { township: rating.township } : {}),
    ...(terminalName ? { terminalName } : {}),
    dueOn: rating.followUpDueOn!, overdue: !answered && isOverdue(rating.followUpDueOn!, today), status: answered ? ('answered' as const) : ('open' as const),
    ...(answered ? { answeredOn: rating.followUpAnsweredOn! } : {}), hasComment: rating.commentSealed !== null,
  };
}

const joined = (services: Services) => services.db
  .select({ rating: ratings, caseNumber: cases.caseNo, terminalName: terminals.name })
  .from(ratings).leftJoin(cases, eq(cases.id, ratings.caseId)).leftJoin(terminals, eq(terminals.id, ratings.terminalId));

/** The county's follow-ups: open ones soonest due first (the older first on the same day), then the answered, newest first. */
export async function staffFollowUps(services: Services, account: Account) {
  const rows = await joined(services)
    .where(and(eq(ratings.county, account.county), isNotNull(ratings.followUpDueOn)))
    .orderBy(sql`${ratings.followUpAnsweredOn} IS NOT NULL`, sql`CASE WHEN ${ratings.followUpAnsweredOn} IS NULL THEN ${ratings.followUpDueOn} END`, sql`CASE WHEN ${ratings.followUpAnsweredOn} IS NULL THEN ${ratings.id} ELSE -${ratings.id} END`)
    .limit(500);
  const today = chinaDate(services.now());
  return rows.filter((r) => readsCountyQueue(account, r.rating)).map((r) => listed(r, today));
}

async function followUpFor(services: Services, account: Account, id: number): Promise<Joined> {
  const [row] = await joined(services).where(and(eq(ratings.id, id), isNotNull(ratings.followUpDueOn)));
  if (!row || !readsCountyQueue(account, row.rating)) throw new ApiError(404, 'follow_up_not_found');
  return row;
}

function detailOf(services: Services, account: Account, row: Joined): FollowUpDetail {
  const { rating } = row;
  return {
    ...listed(row, chinaDate(services.now())),
    ...(rating.commentSealed ? { comment: services.sealer.open(rating.commentSealed) } : {}),
    ...(rating.followUpAnswer ? { answer: rating.followUpAnswer } : {}),
    mayAnswer: rating.followUpAnsweredOn === null && answersCountyQueue(account, rating),
  };
}

export async function staffFollowUp(services: Services, account: Account, id: number): Promise<FollowUpDetail> {
  return detailOf(services, account, await followUpFor(services, account, id));
}

/** The county's answer, once; the chain records who answered which rating (never the words). */
export async function answerFollowUp(services: Services, account: Account, id: number, answer: string): Promise<FollowUpDetail> {
  const row = await followUpFor(services, account, id);
  if (!answersCountyQueue(account, row.rating)) throw new ApiError(403, 'role_forbidden');
  const now = services.now();
  const today = chinaDate(now);
  await services.writes(() => services.db.transaction(async (tx) => {
    const changed = await tx.update(ratings).set({ followUpAnswer: answer, followUpAnsweredOn: today })
      .where(and(eq(ratings.id, id), isNull(ratings.followUpAnsweredOn))).returning({ id: ratings.id });
    if (changed.length === 0) throw new ApiError(409, 'follow_up_answered');
    await appendAudit(tx, { kind: 'rating-follow-up-answered', accountId: account.id, actor: `staff:${account.username}`, reason: `rating ${id}`, detail: { rating: id }, at: now.toISOString(), on: today });
  }, { behavior: 'immediate' }));
  return detailOf(services, account, { ...row, rating: { ...row.rating, followUpAnswer: answer, followUpAnsweredOn: today } });
}
