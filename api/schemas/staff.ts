// The staff console's read API: GET /api/staff/cases, GET /api/staff/cases/{caseNumber}, POST …/reveal-id.
import { z } from 'zod';
import { applyProgrammeSchema, incomeKindSchema, relationSchema, stepIdSchema } from './cases.ts';
import { caseStepSchema } from './caseView.ts';
import { caseObjectionSchema } from './notices.ts';
import { ACTION_NAMES } from '../domain/casework/action.ts';
import { CASE_STATUSES } from '../domain/casework/caseState.ts';

export const caseNumberParamSchema = z.object({
  /** The 12-digit case number. */
  caseNumber: z.string().regex(/^\d{12}$/),
});

export const attachmentParamSchema = caseNumberParamSchema.extend({
  /** Upload id, 22 base64url characters. */
  id: z.string().regex(/^[A-Za-z0-9_-]{22}$/),
});

const yes = z.enum(['true', 'false']).transform((v) => v === 'true');

export const staffQueueQuerySchema = z.object({
  /** Only cases standing at this step. */
  step: stepIdSchema.optional(),
  /** Only cases with this status (open, supplement, approved, refused…). */
  status: z.string().regex(/^[a-z-]{1,30}$/).optional(),
  /** true: only cases past their due date; false: only cases not past it. */
  overdue: yes.optional(),
  /** Case number (spaces allowed), masked applicant name as listed (张*) or village, 1–40 characters. */
  q: z.string().trim().min(1).max(40).optional(),
  /** due: only paying cases whose 定期核查 date has come (review_on on or before today). */
  review: z.enum(['due']).optional(),
  /** How many cases, 1–500 (default 200), soonest due first. */
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

export const caseFlagSchema = z.object({
  /** Stable code, e.g. near_kin_declared. */
  code: z.string(),
  /** Why, in the request's language. */
  reason: z.string(),
});

export const queueCaseSchema = z.object({
  /** The 12-digit case number. */
  caseNumber: z.string(),
  /** Programme applied for. */
  programme: applyProgrammeSchema,
  /** Applicant's name masked (张*). */
  applicantName: z.string(),
  township: z.string(),
  village: z.string().optional(),
  /** The step being worked on (or the last one done). */
  step: stepIdSchema,
  /** open, supplement (需补正), approved, refused, and the statuses the workflow adds. */
  status: z.string(),
  /** Due date of the current step, YYYY-MM-DD; absent when nothing is due (a finished case). */
  dueDate: z.string().optional(),
  /** The due date has passed. */
  overdue: z.boolean(),
  /** Due within 3 working days (and not yet overdue). */
  dueSoon: z.boolean(),
  flags: z.array(caseFlagSchema),
  /** Sent back with an action; a stale one answers 409 stale_version. */
  version: z.number().int(),
});

export const staffQueueResponseSchema = z.object({
  /** Cases in the caller's jurisdiction, soonest due first (overdue first), then those with nothing due. */
  cases: z.array(queueCaseSchema),
  /** How many cases match the filters in all (the list stops at `limit`), counted up to 1000. */
  total: z.number().int(),
  /** true when there are at least `total` (1000): the count stopped there. */
  totalCapped: z.boolean(),
});

const maskedPersonSchema = z.object({
  /** Name masked (张*). */
  nameMasked: z.string(),
  /** ID number, first 6 and last 4 characters; the whole one only through reveal-id, which is logged. */
  idMasked: z.string(),
});

export const householdMemberSchema = maskedPersonSchema.extend({
  /** Position in the claim's member list, for reveal-id. */
  index: z.number().int(),
  relation: relationSchema,
  /** Age in whole years today. */
  age: z.number().int(),
  /** Grade on the 残疾人证, 1–4. */
  disabilityGrade: z.number().int().optional(),
  canWork: z.boolean().optional(),
  /** Incomes of this member as declared on the claim, yuan per month. */
  incomes: z.array(z.object({ kind: incomeKindSchema, monthly: z.number() })),
});

export const allowedActionSchema = z.object({
  /** Action name for POST …/actions. */
  action: z.enum(ACTION_NAMES),
  /** The form's fields: kind text, text-list (one line each), names (two staff), date, month, amount (yuan), choice (options), boolean. */
  fields: z.array(z.object({ name: z.string(), kind: z.enum(['text', 'text-list', 'names', 'date', 'month', 'amount', 'choice', 'boolean']), required: z.boolean(), options: z.array(z.string()).optional() })),
});

export const staffCaseSchema = z.object({
  caseNumber: z.string(),
  programme: applyProgrammeSchema,
  county: z.string(),
  township: z.string(),
  village: z.string().optional(),
  status: z.enum(CASE_STATUSES),
  step: stepIdSchema,
  /** The current step's due date (or a paying case's review date); absent while the applicant is to act or once finished. */
  dueDate: z.string().optional(),
  /** true when the due date is the county's default, not a national limit (以县里公布为准). */
  dueSetByCounty: z.boolean(),
  /** The date counts days past the holiday calendar's last year: an estimate (预计). */
  dueEstimated: z.boolean(),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  version: z.number().int(),
  submittedAt: z.string(),
  submittedBy: z.object({ kind: z.enum(['self', 'agent', 'window']), agentName: z.string().optional() }),
  applicant: maskedPersonSchema.extend({ phoneMasked: z.string() }),
  household: z.array(householdMemberSchema),
  /** Household registration. */
  hukou: z.string(),
  /** Assets as declared. */
  assets: z.object({ description: z.string().optional(), savings: z.number().optional(), vehicles: z.number().optional(), houses: z.number().optional() }),
  /** Why the household asks for help, in the applicant's words. */
  reason: z.string(),
  /** 临时救助: the amount asked for, yuan. */
  requestedAmount: z.number().optional(),
  /** The applicant's own near-kin declaration. */
  nearKinDeclaration: z.object({ hasNearKin: z.boolean(), details: z.string().optional() }),
  /** The programme's steps as the applicant's 查进度 shows them. */
  steps: z.array(caseStepSchema),
  /** Every event of the case, oldest first. */
  events: z.array(z.object({ id: z.number().int(), kind: z.string(), step: z.string().optional(), /** As recorded: applicant, agent:<id>, staff:<username>, system:<what>. */ actor: z.string(), /** Who, in words (the account's display name). */ actorName: z.string(), reason: z.string(), at: z.string(), on: z.string() })),
  /** Photos of the case, opened only through their href (a staff account of this jurisdiction, never cached). */
  attachments: z.array(z.object({ id: z.string(), purpose: z.string(), uploadedAt: z.string(), href: z.string() })),
  flags: z.array(caseFlagSchema),
  /** 需补正: what was asked for and the photos sent. */
  supplement: z.object({ items: z.array(z.string()), uploadedIds: z.array(z.string()) }).optional(),
  /** 公示 as a public page can read it: first and last day, where posted, the masked line. */
  notice: z.object({ from: z.string(), to: z.string(), place: z.string(), line: z.string() }).optional(),
  /** 公示异议 against this case, oldest first: what was written, never who or how to reach them. */
  objections: z.array(caseObjectionSchema),
  /** 不予批准 / 不予受理: the written reason. */
  refusal: z.object({ reason: z.string() }).optional(),
  /** amount: yuan a month (临时救助: the one payment); reviewOn: the next 定期核查. */
  approved: z.object({ amount: z.number(), fromMonth: z.string(), reviewOn: z.string().optional() }).optional(),
  /** 急难型 先行救助: what was paid first, on which day, and the emergency recorded. */
  paidFirst: z.object({ amount: z.number(), paidOn: z.string(), reason: z.string() }).optional(),
  /** A conflict-of-interest case's first county approval, waiting for a second, unrelated approver (本系统要求). */
  firstApproval: z.object({ approverName: z.string(), amount: z.number(), fromMonth: z.string() }).optional(),
  /** 家庭经济状况核对: day and result. */
  check: z.object({ on: z.string(), result: z.string() }).optional(),
  /** 入户调查: day and the two staff who went. */
  visit: z.object({ on: z.string(), staff: z.array(z.string()) }).optional(),
  /** 定期核查: the last outcome and the written reason the household was told. */
  lastReview: z.object({ on: z.string(), outcome: z.string(), reason: z.string(), monthly: z.number().optional() }).optional(),
  /** 一门受理: the household's cases of other programmes. */
  linkedCases: z.array(z.object({ caseNumber: z.string(), programme: z.string() })),
  /** 一门受理, from acceptance on: other programmes the household likely qualifies for, by the self-check's rules. */
  linkedProgrammes: z.array(z.object({ programme: applyProgrammeSchema, eligible: z.enum(['likely', 'maybe']), reason: z.string() })).optional(),
  /** Months recorded as paid (from the payment events). */
  paidMonths: z.array(z.string()),
  payments: z.array(z.object({ month: z.string(), amount: z.number(), paidOn: z.string() })),
  /** Only the actions the caller may take now. */
  allowedActions: z.array(allowedActionSchema),
});

export const revealIdRequestSchema = z.object({
  /** Household member's index; absent: the applicant. */
  member: z.number().int().min(0).max(29).optional(),
});

export const revealIdResponseSchema = z.object({
  /** The whole ID number. The reveal is an audit event. */
  idNumber: z.string(),
});

export type StaffQueueQuery = z.infer<typeof staffQueueQuerySchema>;
export type QueueCase = z.infer<typeof queueCaseSchema>;
export type StaffCase = z.infer<typeof staffCaseSchema>;
export type CaseFlag = z.infer<typeof caseFlagSchema>;
