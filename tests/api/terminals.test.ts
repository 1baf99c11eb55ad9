// Kiosk terminals: an admin registers one for a village of their county and sees its credential once; the credential
// works for lookups and heartbeats, is stored only as a hash, and stops working the moment it is revoked. The list
// says online (a heartbeat within 5 minutes) or offline with the last-seen time; another county sees none of it.
import { eq } from 'drizzle-orm';
import { createClient } from '@libsql/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, terminals } from '../../api/db/schema/index.ts';
import { TERMINAL_RECHECK_MS, terminalKeyHash } from '../../api/lookup/bucket.ts';
import { testApp } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let clock = new Date('2026-12-01T08:00:00Z');
let t: Awaited<ReturnType<typeof testApp>>;
let admin: StaffMember;
let clerk: StaffMember;
let wenganAdmin: StaffMember;

interface Listed { id: number; name: string; township: string; village: string; online: boolean; lastSeenAt?: string; version?: string; uptime?: number; lastError?: string; revokedAt?: string; key?: string }
const list = async (who: StaffMember) => {
  const res = await t.app.request('/api/staff/terminals', { headers: { cookie: who.headers.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return ((await res.json()) as { terminals: Listed[] }).terminals;
};
const register = (who: StaffMember, body: unknown) => t.post('/api/staff/terminals', body, who.headers);
const beat = (key: string | undefined, body: unknown = { version: '0.1.0+abc123', uptime: 600 }) =>
  t.post('/api/terminals/heartbeat', body, key === undefined ? {} : { 'x-terminal-key': key });
const lookup = (key: string) => t.post('/api/cases/lookup', { caseNumber: '123456789018', factor: '000000' }, { 'x-terminal-key': key });

beforeAll(async () => {
  t = await testApp({ now: () => clock });
  admin = await staffMember(t, 'huitong-admin', 'admin');
  clerk = await staffMember(t, 'linchen-clerk', 'township-clerk');
  wenganAdmin = await staffMember(t, 'wengan-admin', 'admin', { county: '522725' });
});

async function registered(name = '林城镇东门村村委会') {
  const res = await register(admin, { name, township: '林城镇', village: '东门村' });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: number; key: string };
}

describe('registering a terminal', () => {
  it('answers the credential once, keeps only its hash, and the credential works for lookups', async () => {
    const made = await registered();
    expect(made.key.length).toBeGreaterThanOrEqual(40);
    const [row] = await t.services.db.select().from(terminals).where(eq(terminals.id, made.id));
    expect(row).toMatchObject({ name: '林城镇东门村村委会', county: '431225', township: '林城镇', village: '东门村', keyHash: terminalKeyHash(made.key) });
    expect(JSON.stringify(row)).not.toContain(made.key);
    const listed = (await list(admin)).find((x) => x.id === made.id)!;
    expect(listed).toMatchObject({ name: '林城镇东门村村委会', township: '林城镇', village: '东门村', online: false });
    expect(JSON.stringify(listed)).not.toContain(made.key);
    expect((await lookup(made.key)).status).toBe(404);
    const [event] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.kind, 'terminal-created'));
    expect(event).toMatchObject({ actor: 'staff:huitong-admin' });
    expect(JSON.stringify(event)).not.toContain(made.key);
  });

  it('says in words what is wrong, and only an admin with the CSRF token may register', async () => {
    const badTownship = await register(admin, { name: '某村', township: '建中镇', village: '某村' });
    expect(badTownship.status).toBe(422);
    expect(await badTownship.json()).toMatchObject({ code: 'terminal_township_invalid', field: 'township', message: expect.stringContaining('乡镇') });
    const noName = await register(admin, { name: '', township: '林城镇', village: '东门村' });
    expect(noName.status).toBe(422);
    expect(await noName.json()).toMatchObject({ message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const { 'x-csrf-token': _, ...noToken } = admin.headers;
    expect((await t.post('/api/staff/terminals', { name: '某村', township: '林城镇', village: '东门村' }, noToken)).status).toBe(403);
    expect((await register(clerk, { name: '某村', township: '林城镇', village: '东门村' })).status).toBe(403);
    expect((await t.app.request('/api/staff/terminals', { headers: { cookie: clerk.headers.cookie } })).status).toBe(403);
  });
});

describe('POST /api/terminals/heartbeat', () => {
  it('stores version, uptime and the last error; the console shows it online for 5 minutes, then offline with the time', async () => {
    const made = await registered('林城镇便民服务中心 2号机');
    const res = await beat(made.key, { version: '0.1.0+abc123', uptime: 3600, lastError: 'TypeError: x is undefined' });
    expect(res.status).toBe(204);
    expect((await list(admin)).find((x) => x.id === made.id)).toMatchObject({
      online: true, lastSeenAt: clock.toISOString(), version: '0.1.0+abc123', uptime: 3600, lastError: 'TypeError: x is undefined',
    });
    const seenAt = clock.toISOString();
    clock = new Date(clock.getTime() + 4 * 60_000 + 59_000);
    expect((await list(admin)).find((x) => x.id === made.id)!.online).toBe(true);
    clock = new Date(clock.getTime() + 2000);
    expect((await list(admin)).find((x) => x.id === made.id)).toMatchObject({ online: false, lastSeenAt: seenAt });
    expect((await beat(made.key, { version: '0.1.0+abc123', uptime: 3900 })).status).toBe(204);
    expect((await list(admin)).find((x) => x.id === made.id)).toMatchObject({ online: true, uptime: 3900 });
    expect((await list(admin)).find((x) => x.id === made.id)!.lastError).toBeUndefined();
  });

  it('refuses a missing or unknown credential with 401 and a bad body with a clear error', async () => {
    expect((await beat(undefined)).status).toBe(401);
    const forged = await beat('not-a-terminal-key');
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ code: 'unauthorised', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    const made = await registered('林城镇便民服务中心 3号机');
    const bad = await beat(made.key, { version: 'x', uptime: -1 });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ message: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });
});

describe('revoking a terminal', () => {
  it('refuses its credential on the very next request, records who did it, and keeps the row', async () => {
    const made = await registered('林城镇便民服务中心 4号机');
    expect((await beat(made.key)).status).toBe(204);
    expect((await lookup(made.key)).status).toBe(404);
    const res = await t.post(`/api/staff/terminals/${made.id}/revoke`, {}, admin.headers);
    expect(res.status).toBe(204);
    expect((await lookup(made.key)).status).toBe(401);
    expect((await beat(made.key)).status).toBe(401);
    expect((await list(admin)).find((x) => x.id === made.id)).toMatchObject({ revokedAt: clock.toISOString(), online: false });
    const events = await t.services.db.select().from(auditEvents).where(eq(auditEvents.kind, 'terminal-revoked'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: 'staff:huitong-admin' });
    expect((await t.post(`/api/staff/terminals/${made.id}/revoke`, {}, admin.headers)).status).toBe(204);
    expect(await t.services.db.select().from(auditEvents).where(eq(auditEvents.kind, 'terminal-revoked'))).toHaveLength(1);
  });

  it('is refused within the 1 s recheck when revoked from outside this process', async () => {
    const made = await registered('林城镇便民服务中心 5号机');
    expect((await lookup(made.key)).status).toBe(404);
    const outside = createClient({ url: `file:${t.dbFile}` });
    await outside.execute({ sql: 'UPDATE terminals SET revoked_at = ? WHERE id = ?', args: [new Date().toISOString(), made.id] });
    outside.close();
    await new Promise((resolve) => setTimeout(resolve, TERMINAL_RECHECK_MS + 50));
    expect((await lookup(made.key)).status).toBe(401);
  });

  it('another county\'s admin neither sees nor revokes it (404), and the terminal keeps working', async () => {
    const made = await registered('林城镇便民服务中心 6号机');
    expect((await list(wenganAdmin)).map((x) => x.id)).not.toContain(made.id);
    const foreign = await t.post(`/api/staff/terminals/${made.id}/revoke`, {}, wenganAdmin.headers);
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toMatchObject({ code: 'terminal_not_found', message: expect.stringContaining('终端') });
    expect((await t.post('/api/staff/terminals/999999/revoke', {}, admin.headers)).status).toBe(404);
    expect((await lookup(made.key)).status).toBe(404);
  });
});
