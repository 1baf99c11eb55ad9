// The case's audit trail: each event hashes the previous one of the same case, so an edit breaks the chain.
import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { caseEvents } from '../db/schema/index.ts';
import type { StepId } from '../domain/workflow.ts';

export const GENESIS_HASH = '0'.repeat(64);

export interface NewEvent {
  kind: string;
  step?: StepId;
  /** applicant, agent:<id>, staff:<name>, system:<what>. */
  actor: string;
  reason: string;
  /** ISO instant. */
  at: string;
  /** China date the step counts as done. */
  on: string;
  /** The values the event sets (api/domain/casework/caseState.ts reads them). */
  detail?: Record<string, unknown> | null;
}

type EventRow = typeof caseEvents.$inferSelect;

export function eventHash(prevHash: string, caseId: number, seq: number, e: NewEvent): string {
  // Events written before details existed hash as they always did.
  const fields = [prevHash, caseId, seq, e.kind, e.step ?? null, e.actor, e.reason, e.at, e.on, ...(e.detail ? [e.detail] : [])];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

/** The row of an event after `last`, the case's last event (none: the case's first). */
export function eventRow(caseId: number, event: NewEvent, last?: { seq: number; hash: string }): Omit<EventRow, 'id'> {
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  return { caseId, seq, ...event, step: event.step ?? null, detail: event.detail ?? null, prevHash, hash: eventHash(prevHash, caseId, seq, event) };
}

/** Appends an event after the case's last one; call inside the transaction that changes the case. */
export async function appendEvent(tx: Db | Tx, caseId: number, event: NewEvent): Promise<void> {
  const [last] = await tx.select({ seq: caseEvents.seq, hash: caseEvents.hash }).from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(desc(caseEvents.seq)).limit(1);
  await tx.insert(caseEvents).values(eventRow(caseId, event, last));
}

export async function caseEventsOf(db: Db | Tx, caseId: number): Promise<EventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.seq));
}

/** Whether every event hashes its predecessor and its own fields as stored. */
export function isChainIntact(events: readonly EventRow[]): boolean {
  let prev = GENESIS_HASH;
  return events.every((e, i) => {
    const ok = e.seq === i + 1 && e.prevHash === prev && e.hash === eventHash(prev, e.caseId, e.seq, { ...e, step: (e.step ?? undefined) as StepId });
    prev = e.hash;
    return ok;
  });
}
