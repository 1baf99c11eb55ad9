// Server-side sessions: the cookie carries an opaque token, the table only its hash and the CSRF token's hash.
// Idle 30 minutes, absolute 12 hours; a new token at every sign-in, so a planted cookie is never promoted.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { sessions } from '../db/schema/index.ts';
import type { Services } from '../services.ts';
import { appendAccountEvent, type AccountEvent } from './accountAudit.ts';

export const IDLE_MS = 30 * 60_000;
export const ABSOLUTE_MS = 12 * 60 * 60_000;
// last_seen is written at most once a minute per session: a write per request would queue behind claims for nothing.
const TOUCH_AFTER_MS = 60_000;

export const secretHash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: string;
}

/** A new session, written in one transaction with its `signed-in` event. */
export async function createSession(services: Services, accountId: number, event: AccountEvent): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = services.now();
  const at = now.toISOString();
  await services.writes(() =>
    services.db.transaction(async (tx) => {
      await tx.insert(sessions).values({ tokenHash: secretHash(token), accountId, csrfTokenHash: secretHash(csrfToken), createdAt: at, lastSeenAt: at });
      await appendAccountEvent(tx, event, now);
    }),
  );
  return { token, csrfToken, expiresAt: new Date(now.getTime() + ABSOLUTE_MS).toISOString() };
}

export interface LiveSession {
  tokenHash: string;
  accountId: number;
  csrfTokenHash: string;
}

/** The session of a token when neither idle nor past its absolute end (an expired one is deleted); refreshes last_seen. */
export async function liveSession(services: Services, token: string): Promise<LiveSession | undefined> {
  const tokenHash = secretHash(token);
  const [row] = await services.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  if (!row) return undefined;
  const now = services.now().getTime();
  const lastSeen = Date.parse(row.lastSeenAt);
  if (now - lastSeen >= IDLE_MS || now - Date.parse(row.createdAt) >= ABSOLUTE_MS) {
    await endSession(services, token);
    return undefined;
  }
  if (now - lastSeen >= TOUCH_AFTER_MS) {
    const seen = new Date(now).toISOString();
    await services.writes(() => services.db.update(sessions).set({ lastSeenAt: seen }).where(and(eq(sessions.tokenHash, tokenHash))));
  }
  return { tokenHash, accountId: row.accountId, csrfTokenHash: row.csrfTokenHash };
}

export async function endSession(services: Services, token: string): Promise<void> {
  await services.writes(() => services.db.delete(sessions).where(eq(sessions.tokenHash, secretHash(token))));
}

/** Every session of an account: on disabling it. */
export async function endSessionsOf(services: Pick<Services, 'db' | 'writes'>, accountId: number): Promise<void> {
  await services.writes(() => services.db.delete(sessions).where(eq(sessions.accountId, accountId)));
}
