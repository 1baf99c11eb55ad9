// Which client a limit counts against: a kiosk terminal (X-Terminal-Key) or the client's IP network.
import type { Context } from 'hono';
import { hash as oneShotHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { terminals } from '../db/schema/index.ts';
import { clientAddress, limitedClient } from '../http/clientAddress.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';

export function terminalKeyHash(key: string): string {
  return oneShotHash('sha256', key, 'hex');
}

/** How long a known terminal key is trusted without asking the database again. */
export const TERMINAL_RECHECK_MS = 1000;
const MAX_KNOWN_TERMINALS = 1000;

// Kept by the key as sent, so a known terminal costs neither a hash nor a query per lookup. A write through this
// process's queue (a revocation among them) forgets them all at once; one made elsewhere (another process, a
// manual edit) is seen within TERMINAL_RECHECK_MS.
interface KnownTerminal {
  id: number;
  checkedAt: number;
  writeVersion: number;
}
const knownTerminals = new WeakMap<Services, Map<string, KnownTerminal>>();

/** The id of the registered, unrevoked terminal whose credential this is. */
export async function terminalId(services: Services, key: string): Promise<number | undefined> {
  let known = knownTerminals.get(services);
  if (!known) knownTerminals.set(services, (known = new Map()));
  const now = performance.now();
  const hit = known.get(key);
  if (hit && hit.writeVersion === services.writes.version() && now - hit.checkedAt < TERMINAL_RECHECK_MS) return hit.id;
  const writeVersion = services.writes.version();
  const [row] = await services.db.select({ id: terminals.id }).from(terminals).where(and(eq(terminals.keyHash, terminalKeyHash(key)), isNull(terminals.revokedAt)));
  if (!row) {
    known.delete(key);
    return undefined;
  }
  if (known.size >= MAX_KNOWN_TERMINALS) known.clear();
  known.set(key, { id: row.id, checkedAt: now, writeVersion });
  return row.id;
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
