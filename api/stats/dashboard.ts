// The county dashboard (issue 10): where the jurisdiction's cases stand, what is overdue, how long decisions take
// against the limit, why claims were refused, how objections and reports were answered and how the service was rated. A handful of grouped queries over
// indexed columns; staff see true counts (no suppression: they may open every one of these cases).
import { chinaDate } from '../domain/calendarDate.ts';
import { decisionSummaries, type DecisionSummary } from '../domain/stats/decisionSummary.ts';
import type { Services } from '../services.ts';
import type { AnswerSummary } from '../domain/stats/answerTimes.ts';
import { decidedCases } from './decidedCases.ts';
import { objectionTimes } from './objectionTimes.ts';
import { ratingCounts, type RatingCounts } from './ratingCounts.ts';
import { reportTimes, type ReportTimes } from './reportTimes.ts';
import { placeCondition, type StatsPlace } from './statsPlace.ts';

export interface Dashboard {
  county: string;
  township?: string;
  /** China date the counts are as of. */
  today: string;
  /** Cases being handled (open) or waiting on the applicant (需补正), by township and current step. */
  byStep: { township: string; step: string; status: 'open' | 'supplement'; cases: number }[];
  /** Open cases past their current step's due date, by township and step. */
  overdue: { township: string; step: string; cases: number }[];
  /** Paying cases whose review date has passed, by township. */
  reviewsOverdue: { township: string; cases: number }[];
  decisions: DecisionSummary[];
  /** Refusals (不予批准) and refusals to accept (不予受理) by the grounds chosen; null: none chosen. */
  refusals: { kind: 'refused' | 'not-accepted'; grounds: string | null; cases: number }[];
  /** 公示异议: open and found per township, working days from filing to the township's finding. */
  objections: AnswerSummary;
  /** 举报 and questions: the county's only (信访工作条例 §30 ¶3: a township does not see them), absent for township roles. */
  reports?: ReportTimes;
  /** 好差评 by level and township; the follow-ups for county roles. */
  ratings: RatingCounts;
}

export async function dashboard(services: Services, place: StatsPlace): Promise<Dashboard> {
  const today = chinaDate(services.now());
  const where = placeCondition(place, 'c');
  const run = async (sql: string, args: (string | number)[] = []) => (await services.client.execute({ sql, args: [...where.args, ...args] })).rows;
  const [byStep, overdue, reviews, refusals, decided, objections, reports, ratings] = await Promise.all([
    run(`SELECT township, step, status, count(*) FROM cases c WHERE ${where.sql} AND status IN ('open', 'supplement') GROUP BY township, step, status`),
    run(`SELECT township, step, count(*) FROM cases c WHERE ${where.sql} AND status = 'open' AND due_on < ? GROUP BY township, step`, [today]),
    run(`SELECT township, count(*) FROM cases c WHERE ${where.sql} AND status = 'approved' AND due_on < ? GROUP BY township`, [today]),
    run(`SELECT e.kind, json_extract(e.detail, '$.grounds'), count(*) FROM cases c JOIN audit_events e ON e.case_id = c.id WHERE ${where.sql} AND e.kind IN ('refused', 'not-accepted') GROUP BY 1, 2`),
    decidedCases(services, place),
    objectionTimes(services, place),
    place.township === undefined ? reportTimes(services, place.county) : undefined,
    ratingCounts(services, place),
  ]);
  return {
    county: place.county,
    ...(place.township ? { township: place.township } : {}),
    today,
    byStep: byStep.map((r) => ({ township: String(r[0]), step: String(r[1] ?? ''), status: r[2] as 'open' | 'supplement', cases: Number(r[3]) })),
    overdue: overdue.map((r) => ({ township: String(r[0]), step: String(r[1] ?? ''), cases: Number(r[2]) })),
    reviewsOverdue: reviews.map((r) => ({ township: String(r[0]), cases: Number(r[1]) })),
    decisions: decisionSummaries(decided),
    refusals: refusals.map((r) => ({ kind: r[0] as 'refused' | 'not-accepted', grounds: r[1] === null ? null : String(r[1]), cases: Number(r[2]) })),
    objections,
    ...(reports ? { reports } : {}),
    ratings,
  };
}
