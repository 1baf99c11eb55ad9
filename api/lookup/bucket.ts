// Which client a limit counts against: a kiosk terminal (X-Terminal-Key) or the client's IP network.
import type { Context } from 'hono';
import { hash as oneShotHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { terminals } from '../db/schema/index.ts';
import { clientAddress, limitedClient } from '../http/clientAddress.ts';
import { ApiError } from '../http/errors.ts';
import type { Services } from '../services.ts';
import { requestHeader } from '../http/requestHeader.ts';

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

function known(services: Services): Map<string, KnownTerminal> {
  let map = knownTerminals.get(services);
  if (!map) knownTerminals.set(services, (map = new Map()));
  return map;
}

/** The terminal's id when its key was found within TERMINAL_RECHECK_MS and this process has not written since. */
function knownTerminal(services: Services, key: string): number | undefined {
  const hit = known(services).get(key);
  return hit && hit.writeVersion === services.writes.version() && performance.now() - hit.checkedAt < TERMINAL_RECHECK_MS ? hit.id : undefined;
}

async function checkedTerminal(services: Services, key: string): Promise<number | undefined> {
  const checkedAt = performance.now();
  const writeVersion = services.writes.version();
  const [row] = await services.db.select({ id: terminals.id }).from(terminals).where(and(eq(terminals.keyHash, terminalKeyHash(key)), isNull(terminals.revokedAt)));
  const map = known(services);
  if (!row) {
    map.delete(key);
    return undefined;
  }
  if (map.size >= MAX_KNOWN_TERMINALS) map.clear();
  map.set(key, { id: row.id, checkedAt, writeVersion });
  return row.id;
}

/** The id of the registered, unrevoked terminal whose credential this is. */
export async function terminalId(services: Services, key: string): Promise<number | undefined> {
  return knownTerminal(services, key) ?? checkedTerminal(services, key);
}

function terminalBucket(id: number | undefined): string {
  if (id === undefined) throw new ApiError(401, 'unauthorised');
  return `terminal:${id}`;
}

/** The client's network as a limiter bucket, for requests that never come from a kiosk (e.g. agent sign-in). */
export const ipBucket = (c: Context, services: Services) => `ip:${limitedClient(clientAddress(c, services.trustedProxyHops))}`;

/** The bucket, at once when it needs no query (a client's network, a terminal known just now); 401 for an unknown key. */
export function limiterBucket(c: Context, services: Services): string | Promise<string> {
  const key = requestHeader(c, 'x-terminal-key');
  if (key === undefined) return ipBucket(c, services);
  const id = knownTerminal(services, key);
  return id !== undefined ? terminalBucket(id) : checkedTerminal(services, key).then(terminalBucket);
}
