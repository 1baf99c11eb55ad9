// 举报 and questions: POST /api/reports, POST /api/reports/lookup and the county's console API (issue 10).
import { z } from 'zod';
import { PERSON_ROLES, REPORT_ABOUT, REPORT_ACTIONS, REPORT_CONTACT_MAX, REPORT_KINDS, REPORT_REPLY_MAX, REPORT_STATUSES, REPORT_TEXT_MAX } from '../domain/reports/report.ts';
import { uploadIdSchema, UPLOADS_PER_CLAIM } from './uploads.ts';

// Messages are errors.field.report.* (the domain's codes, as names and objections have theirs).
const issue = (ctx: z.RefinementCtx, code: string, path: string[] = []) => ctx.addIssue({ code: 'custom', message: `report.${code}`, path });
const words = (max: number, code: string, required: boolean) => (v: string, ctx: z.RefinementCtx) => {
  if (required && v.length === 0) issue(ctx, `${code}-required`);
  if ([...v].length > max) issue(ctx, `${code}-long`);
};

export const reportRequestSchema = z.object({
  /** report (举报: something wrong) or question (a question to the bureau); default report. */
  kind: z.enum(REPORT_KINDS).default('report'),
  /** County (or city district) code, 6 digits: the bureau whose queue it goes to. */
  county: z.string().regex(/^\d{6}$/),
  /** What it is about: programme, place (township and village) or conduct (a person's, by where they work). */
  about: z.enum(REPORT_ABOUT),
  /** Catalog id of the programme (needed when about = programme). */
  programme: z.string().trim().min(1).max(40).optional(),
  /** Township of the county as listed, or typed (needed when about = place). */
  township: z.string().trim().min(1).max(40).optional(),
  /** Village or community (optional). */
  village: z.string().trim().min(1).max(40).optional(),
  /** Whose conduct (needed when about = conduct); no name is asked. */
  personRole: z.enum(PERSON_ROLES).optional(),
  /** What happened, in the reporter's words (1–2000 characters). */
  text: z.string().trim().superRefine(words(REPORT_TEXT_MAX, 'text', true)),
  /** How to reach the reporter (optional, up to 100 characters; sealed, revealed only by a recorded action). Anonymous is allowed. */
  contact: z.string().trim().superRefine(words(REPORT_CONTACT_MAX, 'contact', false)).optional(),
  /** Photos from POST /api/uploads (the claims' rules), up to 10. */
  uploadIds: z.array(uploadIdSchema).max(UPLOADS_PER_CLAIM).default([]),
}).superRefine((r, ctx) => {
  if (r.about === 'programme' && !r.programme) issue(ctx, 'programme-required', ['programme']);
  if (r.about === 'place' && !r.township) issue(ctx, 'township-required', ['township']);
  if (r.about === 'conduct' && !r.personRole) issue(ctx, 'person-role-required', ['personRole']);
});
export type ReportRequest = z.infer<typeof reportRequestSchema>;

const dates = {
  /** China date received. */
  receivedOn: z.string(),
  /** 15 days after receipt: the county says by then whether it takes it up (信访工作条例 §23 ¶2). */
  acceptDueOn: z.string(),
  acceptedOn: z.string().optional(),
  /** 60 days after acceptance: the answer is due (参照 §34). */
  answerDueOn: z.string().optional(),
  /** The day of the county's reply (the answer, or why it is not accepted). */
  answeredOn: z.string().optional(),
};

export const reportOutcomeSchema = z.object({
  trackingNumber: z.string(),
  kind: z.enum(REPORT_KINDS),
  /** received, accepted, not-accepted (the answer says why and where to go), answered. */
  status: z.enum(REPORT_STATUSES),
  ...dates,
  /** The county's reply, as written for the reporter. */
  answer: z.string().optional(),
});
export type ReportOutcomeView = z.infer<typeof reportOutcomeSchema>;

export const staffReportsQuerySchema = z.object({
  /** open: waiting for a decision or an answer; answered: replied to (answered or not accepted). */
  state: z.enum(['open', 'answered']).optional(),
});

export const staffReportSchema = z.object({
  trackingNumber: z.string(),
  kind: z.enum(REPORT_KINDS),
  about: z.enum(REPORT_ABOUT),
  programme: z.string().optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  personRole: z.enum(PERSON_ROLES).optional(),
  receivedOn: z.string(),
  status: z.enum(REPORT_STATUSES),
  /** What is due next (acceptance, then the answer); absent once replied. */
  dueOn: z.string().optional(),
  overdue: z.boolean(),
  /** Whether the reporter left a contact (revealed only by POST …/reveal-contact, which is recorded). */
  hasContact: z.boolean(),
  photoCount: z.number().int(),
});
export const staffReportsResponseSchema = z.object({ reports: z.array(staffReportSchema) });

export const staffReportDetailSchema = staffReportSchema.extend({
  /** What the reporter wrote. */
  text: z.string(),
  /** Upload ids of its photos, opened through GET …/photos/{id}. */
  photos: z.array(z.string()),
  ...dates,
  answer: z.string().optional(),
  /** The steps open now (accept, not-accept, answer), to the county approver; none to others. */
  allowedActions: z.array(z.enum(REPORT_ACTIONS)),
});
export type StaffReportDetail = z.infer<typeof staffReportDetailSchema>;

export const reportNumberParamSchema = z.object({ trackingNumber: z.string().regex(/^\d{11}$/) });
export const reportPhotoParamSchema = reportNumberParamSchema.extend({ id: uploadIdSchema });

export const reportActionSchema = z.object({
  action: z.enum(REPORT_ACTIONS),
  /** not-accept: why, and where to go instead; answer: the answer. Written for the reporter to read (1–2000 characters). */
  reply: z.string().trim().superRefine(words(REPORT_REPLY_MAX, 'reply', false)).optional(),
});
export type ReportActionRequest = z.infer<typeof reportActionSchema>;
