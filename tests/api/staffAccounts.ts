// Staff accounts the console tests make for themselves, as the bureau enters them, and their sign-ins: TOTP roles
// sign in with a code made from their own secret, as an authenticator app would.
import { Secret, TOTP } from 'otpauth';
import { accounts } from '../../api/db/schema/index.ts';
import type { Role } from '../../api/staff/access.ts';
import { needsTotp, needsTownship } from '../../api/domain/roles.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import type { SignedInHeaders, testApp } from './testApp.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

export interface StaffMember {
  username: string;
  headers: SignedInHeaders;
}

const PASSWORD = 'correct horse battery staple';
/** TOTP secrets of the accounts made here, so that a test that moves the clock past a session's life can sign in again. */
const secrets = new Map<string, string | undefined>();

/** An account of `role` in 会同县 431225 (township roles: 林城镇) unless `place` says otherwise, signed in. */
export async function staffMember(t: TestApp, username: string, role: Role, place: { county?: string; township?: string | null } = {}): Promise<StaffMember> {
  const secret = needsTotp(role) ? new Secret({ size: 20 }).base32 : undefined;
  await t.services.db.insert(accounts).values({
    username,
    passwordHash: await hashPassword(PASSWORD),
    displayName: `${username} 测试`,
    role,
    county: place.county ?? '431225',
    township: place.township !== undefined ? place.township : needsTownship(role) ? '林城镇' : null,
    totpSecretSealed: secret ? t.services.sealer.seal(secret) : null,
    createdAt: new Date().toISOString(),
  });
  secrets.set(username, secret);
  return signInAgain(t, username);
}

/** A new sign-in of an account staffMember made, on the app's clock now (after a test moved it on). */
export async function signInAgain(t: TestApp, username: string): Promise<StaffMember> {
  const timestamp = t.services.now().getTime();
  const secret = secrets.get(username);
  // The code is made for the app's own clock, which a test may have moved.
  const totp = secret ? { totp: new TOTP({ issuer: '民政云', label: username, secret: Secret.fromBase32(secret) }).generate({ timestamp }) } : undefined;
  const res = await t.post('/api/session', { username, password: PASSWORD, ...totp });
  if (res.status !== 200) throw new Error(`sign-in refused: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { username, headers: { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken, origin: 'http://localhost' } };
}
