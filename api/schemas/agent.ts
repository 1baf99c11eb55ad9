// 代办 agents (village committees, grid workers): POST/DELETE /api/agent/session.
import { z } from 'zod';

export const agentLoginSchema = z.object({
  /** Account name given by the county bureau. */
  username: z.string().min(1).max(64),
  /** Password. */
  password: z.string().min(1).max(200),
});

export const agentSessionSchema = z.object({
  /** Agent's display name, e.g. 林城镇某村委会 张*. */
  agentName: z.string(),
  /** County the agent serves. */
  county: z.string(),
  /** Township the agent serves. */
  township: z.string(),
  /** When the session cookie expires, ISO 8601. */
  expiresAt: z.string(),
});
