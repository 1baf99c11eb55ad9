// Migration 0008 copied case_events into audit_events without MACs (SQL has no key): the first start MACs them, once.
import { createHash } from 'node:crypto';
import { asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { auditEvents, cases, legacyCaseEvents } from '../db/schema/index.ts';
import type { AuditMac } from './auditKey.ts';
import { appendAudit, GENESIS_MAC, macInput } from './chain.ts';
import { stateFromEvents, stateMismatch, stateOfRow } from './caseState.ts';

type LegacyRow = typeof legacyCaseEvents.$inferSelect;

/** Cases whose old per-case SHA-256 chain no longer matches its rows (edited before the upgrade). */
function brokenLegacyCases(rows: readonly LegacyRow[]): number[] {
  const last = new Map<number, { seq: number; hash: string }>();
  const broken = new Set<number>();
  for (const e of rows) {
    const prev = last.get(e.caseId) ?? { seq: 0, hash: '0'.repeat(64) };
    const hash = createHash('sha256').update(JSON.stringify([prev.hash, e.caseId, e.seq, e.kind, e.step, e.actor, e.reason, e.at, e.on])).digest('hex');
    if (e.seq !== prev.seq + 1 || e.prevHash !== prev.hash || e.hash !== hash) broken.add(e.caseId);
    last.set(e.caseId, { seq: e.seq, hash: e.hash });
  }
  return [...broken];
}

/**
 * MACs the copied rows in chain order, in one transaction. Before 0008 a case's status and decision were set with no
 * event saying so: for such a case one `state-carried-over` event records the row as it stood, so from now on every
 * change has its event. Only while no row has a MAC yet: a row without one
 * after that was not copied by the migration (the insert trigger refuses them), and verify reports it instead.
 */
export async function sealCopiedEvents(db: Db, mac: AuditMac): Promise<number> {
  return db.transaction(async (tx) => {
    const [unsealed] = await tx.select({ id: auditEvents.id }).from(auditEvents).where(isNull(auditEvents.mac)).limit(1);
    if (!unsealed) return 0;
    const [sealed] = await tx.select({ id: auditEvents.id }).from(auditEvents).where(isNotNull(auditEvents.mac)).limit(1);
    if (sealed) return 0;
    const broken = brokenLegacyCases(await tx.select().from(legacyCaseEvents).orderBy(asc(legacyCaseEvents.id)));
    if (broken.length > 0) console.warn(`[audit] the old case_events chain was already broken for case id(s) ${broken.join(', ')} before the upgrade; their events are sealed as they stand.`);
    const rows = await tx.select().from(auditEvents).orderBy(asc(auditEvents.id));
    let prevMac = GENESIS_MAC;
    for (const row of rows) {
      const next = mac(macInput({ ...row, prevMac }));
      await tx.update(auditEvents).set({ prevMac, mac: next }).where(eq(auditEvents.id, row.id));
      prevMac = next;
    }
    const byCase = Map.groupBy(rows, (r) => r.caseId);
    const now = new Date();
    const at = now.toISOString();
    for (const row of await tx.select().from(cases).orderBy(asc(cases.id))) {
      const state = stateOfRow(row);
      if (!stateMismatch(state, stateFromEvents(byCase.get(row.id) ?? []))) continue;
      await appendAudit(tx, { kind: 'state-carried-over', caseId: row.id, actor: 'system:migration-0008', reason: 'case state as stored before the audit chain', detail: { ...state }, at, on: chinaDate(now) });
    }
    return rows.length;
  });
}
