// The global audit chain: each event MACs the previous event's MAC and its own fields, so an edit, a deletion or a
// reordering breaks it, and nobody without the key (kept outside the database) can recompute it.
import { desc, eq, inArray, asc } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { auditMacOf, type AuditMac } from './auditKey.ts';

export const GENESIS_MAC = '0'.repeat(64);

export interface AuditEvent {
  kind: string;
  caseId?: number;
  /** The signed-in account that acted. */
  accountId?: number;
  /** applicant, agent:<id>, staff:<username>, system:<what>. */
  actor: string;
  step?: string;
  reason: string;
  /** Case fields the event sets (see caseState.ts), stored as JSON; no personal data beyond what the case needs. */
  detail?: Record<string, unknown>;
  /** ISO instant. */
  at: string;
  /** China date the step counts as done. */
  on: string;
}

export type AuditRow = typeof auditEvents.$inferSelect;
/** A drizzle database or transaction (claim batches chain their events with chainedRows). */
export type AuditTx = Db | Tx;

interface Head {
  id: number;
  mac: string;
}

/** The text the MAC covers: position, predecessor and every field as stored. */
export function macInput(row: Omit<AuditRow, 'mac'>): string {
  return JSON.stringify([row.id, row.prevMac, row.kind, row.caseId, row.accountId, row.actor, row.step, row.reason, row.detail, row.at, row.on]);
}

/** The row of `event` placed after `head` (none: the first of the chain). */
export function chainedRow(head: Head | undefined, event: AuditEvent, mac: AuditMac): AuditRow {
  const unsealed = {
    id: (head?.id ?? 0) + 1,
    kind: event.kind,
    caseId: event.caseId ?? null,
    accountId: event.accountId ?? null,
    actor: event.actor,
    step: event.step ?? null,
    reason: event.reason,
    detail: event.detail === undefined ? null : JSON.stringify(event.detail),
    at: event.at,
    on: event.on,
    prevMac: head?.mac ?? GENESIS_MAC,
  };
  return { ...unsealed, mac: mac(macInput(unsealed)) };
}

function sealedHead(row: { id: unknown; mac: unknown } | undefined): Head | undefined {
  if (!row) return undefined;
  if (row.mac === null) throw new Error(`Audit event #${String(row.id)} has no MAC yet: the chain is sealed at start (openServices).`);
  return { id: Number(row.id), mac: String(row.mac) };
}

/** The rows of `events` placed one after the other after `head`, as a claim batch writes them in one statement. */
export function chainedRows(head: Head | undefined, events: readonly AuditEvent[], mac: AuditMac): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const event of events) {
    const row = chainedRow(head, event, mac);
    rows.push(row);
    head = { id: row.id, mac: row.mac! };
  }
  return rows;
}

async function appendInTransaction(tx: Tx, event: AuditEvent, mac: AuditMac): Promise<{ id: number }> {
  const [last] = await tx.select({ id: auditEvents.id, mac: auditEvents.mac }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const row = chainedRow(sealedHead(last), event, mac);
  // Another process appending at once gets the same id: the primary key refuses the second, the chain never forks.
  await tx.insert(auditEvents).values(row);
  return { id: row.id };
}

/** Appends an event at the chain's head; call inside the transaction that makes the change it records. */
export async function appendAudit(tx: AuditTx, event: AuditEvent): Promise<{ id: number }> {
  const mac = auditMacOf(tx);
  if ('rollback' in tx) return appendInTransaction(tx, event, mac);
  // A bare database: head read and insert in one write transaction of their own.
  return tx.transaction((inner) => appendInTransaction(inner, event, mac), { behavior: 'immediate' });
}

/** A case's events in chain order. */
export async function caseEventsOf(db: Db | Tx, caseId: number): Promise<AuditRow[]> {
  return db.select().from(auditEvents).where(eq(auditEvents.caseId, caseId)).orderBy(asc(auditEvents.id));
}

/** The events of several cases in one query, in chain order. */
export async function eventsOfCases(db: Db | Tx, caseIds: readonly number[]): Promise<AuditRow[]> {
  if (caseIds.length === 0) return [];
  return db.select().from(auditEvents).where(inArray(auditEvents.caseId, [...caseIds])).orderBy(asc(auditEvents.id));
}
