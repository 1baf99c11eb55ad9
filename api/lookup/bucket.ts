// Which limiter bucket a lookup counts against: a kiosk terminal (X-Terminal-Key) or the client's IP.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { hash as oneShotHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { terminals } from '../db/schema/index.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';

const terminalIds = new WeakMap<Services, Map<string, number>>();

export function terminalKeyHash(key: string): string {
  return oneShotHash('sha256', key, 'hex');
}

async function terminalId(services: Services, key: string): Promise<number | undefined> {
  const cache = terminalIds.get(services) ?? new Map<string, number>();
  terminalIds.set(services, cache);
  // Kept by the key as sent: a known terminal costs no hashing per lookup.
  const known = cache.get(key);
  if (known !== undefined) return known;
  const [row] = await services.db.select({ id: terminals.id }).from(terminals).where(eq(terminals.keyHash, terminalKeyHash(key)));
  if (row) cache.set(key, row.id);
  return row?.id;
}

function clientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}

export async function limiterBucket(c: Context, services: Services): Promise<string> {
  const key = c.req.header('x-terminal-key');
  if (key === undefined) return `ip:${clientIp(c, services.trustProxy)}`;
  const id = await terminalId(services, key);
  if (id === undefined) throw new ApiError(401, 'unauthorised');
  return `terminal:${id}`;
}
