// Lists of cases: POST /api/cases/find (a resident who lost the case number) and GET /api/agent/cases.
import { z } from 'zod';
import { CASE_STATUSES } from '../domain/casework/caseState.ts';
import { checkPhoneLastFour } from '../domain/phone.ts';
import { applyProgrammeSchema } from './cases.ts';
import { caseStepSchema } from './caseView.ts';
import { idNumberSchema, personNameSchema } from './people.ts';

export const findCasesRequestSchema = z.object({
  /** The applicant's whole 18-character ID number. */
  idNumber: idNumberSchema,
  /** The applicant's name as on the ID card (`·` look-alikes folded, as when applying). */
  name: personNameSchema,
  /** Last 4 digits of the phone left on the claim (it may be a relative's or the agent's). */
  phoneLast4: z.string().max(20).superRefine((value, ctx) => {
    const checked = checkPhoneLastFour(value);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.code });
  }),
});

export const caseSummarySchema = z.object({
  /** The 12-digit case number, to follow the case with POST /api/cases/lookup (which still asks for its factor). */
  caseNumber: z.string(),
  /** Programme applied for. */
  programme: applyProgrammeSchema,
  /** Applicant's name masked without splitting a character (张*). */
  applicantName: z.string(),
  /** China date the claim was recorded, YYYY-MM-DD. */
  submittedOn: z.string(),
  /** open, supplement (需补正: something is asked of the applicant), approved, refused. */
  status: z.enum(CASE_STATUSES),
  /** Where the case stands: the step being worked on, or the last one done when nothing is left. */
  step: caseStepSchema,
});

export const findCasesResponseSchema = z.object({
  /** Cases of that applicant with that name and phone, newest first; empty when none match (the same answer for an unknown ID number). */
  cases: z.array(caseSummarySchema),
});

export const agentCasesQuerySchema = z.object({
  /** How many of the newest cases to list, 1–200 (default 50). */
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const agentCasesResponseSchema = z.object({
  /** Cases this agent submitted, newest first. */
  cases: z.array(caseSummarySchema),
  /** How many cases the agent has submitted in all. */
  total: z.number().int(),
});

export type FindCasesRequest = z.infer<typeof findCasesRequestSchema>;
export type CaseSummary = z.infer<typeof caseSummarySchema>;
