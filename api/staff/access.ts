// Who is asking, and may they: the one gate every signed-in endpoint (agent or staff) goes through.
import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import type { AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { needsTownship, STAFF_ROLES, type Role } from '../domain/roles.ts';
import { changesState, checkCsrf } from './csrf.ts';
import { readSessionToken } from './sessionCookie.ts';
import { liveSession, type LiveSession } from './sessions.ts';

export type { Role } from '../domain/roles.ts';

export interface Account {
  id: number;
  username: string;
  role: Role;
  displayName: string;
  county: string;
  township: string | null;
  village: string | null;
}

interface Signed {
  account: Account;
  session: LiveSession;
}

// One look-up per request, however many gates it passes.
const perRequest = new WeakMap<Request, Promise<Signed | undefined>>();

async function lookUp(c: Context<AppEnv>): Promise<Signed | undefined> {
  const token = readSessionToken(c);
  if (!token) return undefined;
  const services = c.get('services');
  const session = await liveSession(services, token);
  if (!session) return undefined;
  const [row] = await services.db
    .select({ id: accounts.id, username: accounts.username, role: accounts.role, displayName: accounts.displayName, county: accounts.county, township: accounts.township, village: accounts.village, disabledAt: accounts.disabledAt })
    .from(accounts)
    .where(eq(accounts.id, session.accountId));
  if (!row || row.disabledAt !== null) return undefined;
  const { disabledAt: _, ...account } = row;
  return { account, session };
}

/** The signed-in account and its session, or undefined without a live one (no error: the agent claim path asks this). */
export function signedIn(c: Context): Promise<Signed | undefined> {
  let found = perRequest.get(c.req.raw);
  if (!found) perRequest.set(c.req.raw, (found = lookUp(c as Context<AppEnv>)));
  return found;
}

/** The signed-in account (any role) or 401 `unauthorised`; checks idle/absolute expiry and refreshes last_seen. */
export async function requireAccount(c: Context): Promise<Account> {
  const signed = await signedIn(c);
  if (!signed) throw new ApiError(401, 'unauthorised');
  return signed.account;
}

/**
 * As requireAccount, and for methods other than GET/HEAD the CSRF token and Origin; 403 `role_forbidden` when the role is not in `roles`.
 * Without `roles`: any staff role (every role but 'agent').
 */
export async function requireStaff(c: Context, roles: readonly Role[] = STAFF_ROLES): Promise<Account> {
  const signed = await signedIn(c);
  if (!signed) throw new ApiError(401, 'unauthorised');
  if (changesState(c)) checkCsrf(c as Context<AppEnv>, signed.session.csrfTokenHash);
  if (!roles.includes(signed.account.role)) throw new ApiError(403, 'role_forbidden');
  return signed.account;
}

/** Whether a case (county, township) is within the account's jurisdiction (county roles: the county; township roles and agents: the township). */
export function inJurisdiction(account: Account, place: { county: string; township: string }): boolean {
  if (account.county !== place.county) return false;
  if (!needsTownship(account.role)) return true;
  return account.township !== null && account.township === place.township;
}
