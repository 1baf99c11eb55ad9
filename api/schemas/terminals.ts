// Kiosk terminals: GET/POST /api/staff/terminals, POST /api/staff/terminals/{id}/revoke, POST /api/terminals/heartbeat.
import { z } from 'zod';

export const terminalIdParamSchema = z.object({
  id: z.coerce.number().int().positive(),
});

export const newTerminalRequestSchema = z.object({
  /** Where it stands, as a technician would find it, e.g. 林城镇东门村村委会. */
  name: z.string().trim().min(1).max(60),
  /** A township of the admin's county, as listed. */
  township: z.string().trim().min(1).max(50),
  village: z.string().trim().min(1).max(50),
});

export const madeTerminalSchema = z.object({
  id: z.number().int(),
  /** The credential for the terminal's config file: answered this once, stored only as its SHA-256. */
  key: z.string(),
});

export const staffTerminalSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  township: z.string().optional(),
  village: z.string().optional(),
  createdAt: z.string().optional(),
  /** A heartbeat within the last 5 minutes and not revoked. */
  online: z.boolean(),
  lastSeenAt: z.string().optional(),
  version: z.string().optional(),
  uptime: z.number().int().optional(),
  lastError: z.string().optional(),
  revokedAt: z.string().optional(),
});

export const staffTerminalsResponseSchema = z.object({
  /** The admin's county's terminals, by township, village and name. */
  terminals: z.array(staffTerminalSchema),
});

export const heartbeatRequestSchema = z.object({
  /** The kiosk build (package version + build hash). */
  version: z.string().trim().min(1).max(64),
  /** Seconds since the terminal's browser started. */
  uptime: z.number().int().min(0).max(10 * 365 * 86_400),
  /** The last script error's message, cut to 500 characters; absent when none since the last beat. */
  lastError: z.string().max(500).optional(),
});
