// A county's database from before the audit chain (claims and their per-case SHA-256 events) is upgraded at start:
// every event is kept in its order and MACed, cases set without events get one carried-over event, verify passes.
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { expect, it } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { caseEventsOf } from '../../api/cases/events.ts';
import { openServices } from '../../api/openServices.ts';
import { makeSealer } from '../../api/security/sealing.ts';
import { validClaim } from './testApp.ts';

const migrations = join(import.meta.dirname, '../../api/db/migrations');

/** The migrations a county ran before 0008, in a folder of their own. */
function migrationsBeforeAudit(dir: string): string {
  const folder = join(dir, 'migrations');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0006');
  for (const e of journal.entries) copyFileSync(join(migrations, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  return folder;
}

/** The old per-case chain, as api/cases/events.ts computed it before 0008. */
function legacyHash(prevHash: string, caseId: number, seq: number, e: { kind: string; step: string | null; actor: string; reason: string; at: string; on: string }) {
  return createHash('sha256').update(JSON.stringify([prevHash, caseId, seq, e.kind, e.step, e.actor, e.reason, e.at, e.on])).digest('hex');
}

it('keeps every old event in order, MACs them once, and records the state the old rows held without an event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-audit-upgrade-'));
  const key = randomBytes(32);
  // Real sealed claims, as a county's rows hold them (the upgrade also fills 一户一案's member rows from them).
  const sealed = () => makeSealer(key).seal(JSON.stringify(validClaim()));
  const url = `file:${join(dir, 'claims.db')}`;
  const old = createClient({ url });
  await migrate(drizzle(old), { migrationsFolder: migrationsBeforeAudit(dir) });
  for (const [id, status, extra] of [
    [1, 'supplement', { supplement_items: '["户口簿(全家每一页)的照片"]' }],
    [2, 'approved', { approved_monthly: 375, approved_from_month: '2026-01' }],
  ] as const) {
    const row: Record<string, string | number> = { id, case_no: `00000000000${id}`, query_code_hmac: 'q', id_last6_hmac: 'l', id_number_hmac: 'n', programme: 'dibao', county: '431225', township: '林城镇', applicant_name_masked: '张*', applicant_id_last4: '0021', claim_sealed: sealed(), submitted_by: 'self', near_kin: 0, status, submitted_at: '2025-12-01T02:00:00.000Z', ...extra };
    await old.execute({ sql: `INSERT INTO cases (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`, args: Object.values(row) });
  }
  // Events of the two cases interleaved, as they happened.
  const history = [
    { caseId: 1, kind: 'submitted', step: 'apply', reason: 'claim submitted' },
    { caseId: 2, kind: 'submitted', step: 'apply', reason: 'claim submitted' },
    { caseId: 2, kind: 'step-done', step: 'accept', reason: '受理' },
    { caseId: 1, kind: 'supplement-requested', step: null, reason: '一次性告知: 户口簿' },
    { caseId: 2, kind: 'step-done', step: 'decision', reason: '批准' },
  ];
  const last = new Map<number, { seq: number; hash: string }>();
  for (const [i, h] of history.entries()) {
    const prev = last.get(h.caseId) ?? { seq: 0, hash: '0'.repeat(64) };
    const e = { ...h, actor: 'staff:demo', at: `2025-12-0${i + 1}T02:00:00.000Z`, on: `2025-12-0${i + 1}` };
    const hash = legacyHash(prev.hash, h.caseId, prev.seq + 1, e);
    await old.execute({ sql: 'INSERT INTO case_events (case_id, seq, kind, step, actor, reason, at, "on", prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', args: [h.caseId, prev.seq + 1, e.kind, e.step, e.actor, e.reason, e.at, e.on, prev.hash, hash] });
    last.set(h.caseId, { seq: prev.seq + 1, hash });
  }
  old.close();

  const services = await openServices({ databaseUrl: url, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: key.toString('hex') } });
  const chain = (await services.client.execute('SELECT id, case_id, kind, reason, mac FROM audit_events ORDER BY id')).rows;
  expect(chain.slice(0, 5).map((r) => [r['case_id'], r['kind'], r['reason']])).toEqual(history.map((h) => [h.caseId, h.kind, h.reason]));
  expect(chain.every((r) => /^[0-9a-f]{64}$/.test(String(r['mac'])))).toBe(true);
  // Both rows held fields no event set (the old seed updated them directly): one carried-over event each.
  expect(chain.slice(5).map((r) => [r['case_id'], r['kind']])).toEqual([[1, 'state-carried-over'], [2, 'state-carried-over']]);
  expect((await caseEventsOf(services.db, 2)).map((e) => e.step)).toEqual(['apply', 'accept', 'decision', null]);
  expect(await verifyAudit(services.db, makeAuditMac(key))).toEqual({ ok: true, events: 7, cases: 2, heads: 0 });
  // The old rows are kept as they were, and nothing can add to them.
  expect((await services.client.execute('SELECT count(*) AS n FROM case_events')).rows[0]!['n']).toBe(5);
  await expect(services.client.execute("INSERT INTO case_events (case_id, seq, kind, actor, reason, at, \"on\", prev_hash, hash) VALUES (1, 9, 'x', 'x', 'x', 'x', 'x', 'x', 'x')")).rejects.toThrow(/replaced by audit_events/);
  services.client.close();

  // A second start seals nothing again and adds nothing.
  const again = await openServices({ databaseUrl: url, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: key.toString('hex') } });
  expect((await again.client.execute('SELECT count(*) AS n FROM audit_events')).rows[0]!['n']).toBe(7);
  again.client.close();
});
