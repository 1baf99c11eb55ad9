// 好差评 for the dashboard: ratings by level and township (a kiosk session's has no township), and the follow-ups every
// 不满意 and 非常不满意 opens in the county's queue: answered and open, working days to the answer, past their due day.
import { chinaDate } from '../domain/calendarDate.ts';
import { answerSummary, type AnswerSummary } from '../domain/stats/answerTimes.ts';
import { workingDayTally } from '../domain/stats/decisionTimer.ts';
import type { Services } from '../services.ts';
import { placeCondition, type StatsPlace } from './statsPlace.ts';

export interface RatingCounts {
  /** township null: rated at a kiosk (the session belongs to no case). */
  byLevel: { township: string | null; level: number; ratings: number }[];
  /** The county's follow-ups (county roles only: it is the county's queue). */
  followUps?: AnswerSummary & { overdue: number };
}

export async function ratingCounts(services: Services, place: StatsPlace): Promise<RatingCounts> {
  const where = placeCondition(place, 'r');
  const { rows } = await services.client.execute({ sql: `SELECT township, level, count(*) FROM ratings r WHERE ${where.sql} GROUP BY 1, 2`, args: where.args });
  const byLevel = rows.map((r) => ({ township: r[0] === null ? null : String(r[0]), level: Number(r[1]), ratings: Number(r[2]) }));
  if (place.township !== undefined) return { byLevel };
  const today = chinaDate(services.now());
  const { rows: due } = await services.client.execute({ sql: 'SELECT township, rated_on, follow_up_answered_on, follow_up_due_on FROM ratings WHERE county = ? AND follow_up_due_on IS NOT NULL', args: [place.county] });
  const tally = workingDayTally(services.calendar);
  const filings = due.map((r) => ({ township: r[0] === null ? '' : String(r[0]), outcome: 'answered', raisedOn: String(r[1]), answeredOn: r[2] === null ? null : String(r[2]) }));
  const overdue = due.filter((r) => r[2] === null && String(r[3]) < today).length;
  return { byLevel, followUps: { ...answerSummary(filings, today, (from, to) => tally(from, to).days), overdue } };
}
