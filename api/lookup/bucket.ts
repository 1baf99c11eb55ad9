// Which client a limit counts against: a kiosk terminal (X-Terminal-Key) or the client's IP network.
import type { Context } from 'hono';
import { hash as oneShotHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { terminals } from '../db/schema/index.ts';
import { clientAddress, limitedClient } from '../http/clientAddress.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';

export function terminalKeyHash(key: string): string {
  return oneShotHash('sha256', key, 'hex');
}

// Asked on every request (one indexed read), not cached: a key the county revokes stops working at once.
async function terminalId(services: Services, key: string): Promise<number | undefined> {
  const [row] = await services.db.select({ id: terminals.id }).from(terminals).where(eq(terminals.keyHash, terminalKeyHash(key)));
  return row?.id;
}

/** The client's network as a limiter bucket, for requests that never come from a kiosk (e.g. agent sign-in). */
export const ipBucket = (c: Context, services: Services) => `ip:${limitedClient(clientAddress(c, services.trustedProxyHops))}`;

export async function limiterBucket(c: Context, services: Services): Promise<string> {
  const key = c.req.header('x-terminal-key');
  if (key === undefined) return ipBucket(c, services);
  const id = await terminalId(services, key);
  if (id === undefined) throw new ApiError(401, 'unauthorised');
  return `terminal:${id}`;
}
