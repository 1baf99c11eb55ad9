// Short-lived opaque tokens (case access after a lookup): payload.signature, checked without a database row.
import { timingSafeEqual } from 'node:crypto';
import type { Sealer } from './sealing.ts';

const MINUTE_MS = 60_000;
const MAX_REMEMBERED = 10_000;

export function issueToken(sealer: Sealer, subject: string, expiresAt: number): string {
  const payload = Buffer.from(JSON.stringify({ s: subject, e: expiresAt })).toString('base64url');
  return `${payload}.${sealer.sign(payload)}`;
}

/**
 * Tokens valid for at least `lifetimeMs`, expiring on a whole minute, so one token serves every request for the same
 * subject within that minute: signing again for each of them would be work for nothing.
 */
export function makeTokenIssuer(sealer: Sealer, lifetimeMs: number): (subject: string, now: number) => string {
  const issued = new Map<string, { expiresAt: number; token: string }>();
  return (subject, now) => {
    const expiresAt = Math.ceil((now + lifetimeMs) / MINUTE_MS) * MINUTE_MS;
    const known = issued.get(subject);
    if (known?.expiresAt === expiresAt) return known.token;
    if (issued.size >= MAX_REMEMBERED) issued.clear();
    const token = issueToken(sealer, subject, expiresAt);
    issued.set(subject, { expiresAt, token });
    return token;
  };
}

/** The token's subject when it is genuine and not expired, else undefined. */
export function readToken(sealer: Sealer, token: string, now: number): string | undefined {
  const [payload, signature] = token.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sealer.sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const { s, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { s: string; e: number };
  return e > now ? s : undefined;
}
