// Checks the whole audit chain (positions, predecessors, MACs), every exported head, and every case row against
// what its events say. Reads in pages, so a county's years of events need not fit in memory at once.
import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents, cases } from '../db/schema/index.ts';
import type { AuditMac } from './auditKey.ts';
import { GENESIS_MAC, macInput } from './chain.ts';
import { NO_STATE, nextState, stateMismatch, stateOfRow, type CaseState } from './caseState.ts';
import type { ExportedHead } from './heads.ts';

const PAGE = 5000;

export type AuditVerdict =
  | { ok: true; events: number; cases: number; heads: number }
  | { ok: false; problem: string; eventId?: number; caseNumber?: string };

export async function verifyAudit(db: Db, mac: AuditMac, heads: readonly ExportedHead[] = []): Promise<AuditVerdict> {
  const states = new Map<number, CaseState>();
  const macAt = new Map(heads.map((h) => [h.id, '']));
  let prevMac = GENESIS_MAC;
  let expectedId = 1;
  for (let after = 0; ; ) {
    const page = await db.select().from(auditEvents).where(gt(auditEvents.id, after)).orderBy(asc(auditEvents.id)).limit(PAGE);
    if (page.length === 0) break;
    for (const e of page) {
      if (e.id !== expectedId) return { ok: false, eventId: expectedId, problem: `event #${expectedId} is missing (the next one is #${e.id})` };
      if (e.mac === null || e.prevMac === null) return { ok: false, eventId: e.id, problem: `event #${e.id} has no MAC` };
      if (e.prevMac !== prevMac) return { ok: false, eventId: e.id, problem: `event #${e.id} does not follow event #${e.id - 1} (moved, or its predecessor was changed)` };
      if (e.mac !== mac(macInput(e))) return { ok: false, eventId: e.id, problem: `event #${e.id} was changed after it was recorded (its MAC does not match)` };
      if (macAt.has(e.id)) macAt.set(e.id, e.mac);
      if (e.caseId !== null) states.set(e.caseId, nextState(states.get(e.caseId) ?? { ...NO_STATE }, e));
      prevMac = e.mac;
      expectedId++;
    }
    after = page.at(-1)!.id;
  }
  const count = expectedId - 1;
  for (const head of heads) {
    if (head.id > count) return { ok: false, eventId: head.id, problem: `the chain ends at event #${count}, but event #${head.id} was exported as its head on ${head.day}: events were cut off the end` };
    if (macAt.get(head.id) !== head.mac) return { ok: false, eventId: head.id, problem: `event #${head.id} is not the one exported as the chain's head on ${head.day}` };
  }
  let caseCount = 0;
  for (let after = 0; ; ) {
    const page = await db.select().from(cases).where(gt(cases.id, after)).orderBy(asc(cases.id)).limit(PAGE);
    if (page.length === 0) break;
    for (const row of page) {
      const fromEvents = states.get(row.id) ?? { ...NO_STATE };
      states.delete(row.id);
      const wrong = stateMismatch(stateOfRow(row), fromEvents);
      if (wrong) {
        const said = fromEvents.status === null ? 'it has no events' : `its events say ${JSON.stringify(wrong.events)}`;
        return { ok: false, caseNumber: row.caseNo, problem: `case ${row.caseNo}: ${wrong.field} is ${JSON.stringify(wrong.row)}, but ${said} (no event sets it)` };
      }
      caseCount++;
    }
    after = page.at(-1)!.id;
  }
  const [orphan] = states.keys();
  if (orphan !== undefined) return { ok: false, problem: `events name case id ${orphan}, which is not in the database (the case row was deleted)` };
  return { ok: true, events: count, cases: caseCount, heads: heads.length };
}
