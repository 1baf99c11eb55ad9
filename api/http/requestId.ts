// Every request has an id, named in error bodies and in the X-Request-Id header: the caller's own when it is a
// plain token (a proxy's), else a fresh UUID. As hono/request-id, but through setResponseHeader.
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';
import { setResponseHeader } from './responseHeaders.ts';
import { requestHeader } from './requestHeader.ts';

const PLAIN_TOKEN = /^[\w\-=]{1,255}$/;

export function assignRequestId(c: Context<AppEnv>): void {
  const given = requestHeader(c, 'x-request-id');
  const id = given !== undefined && PLAIN_TOKEN.test(given) ? given : randomUUID();
  c.set('requestId', id);
  setResponseHeader(c, 'X-Request-Id', id);
}
