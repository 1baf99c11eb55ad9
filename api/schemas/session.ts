// Everyone who signs in (代办 agents, township and county staff): POST/DELETE /api/session.
import { z } from 'zod';
import { ROLES } from '../domain/roles.ts';

export const signInSchema = z.object({
  /** Account name given by the county bureau. */
  username: z.string().min(1).max(64),
  /** Password. */
  password: z.string().min(1).max(200),
  /** 6-digit code from the authenticator app: county approvers and admins (asked with 401 totp_required). */
  totp: z.string().regex(/^\s*\d{3}\s?\d{3}\s*$/).optional(),
});

export const sessionSchema = z.object({
  role: z.enum(ROLES),
  /** Shown on cases, e.g. 林城镇某村委会 张*. */
  displayName: z.string(),
  /** County code of the account's jurisdiction. */
  county: z.string(),
  /** Township of township roles and agents. */
  township: z.string().optional(),
  /** Village an agent serves, when the account is a village's. */
  village: z.string().optional(),
  /** Sent back as the x-csrf-token header on every request that changes something. */
  csrfToken: z.string(),
  /** When the session ends at the latest (12 hours), ISO 8601; 30 minutes without a request end it sooner. */
  expiresAt: z.string(),
});
