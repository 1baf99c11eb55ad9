// Account management for admins: GET/POST /api/staff/accounts, POST /api/staff/accounts/{username}/disable.
import { z } from 'zod';
import { ROLES } from '../domain/roles.ts';

export const accountUsernameParamSchema = z.object({
  /** The account's user name. */
  username: z.string().min(1).max(64),
});

export const staffAccountSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  county: z.string(),
  /** Township of township roles and agents. */
  township: z.string().optional(),
  /** Village of a village's agent. */
  village: z.string().optional(),
  /** ISO instant the account was disabled; absent while in use. */
  disabledAt: z.string().optional(),
});

export const staffAccountsResponseSchema = z.object({
  /** Every account of the admin's county, by role then user name. */
  accounts: z.array(staffAccountSchema),
});

export const newAccountRequestSchema = z.object({
  /** 3–64 of a-z, 0-9, ".", "_" and "-", starting with a letter or digit. */
  username: z.string().min(1).max(64),
  /** Shown on cases and in the console, e.g. 林城镇民政办 张*. */
  displayName: z.string().trim().min(1).max(60),
  role: z.enum(ROLES),
  /** Required for township roles and agents, a township of the admin's county as listed. */
  township: z.string().trim().min(1).max(50).optional(),
  /** An agent's village, optional. */
  village: z.string().trim().min(1).max(50).optional(),
});

export const madeAccountSchema = z.object({
  username: z.string(),
  role: z.enum(ROLES),
  /** The first password, shown this once. */
  password: z.string(),
  /** otpauth:// for the authenticator app (county approvers and admins), shown this once. */
  totpUri: z.string().optional(),
});
