// Applying: POST /api/cases (one claim per Idempotency-Key).
import { z } from 'zod';
import { APPLY_PROGRAMMES, STEP_IDS } from '../domain/workflow.ts';
import { countyCodeSchema, hukouSchema } from './eligibility.ts';
import { idNumberSchema, personNameSchema, phoneSchema } from './people.ts';
import { UPLOADS_PER_CLAIM, uploadIdSchema } from './uploads.ts';

export const applyProgrammeSchema = z.enum(APPLY_PROGRAMMES);
export const stepIdSchema = z.enum(STEP_IDS);
export const relationSchema = z.enum(['self', 'spouse', 'child', 'parent', 'grandparent', 'grandchild', 'sibling', 'other']);
export const incomeKindSchema = z.enum(['wages', 'farming', 'business', 'pension', 'support', 'transfer', 'other']);

export const idempotencyHeaderSchema = z.object({
  /** A UUID the browser makes once per claim and sends again on every retry. */
  'idempotency-key': z.uuid(),
});

export const claimMemberSchema = z.object({
  /** Name as on the 户口簿. */
  name: personNameSchema,
  /** ID number of the member. */
  idNumber: idNumberSchema,
  /** Relation to the applicant; the applicant is the member with 'self'. */
  relation: relationSchema,
  /** Age in whole years; computed from the ID number when absent. */
  age: z.number().int().min(0).max(130).optional(),
  /** Grade on the 残疾人证, 1–4. */
  disabilityGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  /** Whether the member is able to work. */
  canWork: z.boolean().optional(),
});

export const claimIncomeSchema = z.object({
  /** Index into members of whose income this is. */
  memberIndex: z.number().int().min(0),
  /** Kind of income. */
  kind: incomeKindSchema,
  /** Yuan per month, ≥ 0. */
  monthly: z.number().min(0).max(10_000_000),
});

export const claimAssetsSchema = z.object({
  /** Houses, vehicles, savings and anything else, in the applicant's words. */
  description: z.string().max(2000).optional(),
  /** Savings and deposits of the household, yuan. */
  savings: z.number().min(0).optional(),
  /** Number of motor vehicles (farm machinery excluded). */
  vehicles: z.number().int().min(0).optional(),
  /** Number of houses or flats owned. */
  houses: z.number().int().min(0).optional(),
});

export const claimRequestSchema = z.object({
  /** Catalog id of the programme applied for. */
  programme: applyProgrammeSchema,
  /** GB/T 2260 code of the county or district of the household's registration. */
  county: countyCodeSchema,
  /** Township name, as in GET /api/regions. */
  township: z.string().min(1).max(50),
  /** Village or community name. */
  village: z.string().min(1).max(50).optional(),
  /** Household registration: urban or rural. */
  hukou: hukouSchema,
  /** The person applying for the household. */
  applicant: z.object({
    /** Name as on the ID card. */
    name: personNameSchema,
    /** ID number; only its last 6 characters are used to look the case up. */
    idNumber: idNumberSchema,
    /** Mobile or landline for call-backs. */
    phone: phoneSchema,
  }),
  /** Every member of the household living together, the applicant included, 1–30. */
  members: z.array(claimMemberSchema).min(1).max(30),
  /** Incomes per member; empty when there is none. */
  incomes: z.array(claimIncomeSchema).max(200),
  /** Assets of the household. */
  assets: claimAssetsSchema,
  /** Why the household asks for help, in the applicant's words. */
  reason: z.string().trim().min(1).max(4000),
  /** 临时救助 only: the amount asked for, yuan; decides whether the township alone can approve. */
  requestedAmount: z.number().min(0).max(1_000_000).optional(),
  /** Near kin among case staff and village cadres (those cases are checked twice). */
  nearKinDeclaration: z.object({
    /** Whether any member is near kin of a case worker or village cadre. */
    hasNearKin: z.boolean(),
    /** Who, and what relation. */
    details: z.string().max(2000).optional(),
  }),
  /** 家庭经济状况核对 authorisation, one per adult member (18 or older). */
  financeCheckConsents: z.array(z.object({ memberIndex: z.number().int().min(0), agreed: z.literal(true) })).max(30),
  /** The applicant promises what they wrote is true. */
  truthfulnessPromise: z.literal(true),
  /** Document photos from POST /api/uploads, ≤ 10. */
  uploadIds: z.array(uploadIdSchema).max(UPLOADS_PER_CLAIM),
  /** 代办 only (required with an agent session): the photo of the signed written authorisation. */
  agentAuthorisation: z
    .object({
      /** Upload id of the photo of the authorisation. */
      uploadId: uploadIdSchema,
      /** Date the resident signed it, YYYY-MM-DD. */
      signedOn: z.iso.date(),
    })
    .optional(),
});

export const nextStepSchema = z.object({
  /** Id of the next step. */
  step: stepIdSchema,
  /** What happens next, in plain words, in the request's language. */
  title: z.string(),
  /** Legal due date, YYYY-MM-DD, in working days per the holiday calendar. */
  dueDate: z.string(),
  /** false when the due date runs past the years the holiday calendar covers (an estimate). */
  covered: z.boolean(),
});

export const claimResponseSchema = z.object({
  /** 12-digit case number with a check digit. */
  caseNumber: z.string(),
  /** 8-character query code; with the case number it looks the case up (as does the ID's last 6). */
  queryCode: z.string(),
  /** Programme applied for. */
  programme: applyProgrammeSchema,
  /** When the claim was recorded, ISO 8601. */
  submittedAt: z.string(),
  /** What happens next and by when. */
  nextStep: nextStepSchema,
});

export type ClaimRequest = z.infer<typeof claimRequestSchema>;
export type ClaimResponse = z.infer<typeof claimResponseSchema>;
