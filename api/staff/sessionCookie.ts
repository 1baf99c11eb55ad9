// The session cookie of every account (agents and staff): HttpOnly, SameSite=Strict, under the base path; over TLS Secure with a prefix the browser
// enforces (__Host- at the site root; __Secure- under a base path, since a __Host- cookie must have Path=/).
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from '../http/env.ts';
import { servedOverTls } from '../http/transport.ts';

const NAME = 'mzy_session';

function scope(c: Context<AppEnv>) {
  const path = c.get('basePath');
  if (!servedOverTls(c, c.get('services').trustedProxyHops > 0)) return { path, secure: false };
  return { path, secure: true, prefix: path === '/' ? ('host' as const) : ('secure' as const) };
}

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, NAME, scope(c).prefix);
}

export function writeSessionToken(c: Context<AppEnv>, token: string, maxAgeSeconds: number): void {
  setCookie(c, NAME, token, { ...scope(c), httpOnly: true, sameSite: 'Strict', maxAge: maxAgeSeconds });
}

export function clearSessionToken(c: Context<AppEnv>): void {
  deleteCookie(c, NAME, { ...scope(c), httpOnly: true, sameSite: 'Strict' });
}
