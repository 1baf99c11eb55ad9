// The jurisdiction's objections (异议) to 公示 and the working days the township took to record its finding.
import { chinaDate } from '../domain/calendarDate.ts';
import { answerSummary, type AnswerSummary } from '../domain/stats/answerTimes.ts';
import { workingDayTally } from '../domain/stats/decisionTimer.ts';
import type { Services } from '../services.ts';
import { placeCondition, type StatsPlace } from './statsPlace.ts';

export async function objectionTimes(services: Services, place: StatsPlace): Promise<AnswerSummary> {
  const where = placeCondition(place, 'o');
  const { rows } = await services.client.execute({ sql: `SELECT township, status, raised_on, resolved_on FROM objections o WHERE ${where.sql}`, args: where.args });
  const tally = workingDayTally(services.calendar);
  const filings = rows.map((r) => ({ township: String(r[0]), outcome: String(r[1]), raisedOn: String(r[2]), answeredOn: r[3] === null ? null : String(r[3]) }));
  return answerSummary(filings, chinaDate(services.now()), (from, to) => tally(from, to).days);
}
