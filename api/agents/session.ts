// 代办 agents are accounts with role 'agent' (see staff/access.ts): these two gates are what agent routes ask.
import type { Context } from 'hono';
import { ApiError } from '../http/errors.ts';
import { readSessionToken } from '../staff/sessionCookie.ts';
import { requireStaff } from '../staff/access.ts';
import type { Services } from '../services.ts';

export interface Agent {
  id: number;
  displayName: string;
  county: string;
  township: string;
  /** The village the account serves, when it is a village's. */
  village: string | null;
}

/** The signed-in agent when the request carries a session cookie (undefined without one: a resident's own claim). */
export async function agentFromSession(c: Context, _services?: Services): Promise<Agent | undefined> {
  if (!readSessionToken(c)) return undefined;
  return requireAgent(c);
}

/** The signed-in agent; 401 without a live session, 403 for another role; a claim (POST) also needs the CSRF token. */
export async function requireAgent(c: Context, _services?: Services): Promise<Agent> {
  const account = await requireStaff(c, ['agent']);
  // An agent's account always has a township (accounts are checked when made); this keeps the type honest.
  if (account.township === null) throw new ApiError(403, 'role_forbidden');
  return { id: account.id, displayName: account.displayName, county: account.county, township: account.township, village: account.village };
}
