// Kiosk terminals of an admin's county: registered with a credential shown once, revoked at once, listed with their
// last heartbeat. The credential is 32 random bytes, so a plain SHA-256 is enough to store it: a slow password hash
// protects guessable secrets, and nobody can guess 256 random bits from their hash (and lookups check it per request).
import { randomBytes } from 'node:crypto';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { appendAudit } from '../audit/chain.ts';
import { terminals } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { placeTownship } from '../domain/places.ts';
import { terminalOnline } from '../domain/terminalStatus.ts';
import { ApiError } from '../http/errors.ts';
import { terminalKeyHash } from '../lookup/bucket.ts';
import type { Services } from '../services.ts';
import type { Account } from '../staff/access.ts';
import type { z } from 'zod';
import type { heartbeatRequestSchema, newTerminalRequestSchema, staffTerminalSchema } from '../schemas/terminals.ts';

type StaffTerminal = z.infer<typeof staffTerminalSchema>;
const optional = <K extends string>(key: K, value: string | number | null) => (value === null ? {} : { [key]: value }) as Partial<Record<K, string | number>>;

export async function countyTerminals(services: Services, admin: Account): Promise<StaffTerminal[]> {
  const rows = await services.db.select().from(terminals).where(eq(terminals.county, admin.county)).orderBy(asc(terminals.township), asc(terminals.village), asc(terminals.name));
  const now = services.now();
  return rows.map((r) => ({
    id: r.id, name: r.name, online: terminalOnline(r.lastSeenAt, r.revokedAt, now),
    ...optional('township', r.township), ...optional('village', r.village), ...optional('createdAt', r.createdAt),
    ...optional('lastSeenAt', r.lastSeenAt), ...optional('version', r.version), ...optional('uptime', r.uptime),
    ...optional('lastError', r.lastError), ...optional('revokedAt', r.revokedAt),
  }) as StaffTerminal);
}

export async function registerTerminal(services: Services, admin: Account, input: z.infer<typeof newTerminalRequestSchema>): Promise<{ id: number; key: string }> {
  if (placeTownship(services.regions, admin.county, input.township).kind !== 'listed') throw new ApiError(422, 'terminal_township_invalid', { field: 'township' });
  const key = randomBytes(32).toString('base64url');
  const now = services.now();
  const id = await services.writes(() =>
    services.db.transaction(async (tx) => {
      const [row] = await tx.insert(terminals).values({
        name: input.name, township: input.township, village: input.village, county: admin.county, keyHash: terminalKeyHash(key), createdAt: now.toISOString(),
      }).returning({ id: terminals.id });
      await appendAudit(tx, { kind: 'terminal-created', accountId: admin.id, actor: `staff:${admin.username}`, reason: `terminal ${row!.id}`, detail: { terminal: row!.id, name: input.name, township: input.township, village: input.village }, at: now.toISOString(), on: chinaDate(now) });
      return row!.id;
    }),
  );
  return { id, key };
}

/** Revoking twice is the same as once (one audit event); another county's terminal answers as an unknown one. */
export async function revokeTerminal(services: Services, admin: Account, id: number): Promise<void> {
  const [row] = await services.db.select({ county: terminals.county }).from(terminals).where(eq(terminals.id, id));
  if (!row || row.county !== admin.county) throw new ApiError(404, 'terminal_not_found');
  const now = services.now();
  // Through the write queue: its version change makes bucket.ts forget every cached key at once.
  await services.writes(() =>
    services.db.transaction(async (tx) => {
      const revoked = await tx.update(terminals).set({ revokedAt: now.toISOString() }).where(and(eq(terminals.id, id), isNull(terminals.revokedAt))).returning({ id: terminals.id });
      if (revoked.length === 0) return;
      await appendAudit(tx, { kind: 'terminal-revoked', accountId: admin.id, actor: `staff:${admin.username}`, reason: `terminal ${id}`, detail: { terminal: id }, at: now.toISOString(), on: chinaDate(now) });
    }),
  );
}

export async function recordHeartbeat(services: Services, terminalId: number, beat: z.infer<typeof heartbeatRequestSchema>): Promise<void> {
  const now = services.now().toISOString();
  await services.writes(() =>
    services.db.update(terminals).set({ lastSeenAt: now, version: beat.version, uptime: beat.uptime, lastError: beat.lastError ?? null }).where(eq(terminals.id, terminalId)),
  );
}
