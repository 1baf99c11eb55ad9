// Admins manage their own county's accounts: the first password is shown once and works; another county's accounts
// are neither listed nor touched; disabling ends the account's sessions; only admins, with the CSRF token.
import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let admin: StaffMember;
let clerk: StaffMember;
let wenganClerk: StaffMember;

const list = (who: StaffMember) => t.app.request('/api/staff/accounts', { headers: { cookie: who.headers.cookie } });

beforeAll(async () => {
  t = await testApp();
  admin = await staffMember(t, 'huitong-admin', 'admin');
  clerk = await staffMember(t, 'linchen-clerk', 'township-clerk');
  wenganClerk = await staffMember(t, 'jianzhong-clerk', 'township-clerk', { county: '522725', township: '建中镇' });
});

describe('/api/staff/accounts', () => {
  it('lists the admin\'s county only, never cached, and refuses every other role', async () => {
    const res = await list(admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const names = ((await res.json()) as { accounts: { username: string }[] }).accounts.map((a) => a.username);
    expect(names.sort()).toEqual(['huitong-admin', 'linchen-clerk']);
    expect((await list(clerk)).status).toBe(403);
  });

  it('opens an account whose first password signs in, and says in words what is wrong', async () => {
    const made = await t.post('/api/staff/accounts', { username: 'pingcun-reviewer', displayName: '坪村镇审核 李*', role: 'township-reviewer', township: '坪村镇' }, admin.headers);
    expect(made.status).toBe(201);
    const { password, totpUri } = (await made.json()) as { password: string; totpUri?: string };
    expect(totpUri).toBeUndefined();
    const signIn = await t.post('/api/session', { username: 'pingcun-reviewer', password });
    expect(signIn.status).toBe(200);
    expect(await signIn.json()).toMatchObject({ role: 'township-reviewer', county: '431225', township: '坪村镇' });

    const approver = await t.post('/api/staff/accounts', { username: 'huitong-approver2', displayName: '县级审批 王*', role: 'county-approver' }, admin.headers);
    expect(((await approver.json()) as { totpUri: string }).totpUri).toMatch(/^otpauth:\/\/totp\//);

    const noTownship = await t.post('/api/staff/accounts', { username: 'nowhere-clerk', displayName: '某经办', role: 'township-clerk', township: '建中镇' }, admin.headers);
    expect(noTownship.status).toBe(422);
    expect(await noTownship.json()).toMatchObject({ code: 'account_township_invalid', field: 'township', message: expect.stringContaining('乡镇') });
    const taken = await t.post('/api/staff/accounts', { username: 'linchen-clerk', displayName: '重名', role: 'township-clerk', township: '林城镇' }, admin.headers);
    expect(taken.status).toBe(409);
    const { 'x-csrf-token': _, ...noToken } = admin.headers;
    expect((await t.post('/api/staff/accounts', { username: 'sneaky', displayName: '某人', role: 'admin' }, noToken)).status).toBe(403);
    expect((await t.post('/api/staff/accounts', { username: 'sneaky', displayName: '某人', role: 'admin' }, clerk.headers)).status).toBe(403);
  });

  it('disables an account of its county, ending its sessions; another county\'s answers 404 and keeps working', async () => {
    expect((await t.app.request('/api/staff/cases', { headers: { cookie: clerk.headers.cookie } })).status).toBe(200);
    const res = await t.post('/api/staff/accounts/linchen-clerk/disable', {}, admin.headers);
    expect(res.status).toBe(204);
    expect((await t.app.request('/api/staff/cases', { headers: { cookie: clerk.headers.cookie } })).status).toBe(401);

    const foreign = await t.post('/api/staff/accounts/jianzhong-clerk/disable', {}, admin.headers);
    expect(foreign.status).toBe(404);
    expect((await t.app.request('/api/staff/cases', { headers: { cookie: wenganClerk.headers.cookie } })).status).toBe(200);
    expect((await t.post('/api/staff/accounts/huitong-admin/disable', {}, admin.headers)).status).toBe(409);
  });
});
