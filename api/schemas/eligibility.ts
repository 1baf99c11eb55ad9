// "我能申请吗?" self-check: request and answer of POST /api/eligibility.
import { z } from 'zod';
import { DISABILITY_TYPES, PROGRAMME_IDS } from '../domain/eligibility.ts';

export const countyCodeSchema = z.string().regex(/^\d{6}$/);
export const hukouSchema = z.enum(['urban', 'rural']);
export const programmeIdSchema = z.enum(PROGRAMME_IDS);

export const householdMemberSchema = z.object({
  /** Age in whole years, 0–130. */
  age: z.number().int().min(0).max(130),
  /** Grade on the 残疾人证, 1 (most severe) to 4; absent when the member has no certificate. */
  disabilityGrade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  /** Kind of disability on the certificate: physical, visual, hearing, speech, intellectual, mental or multiple; absent = not known. */
  disabilityType: z.enum(DISABILITY_TYPES).optional(),
  /** Retired from a state organ or public institution (机关事业单位退休); absent = not asked. */
  retiredFromPublicSector: z.boolean().optional(),
  /** Retired from an enterprise with a pension (企业退休); absent = not asked. */
  retiredFromEnterprise: z.boolean().optional(),
  /** Whether the member is able to work; absent = not sure. */
  canWork: z.boolean().optional(),
  /** Whether someone legally bound to support the member is able to; absent = not sure. */
  hasSupporter: z.boolean().optional(),
  /** A child whose parents have both died or are declared dead or missing. */
  isOrphan: z.boolean().optional(),
  /** A child whose parents are both unable to raise them. */
  parentsUnable: z.boolean().optional(),
});

export const eligibilityRequestSchema = z.object({
  /** GB/T 2260 code of the county or district where the household is registered. */
  county: countyCodeSchema,
  /** Household registration: urban or rural. */
  hukou: hukouSchema,
  /** Members living together, 1–30. */
  members: z.array(householdMemberSchema).min(1).max(30),
  /** Income of the whole household, yuan per month, ≥ 0. */
  monthlyIncome: z.number().min(0).max(10_000_000),
});

export const standardRefSchema = z.object({
  /** Key of the local figure, e.g. dibao-urban. */
  key: z.string(),
  /** Amount in yuan. */
  amount: z.number(),
  /** Period of the amount. */
  period: z.enum(['month', 'year', 'once']),
  /** Year the figure applies to, when the source states it. */
  year: z.number().int().optional(),
  /** Document the figure is taken from. */
  source: z.string(),
  /** More than two years old or undated: today's figure may differ, ask the township. */
  stale: z.boolean(),
});

export const programmeAnswerSchema = z.object({
  /** Catalog id of the programme (also the policy page's slug). */
  id: programmeIdSchema,
  /** true, false, or 'maybe' when it depends on something the self-check does not know. */
  eligible: z.union([z.boolean(), z.literal('maybe')]),
  /** Estimated yuan per month for the household, when the local figure is known. */
  monthly: z.number().optional(),
  /** The reason in plain words, in the request's language. */
  reason: z.string(),
  /** The local figure the answer rests on. */
  standard: standardRefSchema.optional(),
  /** Catalog ids worth a look when the answer is no. */
  alsoTry: z.array(z.string()).optional(),
  /** Further plain-language notes, e.g. that 低保 and 特困 exclude each other. */
  notes: z.array(z.string()).optional(),
});

export const eligibilityResponseSchema = z.object({
  /** One answer per programme, in catalog order. */
  programmes: z.array(programmeAnswerSchema),
  /** "This is only an estimate" in the request's language. */
  note: z.string(),
});

export type EligibilityRequest = z.infer<typeof eligibilityRequestSchema>;
export type EligibilityResponse = z.infer<typeof eligibilityResponseSchema>;
