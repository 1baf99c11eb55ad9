// Someone with the database file (not the key) edits, deletes, reorders or truncates the audit trail, or changes a
// case's status with no event: `npm run audit:verify` exits 1 naming the first broken event or the case.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';
import { appendAudit, macInput } from '../../api/audit/chain.ts';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { HEADS_FILE_NAME, readHeads } from '../../api/audit/heads.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { openServices } from '../../api/openServices.ts';
import type { Services } from '../../api/services.ts';
import { seedDemo, testApp } from './testApp.ts';

const root = join(import.meta.dirname, '../..');

/** A demo database (five cases at every stage) with its own data key. */
async function seeded() {
  const key = randomBytes(32).toString('hex');
  const t = await testApp({ env: { MZY_DATA_KEY: key } });
  await seedDemo(t);
  return { ...t, key };
}

/** The verify script as an operator runs it, on the database file and key of `t`. */
function verifyScript(t: { dbFile: string; key: string }, env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/audit-verify.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, MZY_DATA_KEY: t.key, ...env },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout + run.stderr };
}

/** Raw SQL on the database file, as someone with a shell and sqlite3 would. */
async function tamper(t: { dbFile: string }, ...statements: string[]) {
  const raw = createClient({ url: `file:${t.dbFile}` });
  for (const s of statements) await raw.execute(s);
  raw.close();
}

const DROP_TRIGGERS = ['DROP TRIGGER audit_events_no_update', 'DROP TRIGGER audit_events_no_delete'];
const count = async (t: { services: Services }, sql: string) => Number((await t.services.client.execute(sql)).rows[0]![0]);

describe('audit:verify', () => {
  it('exits 0 with the count on an untouched database', async () => {
    const t = await seeded();
    const events = await count(t, 'SELECT count(*) FROM audit_events');
    expect(events).toBeGreaterThan(10);
    const run = verifyScript(t);
    expect(run.out).toContain(`${events} events, 5 cases agree with their events`);
    expect(run.code).toBe(0);
  });

  it('the triggers refuse UPDATE and DELETE', async () => {
    const t = await seeded();
    await expect(tamper(t, "UPDATE audit_events SET reason = 'x' WHERE id = 3")).rejects.toThrow(/append-only/);
    await expect(tamper(t, 'DELETE FROM audit_events WHERE id = 3')).rejects.toThrow(/append-only/);
    await expect(tamper(t, "INSERT INTO audit_events (id, kind, actor, reason, at, \"on\") VALUES (999, 'x', 'x', 'x', 'x', 'x')")).rejects.toThrow(/MAC/);
  });

  it('catches an edited event, even with its MAC recomputed by someone without the key (the old SHA-256 chain could be recomputed by anyone)', async () => {
    const t = await seeded();
    await tamper(t, ...DROP_TRIGGERS, "UPDATE audit_events SET reason = '县民政局审批同意' WHERE id = 5");
    let run = verifyScript(t);
    expect(run.code).toBe(1);
    expect(run.out).toContain('event #5 was changed');

    // Recomputed MACs with any key but the real one (kept outside the database) still fail.
    const t2 = await seeded();
    const guessed = makeAuditMac(randomBytes(32));
    const row = (await t2.services.client.execute('SELECT * FROM audit_events WHERE id = 5')).rows[0]!;
    const edited = { id: 5, kind: String(row['kind']), caseId: Number(row['case_id']), accountId: null, actor: String(row['actor']), step: row['step'] as string | null, reason: 'edited', detail: row['detail'] as string | null, at: String(row['at']), on: String(row['on']), prevMac: String(row['prev_mac']) };
    await tamper(t2, ...DROP_TRIGGERS, `UPDATE audit_events SET reason = 'edited', mac = '${guessed(macInput(edited))}' WHERE id = 5`);
    run = verifyScript(t2);
    expect(run.code).toBe(1);
    expect(run.out).toContain('event #5 was changed');
  });

  it('catches a deleted event in the middle of the chain', async () => {
    const t = await seeded();
    await tamper(t, ...DROP_TRIGGERS, 'DELETE FROM audit_events WHERE id = 6');
    const run = verifyScript(t);
    expect(run.code).toBe(1);
    expect(run.out).toContain('event #6 is missing');
  });

  it('catches two events swapped in place', async () => {
    const t = await seeded();
    await tamper(t, ...DROP_TRIGGERS, 'UPDATE audit_events SET id = -1 WHERE id = 6', 'UPDATE audit_events SET id = 6 WHERE id = 7', 'UPDATE audit_events SET id = 7 WHERE id = -1');
    const run = verifyScript(t);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/event #6 (does not follow|was changed)/);
  });

  it('catches a case whose status was changed with no event, naming the case', async () => {
    const t = await seeded();
    const [row] = (await t.services.client.execute("SELECT case_no FROM cases WHERE status = 'open' LIMIT 1")).rows;
    await tamper(t, `UPDATE cases SET status = 'approved', approved_monthly = 600, approved_from_month = '2026-12' WHERE case_no = '${String(row!['case_no'])}'`);
    const run = verifyScript(t);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`case ${String(row!['case_no'])}: status is "approved"`);
  });

  it('catches a case whose events were all deleted, though the chain around them was cut cleanly', async () => {
    const t = await seeded();
    // The last case's events are the chain's tail: cutting them leaves a chain that is whole by itself.
    const [last] = (await t.services.client.execute('SELECT case_id FROM audit_events ORDER BY id DESC LIMIT 1')).rows;
    const caseId = Number(last!['case_id']);
    const [row] = (await t.services.client.execute(`SELECT case_no FROM cases WHERE id = ${caseId}`)).rows;
    await tamper(t, ...DROP_TRIGGERS, `DELETE FROM audit_events WHERE case_id = ${caseId}`);
    const run = verifyScript(t);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`case ${String(row!['case_no'])}: status is "refused", but it has no events`);
  });

  it('catches a truncated tail from the daily head exported outside the database', async () => {
    const t = await seeded();
    // An event that sets no case field (a sign-in) ends the chain, so only the exported head can tell it is gone.
    const now = t.services.now();
    await t.services.writes(() => appendAudit(t.services.db, { kind: 'signed-in', accountId: 1, actor: 'staff:clerk', reason: 'signed in', at: now.toISOString(), on: '2026-12-01' }));
    const last = await count(t, 'SELECT max(id) FROM audit_events');
    // A restart (as every start and every China day does) exports the head beside the database file.
    const restarted = await openServices({ databaseUrl: `file:${t.dbFile}`, uploadsDir: join(t.dir, 'uploads'), env: { MZY_DATA_KEY: t.key } });
    restarted.client.close();
    const headsFile = join(t.dir, HEADS_FILE_NAME);
    expect(readHeads(headsFile).at(-1)?.id).toBe(last);
    expect(statSync(headsFile).mode & 0o777).toBe(0o600);

    await tamper(t, ...DROP_TRIGGERS, `DELETE FROM audit_events WHERE id = ${last}`);
    // Without the heads file the shortened chain is whole by itself: the file is what catches it.
    expect(verifyScript(t, { AUDIT_HEADS_FILE: join(t.dir, 'elsewhere.jsonl') }).code).toBe(0);
    const run = verifyScript(t);
    expect(run.out).toContain(`the chain ends at event #${last - 1}, but event #${last} was exported as its head`);
    expect(run.code).toBe(1);
  });

  it('verifies in-process too, and names the event for the console', async () => {
    const t = await seeded();
    const mac = makeAuditMac(Buffer.from(t.key, 'hex'));
    expect((await verifyAudit(t.services.db, mac)).ok).toBe(true);
    await tamper(t, ...DROP_TRIGGERS, "UPDATE audit_events SET detail = '{\"monthly\":3750,\"fromMonth\":\"2026-09\"}' WHERE kind = 'approved'");
    const verdict = await verifyAudit(t.services.db, mac);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? 0 : verdict.eventId).toBe(await count(t, "SELECT id FROM audit_events WHERE kind = 'approved'"));
  });

  it('refuses to run without the data key instead of making a new one', () => {
    const run = spawnSync(process.execPath, ['scripts/audit-verify.ts'], { cwd: root, env: { ...process.env, DATABASE_URL: 'file::memory:', MZY_DATA_KEY: '', MZY_DATA_KEY_FILE: join(root, 'no-such-dir', 'data.key') }, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('needs the data key');
    expect(() => readFileSync(join(root, 'no-such-dir', 'data.key'))).toThrow();
  });
});
