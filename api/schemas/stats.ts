// GET /api/stats (public, aggregates only) and GET /api/staff/dashboard (the county's own view).
import { z } from 'zod';
import { APPLY_PROGRAMMES } from '../domain/workflow.ts';
import { countyCodeSchema } from './eligibility.ts';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const townshipSchema = z.string().trim().min(1).max(50);

export const statsQuerySchema = z.object({
  /** GB/T 2260 code of the county (or district) as in GET /api/regions. */
  county: countyCodeSchema,
  /** Only this township's cells. */
  township: townshipSchema.optional(),
  /** Only this programme's cells (catalog id). */
  programme: z.enum(APPLY_PROGRAMMES).optional(),
  /** Cells from this month on, YYYY-MM. */
  from: monthSchema.optional(),
  /** Cells up to this month, YYYY-MM. */
  to: monthSchema.optional(),
});

const cellPlace = { month: z.string(), programme: z.string(), township: z.string() };

export const statsResponseSchema = z.object({
  county: z.string(),
  /** A cell (or median group) of fewer people than this is suppressed. */
  minCellPeople: z.number().int(),
  /** Months that have any payment, newest first, whatever the filter. */
  months: z.array(z.string()),
  /** Households and people paid for, and the amount paid, per month, programme and township. */
  cells: z.array(z.union([
    z.object({ ...cellPlace, suppressed: z.literal(false), households: z.number().int(), people: z.number().int(), amount: z.number() }),
    /** Fewer than minCellPeople people: no figure is given. */
    z.object({ ...cellPlace, suppressed: z.literal(true) }),
  ])),
  /** Per month and programme, the sum of the cells shown only; cellsLeftOut says how many suppressed ones are not in it. */
  totals: z.array(z.object({ month: z.string(), programme: z.string(), households: z.number().int(), people: z.number().int(), amount: z.number(), cellsLeftOut: z.number().int() })),
  /** Median working days from acceptance to decision, per programme and year of decision, county-wide (not filtered). */
  medians: z.array(z.union([
    z.object({ programme: z.string(), year: z.string(), suppressed: z.literal(false), decisions: z.number().int(), medianWorkingDays: z.number() }),
    z.object({ programme: z.string(), year: z.string(), suppressed: z.literal(true) }),
  ])),
  /** 好差评 per year, county-wide: each level's ratings and share of the ratings shown; a level under 5 ratings suppressed. */
  ratings: z.array(z.object({
    year: z.string(),
    levels: z.array(z.union([
      z.object({ level: z.number().int(), suppressed: z.literal(false), ratings: z.number().int(), share: z.number() }),
      z.object({ level: z.number().int(), suppressed: z.literal(true) }),
    ])),
    /** Ratings in the levels shown: what the shares are of. */
    shownRatings: z.number().int(),
    levelsLeftOut: z.number().int(),
  })),
});

/** Filings from the public and their answers: per township, the distribution of days to the answer, the oldest open. */
const answerSummarySchema = z.object({
  byTownship: z.array(z.object({ township: z.string(), open: z.number().int(), outcomes: z.record(z.string(), z.number().int()) })),
  answered: z.number().int(),
  open: z.number().int(),
  medianDays: z.number().optional(),
  bins: z.array(z.object({ from: z.number().int(), to: z.number().int(), count: z.number().int() })),
  oldestOpenDays: z.number().int().optional(),
});

export const dashboardQuerySchema = z.object({
  /** One township of the county (county roles); township roles always get their own, another answers 404. */
  township: townshipSchema.optional(),
});

export const dashboardSchema = z.object({
  county: z.string(),
  township: z.string().optional(),
  /** China date the counts are as of. */
  today: z.string(),
  byStep: z.array(z.object({ township: z.string(), step: z.string(), status: z.enum(['open', 'supplement']), cases: z.number().int() })),
  overdue: z.array(z.object({ township: z.string(), step: z.string(), cases: z.number().int() })),
  reviewsOverdue: z.array(z.object({ township: z.string(), cases: z.number().int() })),
  decisions: z.array(z.object({
    programme: z.string(),
    decisions: z.number().int(),
    approved: z.number().int(),
    refused: z.number().int(),
    medianWorkingDays: z.number(),
    meanWorkingDays: z.number(),
    /** The limit from acceptance to decision most of the programme's cases had, in working days. */
    limitWorkingDays: z.number().int(),
    overLimit: z.number().int(),
    estimated: z.boolean(),
    /** Working days from acceptance to decision in bins of 5: from, to (inclusive), how many cases. */
    bins: z.array(z.object({ from: z.number().int(), to: z.number().int(), count: z.number().int() })),
  })),
  refusals: z.array(z.object({ kind: z.enum(['refused', 'not-accepted']), grounds: z.string().nullable(), cases: z.number().int() })),
  /** 公示异议 (objections): open and found per township (outcomes: continued, upheld), working days to the finding. */
  objections: answerSummarySchema,
  /** 举报 and questions (county roles only): replied and open, natural days to the reply, past their due day now. */
  reports: answerSummarySchema.extend({ overdue: z.object({ accept: z.number().int(), answer: z.number().int() }) }).optional(),
  /** 好差评 by level (5 非常满意 … 1 非常不满意) and township (null: at a kiosk); follow-ups of 差评 for county roles. */
  ratings: z.object({
    byLevel: z.array(z.object({ township: z.string().nullable(), level: z.number().int(), ratings: z.number().int() })),
    followUps: answerSummarySchema.extend({ overdue: z.number().int() }).optional(),
  }),
});
