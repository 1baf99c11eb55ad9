// 代办 agent sessions: an opaque token in an HttpOnly SameSite=Strict cookie (see sessionCookie.ts); only its hash is stored.
import type { Context } from 'hono';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { agents, agentSessions } from '../db/schema/index.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import { ApiError } from '../http/errors.ts';
import { ipBucket } from '../lookup/bucket.ts';
import { HashQueueBusy } from '../security/hashQueue.ts';
import { verifyPassword } from '../security/passwords.ts';
import { clearSessionToken, readSessionToken, writeSessionToken } from './sessionCookie.ts';
import type { Services } from '../services.ts';
import { accountSubject, signInLocked } from './signInLimits.ts';

const SESSION_MS = 8 * 60 * 60_000;
// A real hash to compare against when the user name is unknown, so both failures take as long.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface Agent {
  id: number;
  displayName: string;
  county: string;
  township: string;
  /** The village the account serves, when it is a village's. */
  village: string | null;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The signed-in agent, when the request carries a live session cookie. */
export async function agentFromSession(c: Context, services: Services): Promise<Agent | undefined> {
  const token = readSessionToken(c);
  if (!token) return undefined;
  const [row] = await services.db
    .select({ id: agents.id, displayName: agents.displayName, county: agents.county, township: agents.township, village: agents.village })
    .from(agentSessions)
    .innerJoin(agents, eq(agents.id, agentSessions.agentId))
    .where(and(eq(agentSessions.tokenHash, tokenHash(token)), gt(agentSessions.expiresAt, services.now().toISOString())));
  if (!row) throw new ApiError(401, 'unauthorised');
  return row;
}

/** The signed-in agent; 401 without a live session. */
export async function requireAgent(c: Context, services: Services): Promise<Agent> {
  const agent = await agentFromSession(c, services);
  if (!agent) throw new ApiError(401, 'unauthorised');
  return agent;
}

/** The password's check in the hashing queue; a full queue answers 503 in words instead of making the agent wait. */
async function passwordMatches(services: Services, password: string, stored: string): Promise<boolean> {
  try {
    return await verifyPassword(password, stored, services.hashing);
  } catch (err) {
    if (err instanceof HashQueueBusy) throw new ApiError(503, 'server_busy', { headers: { 'Retry-After': '60' } });
    throw err;
  }
}

export async function startAgentSession(c: Context, services: Services, login: { username: string; password: string }) {
  const now = services.now().getTime();
  const subject = accountSubject(login.username);
  const client = ipBucket(c, services);
  // Checked before any hashing: a locked-out guesser costs no scrypt run.
  const refusal = services.signInLimiter.refusal(subject, client, now);
  if (refusal) throw signInLocked(refusal, now);
  const [agent] = await services.db.select().from(agents).where(eq(agents.username, login.username));
  const ok = await passwordMatches(services, login.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !ok) {
    const alert = services.signInLimiter.recordFailure(subject, client, now);
    if (alert) await raiseAlert(services, 'sign_in_failures', alert);
    throw new ApiError(401, 'agent_sign_in_failed');
  }
  services.signInLimiter.recordSuccess(subject, client);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(services.now().getTime() + SESSION_MS).toISOString();
  await services.writes(() => services.db.insert(agentSessions).values({ tokenHash: tokenHash(token), agentId: agent.id, expiresAt }));
  writeSessionToken(c, token, SESSION_MS / 1000);
  return { agentName: agent.displayName, county: agent.county, township: agent.township, expiresAt };
}

export async function endAgentSession(c: Context, services: Services): Promise<void> {
  const token = readSessionToken(c);
  if (token) await services.writes(() => services.db.delete(agentSessions).where(eq(agentSessions.tokenHash, tokenHash(token))));
  clearSessionToken(c);
}
