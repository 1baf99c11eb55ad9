// POST /api/staff/cases/{caseNumber}/actions: the request and the case it answers with.
import { z } from 'zod';
import { ACTION_NAMES } from '../domain/casework/action.ts';
import { CASE_STATUSES } from '../domain/casework/caseState.ts';
import { applyProgrammeSchema, stepIdSchema } from './cases.ts';

export const caseNumberParamSchema = z.object({ caseNumber: z.string().regex(/^\d{12}$/) });

/** The action, the version of the case the staff member saw, and the action's own fields (see allowedActions[].fields). */
export const staffActionRequestSchema = z.looseObject({
  action: z.enum(ACTION_NAMES),
  /** The case's `version` as last read; a newer one answers 409 stale_version and changes nothing. */
  version: z.number().int().min(0),
});

const actionFieldSchema = z.object({
  name: z.string(),
  /** text, text-list (one line each), names (two staff), date (YYYY-MM-DD), month (YYYY-MM), amount (yuan), choice, boolean. */
  kind: z.enum(['text', 'text-list', 'names', 'date', 'month', 'amount', 'choice', 'boolean']),
  required: z.boolean(),
  options: z.array(z.string()).optional(),
});

export const staffCaseSchema = z.object({
  caseNumber: z.string(),
  programme: applyProgrammeSchema,
  county: z.string(),
  township: z.string(),
  village: z.string().optional(),
  status: z.enum(CASE_STATUSES),
  /** The step being worked on. */
  step: stepIdSchema,
  /** The current step's legal due date, or a paying case's review date; null while the applicant is to act or once finished. */
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  /** Due within 3 working days. */
  dueSoon: z.boolean(),
  /** The limit is the county's default (以县里公布为准). */
  dueSetByCounty: z.boolean(),
  /** The date counts days past the holiday calendar's last year: an estimate (预计). */
  dueEstimated: z.boolean(),
  /** Bumped by every change; send it with the next action. */
  version: z.number().int(),
  supplement: z.object({ items: z.array(z.string()), uploadedIds: z.array(z.string()) }).optional(),
  /** 公示 as a public page can read it: dates, where posted, the masked line. */
  notice: z.object({ from: z.string(), to: z.string(), place: z.string(), line: z.string() }).optional(),
  refusal: z.object({ reason: z.string() }).optional(),
  /** amount: yuan a month (临时救助: the one payment); reviewOn: the next 定期核查. */
  approved: z.object({ amount: z.number(), fromMonth: z.string(), reviewOn: z.string().optional() }).optional(),
  check: z.object({ on: z.string(), result: z.string() }).optional(),
  visit: z.object({ on: z.string(), staff: z.array(z.string()) }).optional(),
  paidMonths: z.array(z.string()),
  events: z.array(z.object({ id: z.number(), kind: z.string(), step: z.string().nullable(), actor: z.string(), reason: z.string(), at: z.string(), on: z.string() })),
  /** What the signed-in role may do now, with each action's fields. */
  allowedActions: z.array(z.object({ action: z.enum(ACTION_NAMES), fields: z.array(actionFieldSchema) })),
});
export type StaffCase = z.infer<typeof staffCaseSchema>;
