// 公示 online: GET /api/notices, GET /api/notices/archive, objections and their lookup (issue 10).
import { z } from 'zod';
import { OBJECTION_CONTACT_MAX, OBJECTION_STATUSES, OBJECTION_TEXT_MAX } from '../domain/notices/objection.ts';

// Messages are errors.field.objection.* (the domain's codes, as names and ID numbers have theirs).
const required = (code: string) => (v: string, ctx: z.RefinementCtx) => {
  if (v.length === 0) ctx.addIssue({ code: 'custom', message: `objection.${code}-required` });
};
const atMost = (max: number, code: string) => (v: string, ctx: z.RefinementCtx) => {
  if ([...v].length > max) ctx.addIssue({ code: 'custom', message: `objection.${code}-long` });
};

export const noticePlaceQuerySchema = z.object({
  /** County (or city district) code, 6 digits, as GET /api/regions lists it. */
  county: z.string().regex(/^\d{6}$/).optional(),
  /** Township name as listed (needs county). */
  township: z.string().trim().min(1).max(40).optional(),
  /** Village or community name (needs township). */
  village: z.string().trim().min(1).max(40).optional(),
});
export type NoticePlaceQuery = z.infer<typeof noticePlaceQuerySchema>;

export const publicNoticeSchema = z.object({
  /** The notice's id: what an objection is filed against. */
  id: z.number().int(),
  /** Programme id (dibao, tekun, linshi-jiuzhu…). */
  programme: z.string(),
  /** The applicant's name masked without splitting a character (张*三 / 张*). */
  nameMasked: z.string(),
  /** People in the household. */
  householdSize: z.number().int(),
  /** 拟保障金额, yuan a month (临时救助: the one payment). */
  monthlyAmount: z.number(),
  /** First and last day of the 公示, YYYY-MM-DD (China dates). */
  from: z.string(),
  to: z.string(),
  /** County code, township and village (null: posted at the township). */
  county: z.string(),
  township: z.string(),
  village: z.string().nullable(),
});
export type PublicNotice = z.infer<typeof publicNoticeSchema>;

export const noticesResponseSchema = z.object({ notices: z.array(publicNoticeSchema) });

export const archivedNoticeSchema = z.object({
  programme: z.string(),
  county: z.string(),
  township: z.string(),
  village: z.string().nullable(),
  /** The posted first and last day. */
  from: z.string(),
  to: z.string(),
  /** Households on this 公示 (no names once it is over). */
  count: z.number().int(),
});
export type ArchivedNotice = z.infer<typeof archivedNoticeSchema>;

export const archiveResponseSchema = z.object({ notices: z.array(archivedNoticeSchema) });

export const noticeIdParamSchema = z.object({
  /** The notice's id from GET /api/notices. */
  id: z.coerce.number().int().min(1).max(2 ** 31),
});

export const objectionRequestSchema = z.object({
  /** What is wrong with this 公示, in the objector's words (1–2000 characters). */
  text: z.string().trim().superRefine(required('text')).superRefine(atMost(OBJECTION_TEXT_MAX, 'text')),
  /** How to reach the objector (optional, up to 100 characters; sealed, seen only by the township that looks into it). */
  contact: z.string().trim().superRefine(atMost(OBJECTION_CONTACT_MAX, 'contact')).optional(),
});
export type ObjectionRequest = z.infer<typeof objectionRequestSchema>;

export const filedResponseSchema = z.object({
  /** 11 digits, the first 5 for an objection (api/domain/trackingNumber.ts). */
  trackingNumber: z.string(),
  /** 8 digits, shown only now; with the tracking number it reads the outcome. */
  queryCode: z.string(),
});
export type FiledResponse = z.infer<typeof filedResponseSchema>;

export const filingLookupRequestSchema = z.object({
  /** The tracking number (spaces and full-width digits allowed). */
  trackingNumber: z.string().min(1).max(40),
  /** The 8-digit query code. */
  queryCode: z.string().min(1).max(40),
});
export type FilingLookupRequest = z.infer<typeof filingLookupRequestSchema>;

export const objectionOutcomeSchema = z.object({
  trackingNumber: z.string(),
  /** open (being looked into), continued (异议不成立: the 公示 went on), upheld (异议成立). */
  status: z.enum(OBJECTION_STATUSES),
  raisedOn: z.string(),
  resolvedOn: z.string().optional(),
  /** The township's finding, as written for the objector. */
  finding: z.string().optional(),
  /** The 公示 it was about, without the name. */
  notice: z.object({ programme: z.string(), township: z.string(), village: z.string().nullable(), from: z.string(), to: z.string() }),
});
export type ObjectionOutcomeView = z.infer<typeof objectionOutcomeSchema>;

export const staffObjectionsQuerySchema = z.object({
  /** open: only those not yet found on. */
  status: z.enum(OBJECTION_STATUSES).optional(),
});

export const staffObjectionSchema = z.object({
  trackingNumber: z.string(),
  caseNumber: z.string(),
  township: z.string(),
  village: z.string().nullable(),
  raisedOn: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  resolvedOn: z.string().optional(),
  /** Whether the objector left a contact (revealed only by POST …/reveal-contact, which is recorded). */
  hasContact: z.boolean(),
});
export const staffObjectionsResponseSchema = z.object({ objections: z.array(staffObjectionSchema) });

export const trackingNumberParamSchema = z.object({ trackingNumber: z.string().regex(/^\d{11}$/) });
export const revealContactResponseSchema = z.object({ contact: z.string() });

/** An objection on the staff case page: its text, never its contact. */
export const caseObjectionSchema = z.object({
  trackingNumber: z.string(),
  raisedOn: z.string(),
  text: z.string(),
  hasContact: z.boolean(),
  status: z.enum(OBJECTION_STATUSES),
  finding: z.string().optional(),
  resolvedOn: z.string().optional(),
});
