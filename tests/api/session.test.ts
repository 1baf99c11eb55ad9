// Issue 9, accounts and access: one sign-in for agents and staff, sessions kept on the server (idle 30 minutes,
// absolute 12 hours, a new id at every sign-in), TOTP for county approvers and admins, CSRF token and Origin on
// every change, disabling ends sessions, scrypt hashes become argon2id, and migration 0007 keeps the agents' ids.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app.ts';
import { openDatabase } from '../../api/db/client.ts';
import { openServices } from '../../api/openServices.ts';
import { accounts, auditEvents, cases } from '../../api/db/schema/index.ts';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { processHashQueue } from '../../api/security/hashQueue.ts';
import { inJurisdiction, type Account } from '../../api/staff/access.ts';
import { addAccount, disableAccount } from '../../api/staff/manageAccounts.ts';
import { newKey, seedDemo, signInAs, testApp, validClaim } from './testApp.ts';

const MINUTE = 60_000;
let clock = Date.parse('2026-12-01T01:00:00Z');
let t: Awaited<ReturnType<typeof testApp>>;
const made: Record<string, { password: string; totpSecret?: string }> = {};

const make = async (username: string, role: string, township?: string) => {
  const account = await addAccount(t.services, { username, role, county: '431225', township, by: 'test' });
  made[username] = { password: account.password, ...(account.totpSecret ? { totpSecret: account.totpSecret } : {}) };
};
const codeAt = (username: string, at: number) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(made[username]!.totpSecret!) }).generate({ timestamp: at });
const errorOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { code: string; message: string }) });
const agentCases = (cookie: string) => t.app.request('/api/agent/cases', { headers: { cookie } });
const signOut = (headers: Record<string, string>) => t.app.request('/api/session', { method: 'DELETE', headers });

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock) });
  await make('lc-agent', 'agent', '林城镇');
  await make('lc-clerk', 'township-clerk', '林城镇');
  await make('ht-approver', 'county-approver');
  await make('ht-admin', 'admin');
});

describe('POST /api/session', () => {
  it('signs a township clerk in: role, jurisdiction, a CSRF token and the absolute end, with an HttpOnly SameSite=Strict cookie', async () => {
    const res = await t.post('/api/session', { username: 'lc-clerk', password: made['lc-clerk']!.password });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ role: 'township-clerk', displayName: 'lc-clerk', county: '431225', township: '林城镇', csrfToken: expect.stringMatching(/^[\w-]{43}$/), expiresAt: new Date(clock + 12 * 60 * MINUTE).toISOString() });
    expect(res.headers.get('set-cookie')).toMatch(/^mzy_session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('answers a wrong password, an unknown name and a disabled account alike, in Chinese and English', async () => {
    await make('lc-leaver', 'township-clerk', '林城镇');
    await disableAccount(t.services, 'lc-leaver', 'test');
    const wrong = await errorOf(await t.post('/api/session', { username: 'lc-clerk', password: 'not it' }, { 'x-forwarded-for': '10.1.0.1' }));
    const unknown = await errorOf(await t.post('/api/session', { username: 'nobody', password: 'not it' }, { 'x-forwarded-for': '10.1.0.2' }));
    const disabled = await errorOf(await t.post('/api/session', { username: 'lc-leaver', password: made['lc-leaver']!.password }, { 'x-forwarded-for': '10.1.0.3' }));
    for (const e of [wrong, unknown, disabled]) expect(e).toMatchObject({ status: 401, code: 'sign_in_failed', message: '用户名或密码不对，或者账号已停用。' });
    const en = await errorOf(await t.post('/api/session', { username: 'nobody', password: 'x' }, { 'accept-language': 'en', 'x-forwarded-for': '10.1.0.4' }));
    expect(en.message).toBe('The user name or password is wrong, or the account is disabled.');
  });

  it('locks a staff account after 5 failures for 15 minutes, the right password too', async () => {
    await make('lc-locked', 'township-reviewer', '林城镇');
    for (let i = 0; i < 5; i++) expect((await t.post('/api/session', { username: 'lc-locked', password: `guess-${i}` })).status).toBe(401);
    expect((await errorOf(await t.post('/api/session', { username: 'lc-locked', password: made['lc-locked']!.password }))).code).toBe('sign_in_locked');
    clock += 15 * MINUTE;
    expect((await t.post('/api/session', { username: 'lc-locked', password: made['lc-locked']!.password })).status).toBe(200);
  });

  it('asks a county approver for the TOTP code after the right password, takes a right one once and refuses it again', async () => {
    const login = { username: 'ht-approver', password: made['ht-approver']!.password };
    expect(await errorOf(await t.post('/api/session', login))).toMatchObject({ status: 401, code: 'totp_required', message: '请输入验证器应用里的6位动态码。' });
    const wrongCode = String((Number(codeAt('ht-approver', clock)) + 1) % 1_000_000).padStart(6, '0');
    expect((await errorOf(await t.post('/api/session', { ...login, totp: wrongCode }))).code).toBe('totp_wrong');
    const code = codeAt('ht-approver', clock);
    const res = await t.post('/api/session', { ...login, totp: code });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { role: string; township?: string })).toMatchObject({ role: 'county-approver', county: '431225' });
    expect((await errorOf(await t.post('/api/session', { ...login, totp: code }))).code).toBe('totp_wrong');
    // The code of the previous 30 s step is still taken (clock drift), but not once a later one was used.
    expect((await errorOf(await t.post('/api/session', { ...login, totp: codeAt('ht-approver', clock - 30_000) }))).code).toBe('totp_wrong');
    clock += 30_000;
    expect((await t.post('/api/session', { ...login, totp: codeAt('ht-approver', clock) }))).toHaveProperty('status', 200);
  });

  it('accepts the code of the step before (±1 step) and refuses one two steps old', async () => {
    const login = { username: 'ht-admin', password: made['ht-admin']!.password };
    expect((await t.post('/api/session', { ...login, totp: codeAt('ht-admin', clock - 60_000) })).status).toBe(401);
    expect((await t.post('/api/session', { ...login, totp: codeAt('ht-admin', clock - 30_000) })).status).toBe(200);
  });

  it('gives a new session id at every sign-in and ends the one the browser brought (no session fixation)', async () => {
    const first = await signInAs(t, 'lc-agent', made['lc-agent']!.password);
    const second = await signInAs(t, 'lc-agent', made['lc-agent']!.password, { cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect(second['x-csrf-token']).not.toBe(first['x-csrf-token']);
    expect((await agentCases(first.cookie)).status).toBe(401);
    expect((await agentCases(second.cookie)).status).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session after 30 minutes without a request, and keeps one that is used', async () => {
    const s = await signInAs(t, 'lc-agent', made['lc-agent']!.password);
    clock += 29 * MINUTE;
    expect((await agentCases(s.cookie)).status).toBe(200);
    clock += 29 * MINUTE;
    expect((await agentCases(s.cookie)).status).toBe(200);
    clock += 30 * MINUTE;
    expect(await errorOf(await agentCases(s.cookie))).toMatchObject({ status: 401, code: 'unauthorised' });
  });

  it('ends a session 12 hours after sign-in however busy it is', async () => {
    const s = await signInAs(t, 'lc-agent', made['lc-agent']!.password);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      clock += 20 * MINUTE;
      expect((await agentCases(s.cookie)).status).toBe(200);
    }
    clock += 20 * MINUTE;
    expect((await agentCases(s.cookie)).status).toBe(401);
  });
});

describe('CSRF and roles', () => {
  it('signs out only with the session\'s CSRF token from our own origin; then the cookie is dead', async () => {
    const s = await signInAs(t, 'lc-agent', made['lc-agent']!.password);
    const refused = [
      await errorOf(await signOut({ cookie: s.cookie, origin: s.origin })),
      await errorOf(await signOut({ cookie: s.cookie, origin: s.origin, 'x-csrf-token': 'forged' })),
      await errorOf(await signOut({ ...s, origin: 'https://evil.example' })),
      await errorOf(await signOut({ cookie: s.cookie, 'x-csrf-token': s['x-csrf-token'] })),
    ];
    for (const e of refused) expect(e).toMatchObject({ status: 403, code: 'csrf_failed', message: expect.stringContaining('刷新页面') });
    expect((await agentCases(s.cookie)).status).toBe(200);
    expect((await signOut({ cookie: s.cookie, 'x-csrf-token': s['x-csrf-token'], referer: 'http://localhost/agent/' })).status).toBe(204);
    expect((await agentCases(s.cookie)).status).toBe(401);
  });

  it('refuses an agent\'s claim without the CSRF token (a foreign page cannot file in the agent\'s name)', async () => {
    const s = await signInAs(t, 'lc-agent', made['lc-agent']!.password);
    const res = await t.post('/api/cases', validClaim(), { 'idempotency-key': newKey(), cookie: s.cookie, origin: 'https://evil.example' });
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'csrf_failed' });
  });

  it('keeps staff off the agent pages (403 role_forbidden) and agents off staff roles', async () => {
    const s = await signInAs(t, 'lc-clerk', made['lc-clerk']!.password);
    expect(await errorOf(await agentCases(s.cookie))).toMatchObject({ status: 403, code: 'role_forbidden', message: '您的账号没有权限做这件事。' });
  });

  it('puts a township account in its own township only, a county account in its whole county', () => {
    const base = { id: 1, username: 'x', displayName: 'x', village: null };
    const clerk: Account = { ...base, role: 'township-clerk', county: '431225', township: '林城镇' };
    const approver: Account = { ...base, role: 'county-approver', county: '431225', township: null };
    expect(inJurisdiction(clerk, { county: '431225', township: '林城镇' })).toBe(true);
    expect(inJurisdiction(clerk, { county: '431225', township: '坪村镇' })).toBe(false);
    expect(inJurisdiction(clerk, { county: '522725', township: '林城镇' })).toBe(false);
    expect(inJurisdiction(approver, { county: '431225', township: '坪村镇' })).toBe(true);
    expect(inJurisdiction(approver, { county: '522725', township: '建中镇' })).toBe(false);
  });
});

describe('accounts', () => {
  it('disabling an account ends its live sessions at once', async () => {
    await make('lc-agent2', 'agent', '林城镇');
    const s = await signInAs(t, 'lc-agent2', made['lc-agent2']!.password);
    expect((await agentCases(s.cookie)).status).toBe(200);
    await disableAccount(t.services, 'lc-agent2', 'test');
    expect((await agentCases(s.cookie)).status).toBe(401);
  });

  it('re-hashes an old scrypt password as argon2id at the next successful sign-in', async () => {
    const salt = randomBytes(16);
    const hash = await processHashQueue().hash({ algorithm: 'scrypt', password: 'old-scrypt-pass', salt, keyLength: 32, cost: { N: 16384, r: 8, p: 1 } });
    await t.services.db.insert(accounts).values({ username: 'old-agent', passwordHash: `scrypt$16384$8$1$${salt.toString('base64url')}$${hash.toString('base64url')}`, displayName: '老代办员', role: 'agent', county: '431225', township: '林城镇', createdAt: new Date(clock).toISOString() });
    await signInAs(t, 'old-agent', 'old-scrypt-pass');
    const [row] = await t.services.db.select({ passwordHash: accounts.passwordHash }).from(accounts).where(eq(accounts.username, 'old-agent'));
    expect(row!.passwordHash).toMatch(/^argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await signInAs(t, 'old-agent', 'old-scrypt-pass');
  });

  it('the demo makes one account per staff role for 会同县 林城镇, and each signs in (TOTP where the role needs it)', async () => {
    const demo = await testApp();
    const seed = await seedDemo(demo);
    const staff = seed.credentials.staff!;
    expect(staff.map((s) => s.role)).toEqual(['township-clerk', 'township-reviewer', 'county-approver', 'admin']);
    for (const s of staff) {
      const totp = s.totpSecret ? new TOTP({ secret: Secret.fromBase32(s.totpSecret) }).generate() : undefined;
      const res = await demo.post('/api/session', { username: s.username, password: s.password, ...(totp ? { totp } : {}) });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { county: string }).county).toBe('431225');
    }
    expect(JSON.parse(readFileSync(seed.credentialsFile, 'utf8')).staff).toHaveLength(4);
  });
});

describe('audit', () => {
  it('writes sign-ins, failures, sign-outs and account changes into the audit chain, which still verifies; no password or typed name in it', async () => {
    const key = randomBytes(32).toString('hex');
    const fresh = await testApp({ env: { MZY_DATA_KEY: key } });
    const clerk = await addAccount(fresh.services, { username: 'au-clerk', role: 'township-clerk', county: '431225', township: '林城镇', by: 'system:test' });
    await fresh.post('/api/session', { username: 'au-clerk', password: 'secret-guess-1' });
    await fresh.post('/api/session', { username: 'zhang.sanfeng', password: 'secret-guess-2' });
    const s = await signInAs(fresh, 'au-clerk', clerk.password);
    expect((await fresh.app.request('/api/session', { method: 'DELETE', headers: s })).status).toBe(204);
    await disableAccount(fresh.services, 'au-clerk', 'system:test');
    const rows = await fresh.services.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(rows.map((r) => [r.kind, r.accountId, r.actor])).toEqual([
      ['account-created', clerk.id, 'system:test'],
      ['sign-in-failed', clerk.id, 'staff:au-clerk'],
      ['sign-in-failed', null, 'unknown'],
      ['signed-in', clerk.id, 'staff:au-clerk'],
      ['signed-out', clerk.id, 'staff:au-clerk'],
      ['account-disabled', clerk.id, 'system:test'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/secret-guess|zhang\.sanfeng|127\.0\.0\.1/);
    expect(await verifyAudit(fresh.services.db, makeAuditMac(Buffer.from(key, 'hex')))).toMatchObject({ ok: true, events: 6 });
  });
});

// Each step is an `npm run` of its own (Node starts, opens and migrates the database): over 60 s in all at load 20.
describe('scripts', { timeout: 150_000 }, () => {
  it('staff:add prints the password (and for an approver the TOTP address) on their own lines; staff:disable ends the sessions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mzy-staff-'));
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'claims.db')}`, MZY_DATA_KEY: randomBytes(32).toString('hex') };
    const npm = (args: string[]) => execFileSync('npm', ['run', '-s', ...args], { env, encoding: 'utf8', cwd: join(import.meta.dirname, '../..') });
    const clerk = npm(['staff:add', '--', '--username', 'pc-clerk', '--role', 'township-clerk', '--county', '431225', '--township', '坪村镇', '--name', '坪村镇经办 李*']);
    const password = clerk.match(/^password: (\S+)$/m)?.[1];
    expect(password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(clerk).not.toMatch(/^totp:/m);
    const approver = npm(['staff:add', '--', '--username', 'ht-shenpi', '--role', 'county-approver', '--county', '431225']);
    expect(approver).toMatch(/^totp: otpauth:\/\/totp\/.+secret=[A-Z2-7]+.*period=30/m);
    expect(() => npm(['staff:add', '--', '--username', 'pc-clerk2', '--role', 'township-clerk', '--county', '431225', '--township', '建中镇'])).toThrow(/建中镇 is not in the township list/);

    const services = await openServices({ databaseUrl: env.DATABASE_URL, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: env.MZY_DATA_KEY } });
    const real = { app: createApp({ base: '/', services }) };
    const post = (body: unknown) => real.app.request('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const res = await post({ username: 'pc-clerk', password });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await real.app.request('/api/agent/cases', { headers: { cookie } })).status).toBe(403);
    expect(npm(['staff:disable', '--', '--username', 'pc-clerk'])).toContain('disabled');
    expect((await real.app.request('/api/agent/cases', { headers: { cookie } })).status).toBe(401);
    expect((await post({ username: 'pc-clerk', password })).status).toBe(401);
    expect(npm(['audit:verify'])).toMatch(/^audit chain intact: 5 events/m); // 2 made, 1 signed in, 1 disabled, 1 refused after
    services.client.close();
  });
});

describe('migration 0007', () => {
  it('turns agents into accounts with their ids, so a case still names its agent; cases now point at accounts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mzy-0007-'));
    const before = join(dir, 'migrations');
    cpSync(join(import.meta.dirname, '../../api/db/migrations'), before, { recursive: true });
    const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0007');
    writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
    const url = `file:${join(dir, 'claims.db')}`;
    const old = createClient({ url });
    await migrate(drizzle(old), { migrationsFolder: before });
    await old.execute({ sql: 'INSERT INTO agents (id, username, password_hash, display_name, county, township, village) VALUES (7, ?, ?, ?, ?, ?, ?)', args: ['gaihe-daiban', 'scrypt$x', '改河社区 代办员', '431225', '林城镇', '改河社区'] });
    await old.execute({ sql: 'INSERT INTO agent_sessions (token_hash, agent_id, expires_at) VALUES (?, 7, ?)', args: ['h', '2099-01-01T00:00:00Z'] });
    await old.execute({
      sql: `INSERT INTO cases (case_no, query_code_hmac, id_last6_hmac, programme, county, township, applicant_name_masked, applicant_id_last4, claim_sealed, submitted_by, agent_id, near_kin, status, submitted_at)
            VALUES ('100000000001', 'q', 'i', 'dibao', '431225', '林城镇', '张*', '123X', 'sealed', 'agent', 7, 0, 'open', '2026-11-30T00:00:00Z')`,
      args: [],
    });
    old.close();
    const { db, client } = await openDatabase(url);
    const [account] = await db.select().from(accounts).where(eq(accounts.id, 7));
    expect(account).toMatchObject({ username: 'gaihe-daiban', role: 'agent', township: '林城镇', village: '改河社区', passwordHash: 'scrypt$x', disabledAt: null });
    const [row] = await db.select({ agentId: cases.agentId }).from(cases);
    expect(row!.agentId).toBe(7);
    const fk = await client.execute('PRAGMA foreign_key_list(cases)');
    expect(fk.rows.map((r) => r['table'])).toContain('accounts');
    expect((await client.execute("SELECT name FROM sqlite_master WHERE name IN ('agents', 'agent_sessions')")).rows).toEqual([]);
    client.close();
  });
});
