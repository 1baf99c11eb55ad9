// The workflow data files (content/workflows/*.yaml) and a county's own workflow settings in its region file.
import { z } from 'zod';
import { ACTORS, APPLY_PROGRAMMES, STAFF_ROLES, STEP_IDS } from '../domain/workflow.ts';

const text = z.string().trim().min(1);
const days = z.number().int().min(1).max(366);

/** How long a step may take: working days after the previous step, natural days, working days from acceptance, or by the 28th of the next month. */
export const timeLimitSchema = z.union([
  z.strictObject({ workingDays: days }),
  z.strictObject({ naturalDays: days }),
  z.strictObject({ fromAcceptWorkingDays: days }),
  z.strictObject({ nextMonth: z.literal(true) }),
]);

/** `countySet` (no text sets it: "以县里公布为准"), or the national text with, when only a local page was read, that page. */
export const limitSourceSchema = z.union([
  z.literal('countySet').transform(() => ({ countySet: true as const })),
  z.strictObject({
    /** Title with its document number, e.g. 最低生活保障审核确认办法（民发〔2021〕57号）. */
    text,
    /** Article, only when read in the text itself. */
    article: text.optional(),
    /** The official page (address and date) the figure was read on when the text itself was not. */
    restatedIn: text.optional(),
  }),
]);

export const stepSchema = z
  .strictObject({
    step: z.enum(STEP_IDS),
    /** Who acts, in the applicant's words (case:actor.<id>). */
    actor: z.enum(ACTORS),
    /** The staff role that takes the step's actions; absent only for the applicant's own step. */
    role: z.enum(STAFF_ROLES).optional(),
    /** Locale key (namespace:key) of what the applicant is told at this step. */
    told: z.string().regex(/^[a-z]+:[\w.-]+$/),
    /** Only on some cases' paths: where the county keeps 民主评议, or by the 临时救助 township delegation. */
    only: z.enum(['countyKeepsReview', 'withinTownshipLimit', 'aboveTownshipLimit']).optional(),
    /** Skipped for a minor applicant (特困: 未成年人不公示). */
    notForMinors: z.boolean().optional(),
    /** What the survey step needs recorded: 家庭经济状况核对 and 入户调查. */
    needs: z.array(z.enum(['check', 'visit'])).optional(),
    limit: timeLimitSchema.optional(),
    source: limitSourceSchema.optional(),
  })
  .refine((s) => (s.limit === undefined) === (s.source === undefined), { message: 'a limit needs its source, and a source its limit' })
  .refine((s) => (s.actor === 'applicant') === (s.role === undefined), { message: 'every staff step names its role; the applicant’s step none' });

export const workflowFileSchema = z.strictObject({
  programme: z.enum(APPLY_PROGRAMMES),
  /** The steps in order; the first is the applicant's. */
  steps: z.array(stepSchema).min(2).refine((steps) => steps[0]!.step === 'apply', { message: 'the first step is apply' }),
  /** 急难型 先行救助: the role that pays first, its legal source, the steps the paperwork after leaves out and the practice that says so. */
  payFirst: z
    .strictObject({ role: z.enum(STAFF_ROLES), source: limitSourceSchema, skips: z.array(z.enum(STEP_IDS)), practice: text })
    .optional(),
  /** 定期核查 after approval: months between reviews. */
  review: z
    .strictObject({ months: z.number().int().min(1).max(36), irregularIncomeMonths: z.number().int().min(1).max(36).optional(), source: limitSourceSchema })
    .optional(),
});

/** In a region file: the programmes for which the county keeps 民主评议, and the source id that says so. */
export const democraticReviewSchema = z.strictObject({
  programmes: z.array(z.enum(APPLY_PROGRAMMES)).min(1),
  /** Id in the region's sources. */
  source: text,
  /** What the source says, in a few words. */
  note: text.optional(),
});

/** In a region file: the county's own limit for a programme's step, with the document that sets it. */
export const workflowLimitsSchema = z.partialRecord(
  z.enum(APPLY_PROGRAMMES),
  z.partialRecord(z.enum(STEP_IDS), z.strictObject({ limit: timeLimitSchema, source: text })),
);
