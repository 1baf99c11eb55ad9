// The county's 举报 and questions: replied (answered, or not accepted with where to go) and still open, the natural days
// from receipt to the reply (信访工作条例's days are natural days), and how many are past their due day now: the 15 days
// to tell acceptance (§23 ¶2) or the 60 days to answer (参照 §34), as api/domain/reports/dueDates.ts sets them.
import { chinaDate, daysBetween } from '../domain/calendarDate.ts';
import { answerSummary, type AnswerSummary } from '../domain/stats/answerTimes.ts';
import type { Services } from '../services.ts';

export interface ReportTimes extends AnswerSummary {
  /** Received and not yet told accepted or not by their due day; accepted and not answered by theirs. */
  overdue: { accept: number; answer: number };
}

export async function reportTimes(services: Services, county: string): Promise<ReportTimes> {
  const today = chinaDate(services.now());
  const [{ rows }, { rows: late }] = await Promise.all([
    services.client.execute({ sql: 'SELECT township, status, received_on, answered_on FROM reports WHERE county = ?', args: [county] }),
    services.client.execute({
      sql: `SELECT sum(status = 'received' AND accept_due_on < ?), sum(status = 'accepted' AND answer_due_on < ?) FROM reports WHERE county = ? AND status IN ('received', 'accepted')`,
      args: [today, today, county],
    }),
  ]);
  const filings = rows.map((r) => ({ township: r[0] === null ? '' : String(r[0]), outcome: String(r[1]), raisedOn: String(r[2]), answeredOn: r[3] === null ? null : String(r[3]) }));
  return { ...answerSummary(filings, today, daysBetween), overdue: { accept: Number(late[0]?.[0] ?? 0), answer: Number(late[0]?.[1] ?? 0) } };
}
