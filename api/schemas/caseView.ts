// Following a case: POST /api/cases/lookup and POST /api/cases/supplement.
import { z } from 'zod';
import { applyProgrammeSchema, stepIdSchema } from './cases.ts';
import { uploadIdSchema, UPLOADS_PER_CLAIM } from './uploads.ts';
import { caseRatingSchema } from './ratings.ts';

export const lookupRequestSchema = z.object({
  /** The 12-digit case number (spaces and full-width digits allowed). */
  caseNumber: z.string().min(1).max(40),
  /** Last 6 characters of the applicant's ID number, or the query code. */
  factor: z.string().min(1).max(40),
});

export const caseStepSchema = z.object({
  /** Step id. */
  step: stepIdSchema,
  /** The step in plain words, in the request's language. */
  title: z.string(),
  /** done, current (the one being worked on), or todo. */
  state: z.enum(['done', 'current', 'todo']),
  /** Date the step was done, YYYY-MM-DD. */
  doneOn: z.string().optional(),
  /** Legal due date of the current step, YYYY-MM-DD. */
  dueOn: z.string().optional(),
  /** true when dueOn is the county's default, not a national limit: shown with "以县里公布为准". */
  dueSetByCounty: z.boolean().optional(),
  /** true when dueOn counts days past the holiday calendar's last year: an estimate (预计). */
  dueEstimated: z.boolean().optional(),
  /** Who acts on this step, in plain words (村委会, 乡镇民政办, 县民政局…). */
  actor: z.string(),
  /** true while the case is paused: a question was raised about its 公示 and is being looked into (no due date meanwhile). */
  paused: z.boolean().optional(),
});

/** An office as residents see it; an absent contact is not published. */
export const officeCardSchema = z.object({
  /** Name, e.g. 林城镇人民政府（社会救助受理窗口）. */
  name: z.string(),
  /** township: where one applies; county: the bureau asked after it. */
  level: z.enum(['township', 'county']),
  address: z.string().optional(),
  hours: z.string().optional(),
  phone: z.string().optional(),
  /** What a source says that a visitor should know. */
  note: z.string().optional(),
});

export const caseViewSchema = z.object({
  /** The 12-digit case number. */
  caseNumber: z.string(),
  /** Programme applied for. */
  programme: applyProgrammeSchema,
  /** Applicant's name masked without splitting a character (张*). */
  applicantName: z.string(),
  /** Applicant's ID number as residents see it: **************123X. */
  applicantIdMasked: z.string(),
  /** Who submitted the claim. */
  submittedBy: z.object({ kind: z.enum(['self', 'agent', 'window']), agentName: z.string().optional() }),
  /** The timeline, every step of the programme in order. */
  steps: z.array(caseStepSchema),
  /** 需补正: what is missing (told once, in full) and the photos already sent for it. */
  supplement: z.object({ items: z.array(z.string()), uploadedIds: z.array(z.string()) }).optional(),
  /** 公示: from/to dates (7 natural days) and where it is posted. */
  publicNotice: z.object({ from: z.string(), to: z.string(), place: z.string() }).optional(),
  /** 公示异议: that a question was raised about the 公示 and where it stands; never by whom or what was said. */
  noticeObjection: z.object({ state: z.enum(['open', 'continued', 'upheld']), raisedOn: z.string(), resolvedOn: z.string().optional() }).optional(),
  /** 不予批准/不予受理: the written reason and how to object. */
  refusal: z.object({ reason: z.string(), howToObject: z.string() }).optional(),
  /** 批准: yuan per month and the first month paid (YYYY-MM). */
  approved: z.object({ monthly: z.number(), fromMonth: z.string() }).optional(),
  /** Where the household is registered and whom to ask, nearest office first. */
  whereToGo: z
    .object({
      countyName: z.string(),
      township: z.string(),
      village: z.string().optional(),
      /** False when the township was typed under 其他 (not in the site's official list). */
      listed: z.boolean(),
      offices: z.array(officeCardSchema),
    })
    .optional(),
  /** Payments made, newest last. */
  payments: z.array(z.object({ month: z.string(), amount: z.number(), paidOn: z.string() })),
  /** 一门受理: the household's cases of other programmes (case number and programme). */
  linkedCases: z.array(z.object({ caseNumber: z.string(), programme: z.string() })),
  /** 定期核查: the last review's outcome (continue, change-amount, stop), its day, the written reason and how to object. */
  review: z.object({ on: z.string(), outcome: z.string(), reason: z.string(), monthly: z.number().optional(), howToObject: z.string() }).optional(),
  /**
   * 急难型 先行救助: paid before the paperwork (社会救助法 §50). outcome: paperwork (still being completed), confirmed
   * (the paperwork bore it out), closed (it showed the help was not due: closedReason and how to object). text: the
   * same in a plain sentence, in the request's language.
   */
  paidFirst: z
    .object({ amount: z.number(), paidOn: z.string(), outcome: z.enum(['paperwork', 'confirmed', 'closed']), text: z.string(), closedReason: z.string().optional(), howToObject: z.string().optional() })
    .optional(),
  /** 好差评, once the case has ended: { rated: false } (POST /api/ratings with the query code), or the rating and a 差评's follow-up. */
  rating: caseRatingSchema.optional(),
  /** Short-lived opaque token for POST /api/cases/supplement (Authorization: Bearer). */
  accessToken: z.string(),
});

export const supplementRequestSchema = z.object({
  /** Photos from POST /api/uploads answering the 需补正 list, 1–10. */
  uploadIds: z.array(uploadIdSchema).min(1).max(UPLOADS_PER_CLAIM),
});

export const supplementResponseSchema = z.object({
  /** The case number. */
  caseNumber: z.string(),
  /** Photos now attached to the 需补正 request. */
  uploadedIds: z.array(z.string()),
});

export const bearerHeaderSchema = z.object({
  /** `Bearer <accessToken>` from the lookup answer. */
  authorization: z.string().regex(/^Bearer \S+$/),
});

export type LookupRequest = z.infer<typeof lookupRequestSchema>;
export type CaseView = z.infer<typeof caseViewSchema>;
