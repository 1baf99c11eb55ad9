// 查进度's 好差评: once a case has ended, whether it was rated, and the follow-up of a 差评 with the county's answer.
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { ratings } from '../db/schema/index.ts';
import { caseHasEnded } from '../domain/ratings/levels.ts';
import type { CaseRating } from '../schemas/ratings.ts';
import type { CaseRow } from './caseByQueryCode.ts';

export async function caseRatingOf(db: Db, row: Pick<CaseRow, 'id' | 'status'>): Promise<CaseRating | undefined> {
  if (!caseHasEnded(row.status)) return undefined;
  const [rating] = await db.select().from(ratings).where(eq(ratings.caseId, row.id));
  if (!rating) return { rated: false };
  const view: CaseRating = { rated: true, level: rating.level, ratedOn: rating.ratedOn };
  if (rating.followUpDueOn) {
    view.followUp = { dueOn: rating.followUpDueOn, dueSetByCounty: true };
    if (rating.followUpAnswer) Object.assign(view.followUp, { answer: rating.followUpAnswer, answeredOn: rating.followUpAnsweredOn! });
  }
  return view;
}
