// CSRF for signed-in requests that change state: the x-csrf-token given at sign-in, and an Origin (or Referer) of ours.
import type { Context } from 'hono';
import { timingSafeEqual } from 'node:crypto';
import type { AppEnv } from '../http/env.ts';
import { ApiError } from '../http/errors.ts';
import { servedOverTls } from '../http/transport.ts';
import { secretHash } from './sessions.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const changesState = (c: Context) => !SAFE_METHODS.has(c.req.method);

/** The origins a browser on our pages sends: the request's own (with the trusted proxy's scheme) and SITE_ORIGIN. */
function ownOrigins(c: Context<AppEnv>): string[] {
  const url = new URL(c.req.url);
  const origins = [url.origin];
  if (servedOverTls(c, c.get('services').trustedProxyHops > 0)) origins.push(`https://${c.req.header('host') ?? url.host}`);
  const site = process.env['SITE_ORIGIN'];
  if (site) origins.push(new URL(site).origin);
  return origins;
}

function senderOrigin(c: Context): string | undefined {
  const origin = c.req.header('origin');
  if (origin && origin !== 'null') return origin;
  const referer = c.req.header('referer');
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** Whether a form post came from our own pages: its Origin (or Referer) is ours, or a browser that sends neither. */
export function fromOwnPage(c: Context<AppEnv>): boolean {
  const origin = senderOrigin(c);
  return origin === undefined || ownOrigins(c).includes(origin);
}

/** 403 csrf_failed unless the header's token is the session's and the request came from our own pages. */
export function checkCsrf(c: Context<AppEnv>, csrfTokenHash: string): void {
  const sent = c.req.header('x-csrf-token');
  const given = Buffer.from(sent ? secretHash(sent) : '');
  const expected = Buffer.from(csrfTokenHash);
  const tokenOk = given.length === expected.length && timingSafeEqual(given, expected);
  const origin = senderOrigin(c);
  if (!tokenOk || !origin || !ownOrigins(c).includes(origin)) throw new ApiError(403, 'csrf_failed');
}
