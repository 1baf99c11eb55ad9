// Short-lived opaque tokens (case access after a lookup): payload.signature, checked without a database row.
import { timingSafeEqual } from 'node:crypto';
import type { Sealer } from './sealing.ts';

export function issueToken(sealer: Sealer, subject: string, expiresAt: number): string {
  const payload = Buffer.from(JSON.stringify({ s: subject, e: expiresAt })).toString('base64url');
  return `${payload}.${sealer.sign(payload)}`;
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
