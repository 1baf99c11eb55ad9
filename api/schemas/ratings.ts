// 好差评: POST /api/ratings and the county's follow-ups of 差评 (issue 10).
import { z } from 'zod';
import { FOLLOW_UP_ANSWER_MAX, RATING_COMMENT_MAX } from '../domain/ratings/levels.ts';

const issue = (ctx: z.RefinementCtx, code: string, path: string[] = []) => ctx.addIssue({ code: 'custom', message: `rating.${code}`, path });
const words = (max: number, code: string, required: boolean) => (v: string, ctx: z.RefinementCtx) => {
  if (required && v.length === 0) issue(ctx, `${code}-required`);
  if ([...v].length > max) issue(ctx, `${code}-long`);
};

export const ratingRequestSchema = z.object({
  /** The ended case rated (12 digits, spaces allowed), with its query code; or leave out for a kiosk session's rating. */
  caseNumber: z.string().min(1).max(40).optional(),
  /** The case's 8-digit query code (from the receipt); needed with caseNumber. */
  queryCode: z.string().min(1).max(40).optional(),
  /** The kiosk terminal's id, sent by that terminal (its X-Terminal-Key): the end of a session there. */
  terminal: z.number().int().min(1).max(2 ** 31).optional(),
  /** Stars: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (2 and 1 get a follow-up). */
  level: z.number().superRefine((v, ctx) => {
    if (!Number.isInteger(v) || v < 1 || v > 5) issue(ctx, 'level');
  }),
  /** What was good or bad (optional, up to 500 characters; sealed). */
  comment: z.string().trim().superRefine(words(RATING_COMMENT_MAX, 'comment', false)).optional(),
}).superRefine((r, ctx) => {
  if (r.caseNumber === undefined && r.terminal === undefined) issue(ctx, 'subject-required', ['caseNumber']);
  if (r.caseNumber !== undefined && r.queryCode === undefined) issue(ctx, 'query-code-required', ['queryCode']);
});
export type RatingRequest = z.infer<typeof ratingRequestSchema>;

const followUpView = z.object({
  /** The county answers by this day: its own default (以县里公布为准), no national limit known. */
  dueOn: z.string(),
  dueSetByCounty: z.literal(true),
  /** The county's answer and its day, once given. */
  answer: z.string().optional(),
  answeredOn: z.string().optional(),
});

export const ratingResponseSchema = z.object({
  level: z.number().int(),
  ratedOn: z.string(),
  /** For 不满意 and 非常不满意: the follow-up opened in the county's queue. */
  followUp: followUpView.omit({ answer: true, answeredOn: true }).optional(),
});
export type RatingResponse = z.infer<typeof ratingResponseSchema>;

/** In 查进度 once the case has ended: not rated yet, or the rating and its follow-up. */
export const caseRatingSchema = z.union([
  z.object({ rated: z.literal(false) }),
  z.object({ rated: z.literal(true), level: z.number().int(), ratedOn: z.string(), followUp: followUpView.optional() }),
]);
export type CaseRating = z.infer<typeof caseRatingSchema>;

export const followUpSchema = z.object({
  id: z.number().int(),
  level: z.number().int(),
  ratedOn: z.string(),
  /** online (a case, in 查进度) or kiosk (a session at a terminal). */
  channel: z.enum(['online', 'kiosk']),
  caseNumber: z.string().optional(),
  programme: z.string().optional(),
  township: z.string().optional(),
  /** Where the kiosk stands. */
  terminalName: z.string().optional(),
  dueOn: z.string(),
  overdue: z.boolean(),
  /** open until the county answers. */
  status: z.enum(['open', 'answered']),
  answeredOn: z.string().optional(),
  hasComment: z.boolean(),
});
export const followUpsResponseSchema = z.object({ followUps: z.array(followUpSchema) });

export const followUpDetailSchema = followUpSchema.extend({
  /** What the rater wrote. */
  comment: z.string().optional(),
  answer: z.string().optional(),
  /** Whether this account may answer now (the county approver, while open). */
  mayAnswer: z.boolean(),
});
export type FollowUpDetail = z.infer<typeof followUpDetailSchema>;

export const followUpIdParamSchema = z.object({ id: z.coerce.number().int().min(1).max(2 ** 31) });

export const followUpAnswerSchema = z.object({
  /** What the county found and did, written for the rater (1–2000 characters). */
  answer: z.string().trim().superRefine(words(FOLLOW_UP_ANSWER_MAX, 'answer', true)),
});
