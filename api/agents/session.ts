// 代办 agent sessions: an opaque token in an HttpOnly SameSite=Strict cookie; only its hash is stored.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { agents, agentSessions } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';
import { verifyPassword } from '../security/passwords.ts';
import type { Services } from '../services.ts';

export const AGENT_COOKIE = 'mzy_agent';
const SESSION_MS = 8 * 60 * 60_000;
// A real hash to compare against when the user name is unknown, so both failures take as long.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface Agent {
  id: number;
  displayName: string;
  county: string;
  township: string;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The signed-in agent, when the request carries a live session cookie. */
export async function agentFromSession(c: Context, services: Services): Promise<Agent | undefined> {
  const token = getCookie(c, AGENT_COOKIE);
  if (!token) return undefined;
  const [row] = await services.db
    .select({ id: agents.id, displayName: agents.displayName, county: agents.county, township: agents.township })
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

export async function startAgentSession(c: Context, services: Services, login: { username: string; password: string }) {
  const [agent] = await services.db.select().from(agents).where(eq(agents.username, login.username));
  const ok = await verifyPassword(login.password, agent?.passwordHash ?? DUMMY_HASH);
  if (!agent || !ok) throw new ApiError(401, 'agent_sign_in_failed');
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(services.now().getTime() + SESSION_MS).toISOString();
  await services.writes(() => services.db.insert(agentSessions).values({ tokenHash: tokenHash(token), agentId: agent.id, expiresAt }));
  setCookie(c, AGENT_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure: c.req.url.startsWith('https:'), path: '/', maxAge: SESSION_MS / 1000 });
  return { agentName: agent.displayName, county: agent.county, township: agent.township, expiresAt };
}

export async function endAgentSession(c: Context, services: Services): Promise<void> {
  const token = getCookie(c, AGENT_COOKIE);
  if (token) await services.writes(() => services.db.delete(agentSessions).where(eq(agentSessions.tokenHash, tokenHash(token))));
  deleteCookie(c, AGENT_COOKIE, { path: '/' });
}
