// POST /api/session: password (same answer for an unknown name), lockout before any hashing, TOTP for the roles that
// need it, a fresh session and CSRF token; DELETE ends it.
import type { Context } from 'hono';
import { eq } from 'drizzle-orm';
import { accounts } from '../db/schema/index.ts';
import { raiseAlert } from '../alerts/raiseAlert.ts';
import { accountSubject, signInLocked } from '../agents/signInLimits.ts';
import { needsTotp, type Role } from '../domain/roles.ts';
import type { AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { ipBucket } from '../lookup/bucket.ts';
import { HashQueueBusy } from '../security/hashQueue.ts';
import { hashPassword, needsRehash, verifyPassword } from '../security/passwords.ts';
import type { Services } from '../services.ts';
import { actorOf, auditAccountEvent } from './accountAudit.ts';
import { signedIn } from './access.ts';
import { checkCsrf } from './csrf.ts';
import { clearSessionToken, readSessionToken, writeSessionToken } from './sessionCookie.ts';
import { ABSOLUTE_MS, createSession, endSession } from './sessions.ts';
import { totpStep } from './totp.ts';

// A real argon2id hash to compare against when the user name is unknown, so both failures take as long.
const DUMMY_HASH = 'argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface SignIn {
  username: string;
  password: string;
  totp?: string | undefined;
}

export interface SignedIn {
  role: Role;
  displayName: string;
  county: string;
  township?: string;
  village?: string;
  csrfToken: string;
  expiresAt: string;
}

/** The password's check in the hashing queue; a full queue answers 503 in words instead of making the person wait. */
async function passwordMatches(services: Services, password: string, stored: string): Promise<boolean> {
  try {
    return await verifyPassword(password, stored, services.hashing);
  } catch (err) {
    if (err instanceof HashQueueBusy) throw new ApiError(503, 'server_busy', { headers: { 'Retry-After': '60' } });
    throw err;
  }
}

export async function startSession(c: Context<AppEnv>, services: Services, login: SignIn): Promise<SignedIn> {
  const now = services.now().getTime();
  const subject = accountSubject(login.username);
  const client = ipBucket(c, services);
  // Checked before any hashing: a locked-out guesser costs no argon2 run.
  const refusal = services.signInLimiter.refusal(subject, client, now);
  if (refusal) throw signInLocked(refusal, now);
  const [account] = await services.db.select().from(accounts).where(eq(accounts.username, login.username));
  const ok = await passwordMatches(services, login.password, account?.passwordHash ?? DUMMY_HASH);
  const fail = async (reason: string) => {
    const alert = services.signInLimiter.recordFailure(subject, client, now);
    if (alert) await raiseAlert(services, 'sign_in_failures', alert);
    await auditAccountEvent(services, account ? { kind: 'sign-in-failed', accountId: account.id, actor: actorOf(account), reason } : { kind: 'sign-in-failed', actor: 'unknown', reason });
    return new ApiError(401, 'sign_in_failed');
  };
  // A disabled account answers as a wrong password: the form tells a guesser nothing about which accounts exist.
  if (!account || !ok || account.disabledAt !== null) throw await fail(!account ? 'unknown user name' : !ok ? 'wrong password' : 'account disabled');
  if (needsTotp(account.role)) {
    // Asked only after the right password, so the question itself tells nothing.
    if (!login.totp) throw new ApiError(401, 'totp_required', { field: 'totp' });
    const secret = account.totpSecretSealed ? services.sealer.open(account.totpSecretSealed) : undefined;
    const step = secret ? totpStep(secret, account.username, login.totp, now) : undefined;
    // A code is good once: a step at or before the last one accepted is refused, so an overheard code cannot be replayed.
    if (step === undefined || (account.totpLastStep !== null && step <= account.totpLastStep)) {
      await fail('wrong or reused totp');
      throw new ApiError(401, 'totp_wrong', { field: 'totp' });
    }
    await services.writes(() => services.db.update(accounts).set({ totpLastStep: step }).where(eq(accounts.id, account.id)));
  }
  services.signInLimiter.recordSuccess(subject, client);
  if (needsRehash(account.passwordHash)) {
    const passwordHash = await hashPassword(login.password, services.hashing);
    await services.writes(() => services.db.update(accounts).set({ passwordHash }).where(eq(accounts.id, account.id)));
  }
  // A cookie the browser already had is ended, never reused: a planted session id is not promoted by signing in.
  const previous = readSessionToken(c);
  if (previous) await endSession(services, previous);
  const session = await createSession(services, account.id, { kind: 'signed-in', accountId: account.id, actor: actorOf(account), reason: needsTotp(account.role) ? 'password and totp' : 'password' });
  writeSessionToken(c, session.token, ABSOLUTE_MS / 1000);
  return {
    role: account.role,
    displayName: account.displayName,
    county: account.county,
    ...(account.township !== null ? { township: account.township } : {}),
    ...(account.village !== null ? { village: account.village } : {}),
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  };
}

/** Ends the session of this cookie (with its CSRF token and our Origin: a foreign page cannot sign anyone out). */
export async function endSessionOf(c: Context<AppEnv>, services: Services): Promise<void> {
  const token = readSessionToken(c);
  const signed = await signedIn(c);
  if (signed) {
    checkCsrf(c, signed.session.csrfTokenHash);
    await endSession(services, token!);
    await auditAccountEvent(services, { kind: 'signed-out', accountId: signed.account.id, actor: actorOf(signed.account), reason: 'signed out' });
  }
  clearSessionToken(c);
}
