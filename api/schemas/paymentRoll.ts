// GET /api/staff/payment-rolls, …/{month}.csv and POST …/{month}/paid: the monthly 发放名册.
import { z } from 'zod';

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

export const paymentRollQuerySchema = z.object({
  /** The month paid for, YYYY-MM. */
  month: monthSchema,
  /** One township of the county (county roles); township roles always get their own. */
  township: z.string().trim().min(1).max(50).optional(),
});

export const paymentRollCsvParamSchema = z.object({
  /** YYYY-MM.csv */
  file: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])\.csv$/),
});

export const paymentRollTownshipQuerySchema = paymentRollQuerySchema.pick({ township: true });

export const paymentRollMonthParamSchema = z.object({ month: monthSchema });

export const payRollRequestSchema = z.object({
  /** One township of the county, as on the printed roll; absent: the whole county. */
  township: z.string().trim().min(1).max(50).optional(),
  /** The day the money was sent, YYYY-MM-DD, not in the future. */
  paidOn: z.iso.date(),
  /** The printed roll's number of households: a roll that changed since is refused (409 roll_changed). */
  households: z.number().int().min(0),
  /** The printed roll's total, yuan. */
  amount: z.number().min(0),
});

export const rollLineSchema = z.object({
  caseNumber: z.string(),
  programme: z.string(),
  township: z.string(),
  village: z.string().nullable(),
  /** 户主 (the applicant) masked: 张*. No ID number is ever on a roll. */
  nameMasked: z.string(),
  /** 保障人数: members of the household. */
  householdSize: z.number().int(),
  /** Yuan for the month: the approved amount, or what was paid. */
  amount: z.number(),
  /** The day it was recorded paid; absent while still to pay. */
  paidOn: z.string().optional(),
});

export const paymentRollSchema = z.object({
  month: z.string(),
  county: z.string(),
  township: z.string().optional(),
  lines: z.array(rollLineSchema),
  totals: z.object({ households: z.number().int(), persons: z.number().int(), amount: z.number(), paidHouseholds: z.number().int(), unpaidHouseholds: z.number().int() }),
});

export const payRollResponseSchema = z.object({
  /** Lines recorded paid by this call. */
  paid: z.number().int(),
  /** Lines that were paid already (left alone). */
  alreadyPaid: z.number().int(),
  roll: paymentRollSchema,
});
