// Conflict of interest: near-kin declarations (POST/GET /api/staff/kin, /api/staff/cadre-kin) and the register.
import { z } from 'zod';
import { DECLARED_RELATIONS, KIN_RELATIONS } from '../domain/kin.ts';
import { applyProgrammeSchema, stepIdSchema } from './cases.ts';
import { idNumberSchema, personNameSchema } from './people.ts';
import { caseFlagSchema } from './staff.ts';

export const kinRequestSchema = z.object({
  /** 民法典 §1045 relation (spouse, parent, child, sibling, grandparent, grandchild), `other` where the county's list is wider, or `self` for one's own ID number. */
  relation: z.enum(DECLARED_RELATIONS),
  /** The relative's name (one's own for `self`); only its masked form is kept. */
  name: personNameSchema,
  /** The relative's ID number; only its keyed HMAC is kept. */
  idNumber: idNumberSchema,
});

export const cadreKinRequestSchema = z.object({
  /** The village cadre (村/居委会成员) who declared, as named on the declaration. */
  cadreName: personNameSchema,
  /** Township of the cadre's village, in the admin's county. */
  township: z.string().trim().min(1).max(50),
  /** The cadre's village or community. */
  village: z.string().trim().min(1).max(50),
  /** 民法典 §1045 relation, or `other` where the county's list is wider. */
  relation: z.enum(KIN_RELATIONS),
  name: personNameSchema,
  idNumber: idNumberSchema,
});

export const kinDeclarationSchema = z.object({
  id: z.number().int(),
  relation: z.enum(DECLARED_RELATIONS),
  /** The relative's name masked (张*). */
  nameMasked: z.string(),
  /** For a cadre's declaration: the cadre, township and village. */
  cadreName: z.string().optional(),
  township: z.string().optional(),
  village: z.string().optional(),
  /** ISO instant it was declared. */
  declaredAt: z.string(),
});

export const kinListSchema = z.object({ declarations: z.array(kinDeclarationSchema) });

export const registerCaseSchema = z.object({
  caseNumber: z.string(),
  programme: applyProgrammeSchema,
  township: z.string(),
  village: z.string().optional(),
  applicantName: z.string(),
  status: z.string(),
  step: stepIdSchema,
  /** Every flag on the case, the conflict of interest among them. */
  flags: z.array(caseFlagSchema),
  /** ISO instant the conflict of interest was first flagged (absent: declared by the applicant, not yet accepted). */
  flaggedAt: z.string().optional(),
  /** County approvals so far: 0, 1 (waiting for a second, unrelated approver) or 2 (decided). */
  approvals: z.number().int(),
  version: z.number().int(),
});

export const registerResponseSchema = z.object({ cases: z.array(registerCaseSchema) });
