// The second factor for county approvers and admins: TOTP (RFC 6238, SHA-1, 6 digits, 30 s, ±1 step) with `otpauth`.
import { Secret, TOTP } from 'otpauth';

const ISSUER = '民政云';

const totpOf = (secretBase32: string, username: string) =>
  new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secretBase32) });

/** A new secret (160 bits, base32) to seal into the account. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The otpauth:// address an authenticator app reads (as text or a QR code). */
export const totpUri = (secretBase32: string, username: string): string => totpOf(secretBase32, username).toString();

/** The time step the code belongs to when it is right within ±1 step of `now`, else undefined. */
export function totpStep(secretBase32: string, username: string, code: string, now: number): number | undefined {
  const totp = totpOf(secretBase32, username);
  const delta = totp.validate({ token: code.replace(/\s/g, ''), timestamp: now, window: 1 });
  if (delta === null) return undefined;
  return totp.counter({ timestamp: now }) + delta;
}
