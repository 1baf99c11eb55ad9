// 重新办理 and 一户一案: a case the county reopens counts as its household's open case again, so while another case of
// the same programme holds the household (a later claim, or a duplicate recorded before the rule), the reopen is
// refused with the reason in words and nothing of the case changes; once that other case has ended it goes through.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { fillMissingHouseholds } from '../../api/cases/household.ts';
import { household, newKey, testApp, validClaim } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let t: Awaited<ReturnType<typeof testApp>>;
const dataKey = randomBytes(32).toString('hex');
let clerk: StaffMember;
let approver: StaffMember;

interface Case { status: string; step: string; version: number; events: { kind: string }[]; allowedActions: { action: string }[] }
const detail = async (n: string) => (await (await t.app.request(`/api/staff/cases/${n}`, { headers: { cookie: approver.headers.cookie } })).json()) as Case;
const act = (who: StaffMember, n: string, body: Record<string, unknown>, lang = 'zh-CN') => t.post(`/api/staff/cases/${n}/actions`, body, { ...who.headers, 'accept-language': lang });

async function submit(home: ReturnType<typeof household>): Promise<string> {
  const res = await t.post('/api/cases', validClaim(home), { 'idempotency-key': newKey() });
  if (res.status !== 201) throw new Error(`claim refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

async function notAccepted(n: string) {
  const res = await act(clerk, n, { action: 'refuse-to-accept', version: (await detail(n)).version, reason: '材料不属于本乡镇' });
  expect(res.status).toBe(200);
}

const reopen = async (n: string, lang?: string) => act(approver, n, { action: 'reopen', version: (await detail(n)).version, reason: '行政复议决定重新办理' }, lang);

/** The refusal a reopen meets while the household has another open case: 409, its code, and the reason in words. */
async function expectRefused(n: string) {
  const before = await detail(n);
  const zh = await reopen(n);
  expect(zh.status).toBe(409);
  const body = (await zh.json()) as { code: string; message: string };
  expect(body.code).toBe('reopen_household_case_open');
  expect(body.message).toContain('另一份同一项的申请');
  const en = (await (await reopen(n, 'en')).json()) as { code: string; message: string };
  expect(en.message).toContain('another application for the same programme');
  // Nothing moved: the same status, version and events, and the audit chain still verifies.
  const after = await detail(n);
  expect(after).toMatchObject({ status: before.status, version: before.version });
  expect(after.events.map((e) => e.kind)).toEqual(before.events.map((e) => e.kind));
  expect((await verifyAudit(t.services.db, makeAuditMac(Buffer.from(dataKey, 'hex')))).ok).toBe(true);
}

beforeAll(async () => {
  t = await testApp({ env: { MZY_DATA_KEY: dataKey } });
  clerk = await staffMember(t, 'lc-clerk', 'township-clerk');
  approver = await staffMember(t, 'ht-approver', 'county-approver');
});

describe('reopen while the household is in another open case of the programme', () => {
  it('a 不予受理 case whose household has filed again since: refused with the reason (409), and reopened once the new claim has ended', async () => {
    const home = household();
    const first = await submit(home);
    await notAccepted(first);
    // A 不予受理 claim no longer counts: the household may apply again.
    const second = await submit(home);
    await expectRefused(first);
    await notAccepted(second);
    const res = await reopen(first);
    expect(res.status).toBe(200);
    expect((await res.json()) as Case).toMatchObject({ status: 'open', step: 'accept' });
  });

  it('a duplicate recorded before 一户一案 (two open cases of one household), refused and then reopened while the other is open: 409, nothing changed', async () => {
    const home = household();
    const earlier = await submit(home);
    // As a county's data from before the rule holds it: the earlier claim's member rows missing, filled at start.
    await t.services.client.execute({ sql: 'DELETE FROM case_members WHERE case_id = (SELECT id FROM cases WHERE case_no = ?)', args: [earlier] });
    const later = await submit(home);
    expect(await fillMissingHouseholds(t.services)).toBe(1);
    await notAccepted(earlier);
    await expectRefused(earlier);
    // The other one, still open, goes on as before.
    expect((await act(clerk, later, { action: 'accept', version: (await detail(later)).version })).status).toBe(200);
  });
});
