// Issue 9, after approval: the monthly 发放名册 (JSON, CSV, recorded paid in one action), reviews due and their
// outcome, and 一门受理's linked cases — on a real database, through the real routes, across jurisdictions.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, cases, payments } from '../../api/db/schema/index.ts';
import { takeAction } from '../../api/cases/takeAction.ts';
import type { ActionInput, ActionName } from '../../api/domain/casework/action.ts';
import type { StaffRole } from '../../api/domain/workflow.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { APPLICANT_ID, newKey, testApp, validClaim } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let clock = '2026-10-08T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};
const filed: Record<string, string> = {};

const get = (path: string, as: StaffMember) => t.app.request(path, { headers: as.headers });
const lookup = async (caseNumber: string, idNumber = APPLICANT_ID) => (await t.post('/api/cases/lookup', { caseNumber, factor: idNumber.slice(-6) })).json() as Promise<Record<string, unknown> & { payments: { month: string }[]; linkedCases: { caseNumber: string; programme: string }[]; review?: { outcome: string; reason: string } }>;

/** Moves a claim to approval by the actions staff take, each on its day (as the demo seed does). */
async function approve(caseNumber: string, amount: number) {
  const act = async (role: StaffRole, action: ActionName, on: string, input: ActionInput = {}) => {
    const [row] = await t.services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
    await takeAction(t.services, { role, actor: 'staff:test', mayOpen: () => true }, { caseNumber, action, version: row!.version, input }, { on, at: `${on}T02:00:00.000Z` }).catch((e: Error) => { throw new Error(`${action}: ${e.message}`); });
  };
  await act('township-clerk', 'accept', '2026-10-09');
  await act('township-clerk', 'record-check', '2026-10-12', { result: '核对完成' });
  await act('township-clerk', 'record-visit', '2026-10-12', { staff: ['李四', '王五'], visitedOn: '2026-10-12' });
  // 会同县 keeps 民主评议 for 低保 (content/regions/431225.yaml).
  await act('township-clerk', 'record-review', '2026-10-13', { result: '村民代表评议：情况属实' });
  await act('township-reviewer', 'township-review', '2026-10-13', { opinion: 'agree', reason: '属实' });
  await act('township-clerk', 'publish-notice', '2026-10-13', { from: '2026-10-14', place: '村务公开栏', proposedMonthly: amount });
  await act('county-approver', 'approve', '2026-10-23', { amount, fromMonth: '2026-11' });
}

async function submit(overrides: Record<string, unknown>) {
  const res = await t.post('/api/cases', validClaim(overrides), { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock) });
  filed['fengmu'] = await submit({ village: '枫木村' });
  filed['huangmao'] = await submit({ village: '黄茅村', applicant: { name: '李秀英', idNumber: demoIdNumber('431225', '19480202', '021'), phone: '13800138000' }, members: [{ name: '李秀英', idNumber: demoIdNumber('431225', '19480202', '021'), relation: 'self' }], incomes: [] });
  filed['pingcun'] = await submit({ township: '坪村镇', village: '枫木村' });
  filed['open'] = await submit({ village: '枫木村' });
  await approve(filed['fengmu']!, 375);
  await approve(filed['huangmao']!, 420.5);
  await approve(filed['pingcun']!, 300);
  clock = '2026-12-01T02:00:00.000Z';
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['pcClerk'] = await staffMember(t, 'pc-clerk', 'township-clerk', { township: '坪村镇' });
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
  who['otherCounty'] = await staffMember(t, 'wa-approver', 'county-approver', { county: '522725' });
});

type Roll = { lines: { caseNumber: string; amount: number; nameMasked: string; householdSize: number; paidOn?: string }[]; totals: { households: number; persons: number; amount: number } };

describe('GET /api/staff/payment-rolls', () => {
  it('a township clerk gets their township\'s roll: each approved case due that month, masked, with no ID number', async () => {
    const res = await get('/api/staff/payment-rolls?month=2026-11', who['lcClerk']!);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const roll = JSON.parse(text) as Roll;
    expect(roll.lines.map((l) => l.caseNumber).sort()).toEqual([filed['fengmu'], filed['huangmao']].sort());
    expect(roll.lines.find((l) => l.caseNumber === filed['fengmu'])).toMatchObject({ amount: 375, householdSize: 2, nameMasked: '买**·*力' });
    expect(roll.totals).toEqual({ households: 2, persons: 3, amount: 795.5, paidHouseholds: 0, unpaidHouseholds: 2 });
    expect(text).not.toContain(APPLICANT_ID);
    expect(text).not.toContain(APPLICANT_ID.slice(0, 6) + APPLICANT_ID.slice(-4));
    // Before its first month a case is on no roll.
    expect(((await (await get('/api/staff/payment-rolls?month=2026-10', who['lcClerk']!)).json()) as Roll).lines).toEqual([]);
  });

  it('another township\'s roll answers 404 to a township clerk; a county approver sees the county or one township; another county sees none of it', async () => {
    expect((await get(`/api/staff/payment-rolls?month=2026-11&township=${encodeURIComponent('林城镇')}`, who['pcClerk']!)).status).toBe(404);
    const own = (await (await get('/api/staff/payment-rolls?month=2026-11', who['pcClerk']!)).json()) as Roll;
    expect(own.lines.map((l) => l.caseNumber)).toEqual([filed['pingcun']]);
    const county = (await (await get('/api/staff/payment-rolls?month=2026-11', who['approver']!)).json()) as Roll;
    expect(county.totals.households).toBe(3);
    const one = (await (await get(`/api/staff/payment-rolls?month=2026-11&township=${encodeURIComponent('坪村镇')}`, who['approver']!)).json()) as Roll;
    expect(one.lines.map((l) => l.caseNumber)).toEqual([filed['pingcun']]);
    expect(((await (await get('/api/staff/payment-rolls?month=2026-11', who['otherCounty']!)).json()) as Roll).lines).toEqual([]);
    expect((await t.app.request('/api/staff/payment-rolls?month=2026-11')).status).toBe(401);
    expect((await get('/api/staff/payment-rolls?month=2026-13', who['approver']!)).status).toBe(422);
  });

  it('the CSV opens in Excel: UTF-8 with a BOM, a header row, one row per case and the totals', async () => {
    const res = await get('/api/staff/payment-rolls/2026-11.csv', who['lcClerk']!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(rows[0]).toBe('序号,受理编号,救助项目,乡镇,村（社区）,户主（脱敏）,保障人数,金额（元）,发放情况');
    expect(rows.filter((r) => r.includes('最低生活保障,林城镇'))).toHaveLength(2);
    expect(rows[3]).toBe('合计,,,,,2,3,795.50,');
    expect((await get(`/api/staff/payment-rolls/2026-11.csv?township=${encodeURIComponent('林城镇')}`, who['pcClerk']!)).status).toBe(404);
  });
});

describe('POST /api/staff/payment-rolls/{month}/paid', () => {
  const pay = (as: StaffMember, body: Record<string, unknown>, headers: Record<string, string> = as.headers) => t.post('/api/staff/payment-rolls/2026-11/paid', body, headers);
  const body = { township: '林城镇', paidOn: '2026-11-10', households: 2, amount: 795.5 };

  it('only a county approver records a roll paid, with the CSRF token', async () => {
    expect((await pay(who['lcClerk']!, body)).status).toBe(403);
    const { 'x-csrf-token': _, ...noToken } = who['approver']!.headers;
    const res = await pay(who['approver']!, body, noToken);
    expect(res.status).toBe(403);
    expect(((await res.json()) as { code: string }).code).toBe('csrf_failed');
    expect(await t.services.db.select().from(payments)).toHaveLength(0);
  });

  it('a roll that changed since it was printed is refused whole and pays nothing', async () => {
    const res = await pay(who['approver']!, { ...body, amount: 750 });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string; message: string }).message).toContain('名册');
    expect(await t.services.db.select().from(payments)).toHaveLength(0);
  });

  it('records every line paid in one go, each case with its payment and audit event, and a second call pays nothing twice', async () => {
    const res = await pay(who['approver']!, body);
    expect(res.status).toBe(200);
    const done = (await res.json()) as { paid: number; alreadyPaid: number; roll: Roll };
    expect(done).toMatchObject({ paid: 2, alreadyPaid: 0 });
    expect(done.roll.lines.every((l) => l.paidOn === '2026-11-10')).toBe(true);
    const rows = await t.services.db.select().from(payments);
    expect(rows.map((p) => p.amount).sort()).toEqual([375, 420.5]);
    const events = await t.services.db.select().from(auditEvents);
    expect(events.filter((e) => e.kind === 'payment-recorded')).toHaveLength(2);
    expect(events.filter((e) => e.kind === 'payment-roll-paid')).toHaveLength(1);
    // 坪村镇 was not on this roll and is not paid.
    const again = (await (await pay(who['approver']!, body)).json()) as { paid: number; alreadyPaid: number };
    expect(again).toEqual(expect.objectContaining({ paid: 0, alreadyPaid: 2 }));
    expect(await t.services.db.select().from(payments)).toHaveLength(2);
    // The applicant's 查进度 shows the payment.
    expect((await lookup(filed['fengmu']!)).payments).toEqual([{ month: '2026-11', amount: 375, paidOn: '2026-11-10' }]);
  });

  it('a month not yet begun cannot be recorded paid', async () => {
    const res = await t.post('/api/staff/payment-rolls/2027-01/paid', { paidOn: '2026-12-01', households: 0, amount: 0 }, who['approver']!.headers);
    expect(res.status).toBe(422);
  });
});

describe('reviews after approval', () => {
  it('the queue lists reviews due; a review that stops the case tells the household why and takes it off the next roll', async () => {
    const [row] = await t.services.db.select().from(cases).where(eq(cases.caseNo, filed['huangmao']!));
    expect(row!.reviewOn).toBe('2027-10-23');
    const due = async () => ((await (await get('/api/staff/cases?review=due', who['approver']!)).json()) as { cases: { caseNumber: string }[] }).cases.map((c) => c.caseNumber);
    expect(await due()).toEqual([]);
    // A year on, the review is due (the roll is not asked of this clock).
    clock = '2027-10-25T02:00:00.000Z';
    const late = await staffMember(t, 'approver-2', 'county-approver');
    const dueLater = ((await (await get('/api/staff/cases?review=due', late)).json()) as { cases: { caseNumber: string }[] }).cases.map((c) => c.caseNumber);
    expect(dueLater).toEqual(expect.arrayContaining([filed['fengmu'], filed['huangmao'], filed['pingcun']]));
    const detail = (await (await get(`/api/staff/cases/${filed['huangmao']}`, late)).json()) as { version: number; allowedActions: { action: string }[] };
    expect(detail.allowedActions.map((a) => a.action)).toContain('record-review-outcome');
    const unheard = await t.post(`/api/staff/cases/${filed['huangmao']}/actions`, { action: 'record-review-outcome', version: detail.version, outcome: 'stop', reason: '家庭人均收入已高于本县低保标准' }, late.headers);
    expect(unheard.status).toBe(422);
    expect(((await unheard.json()) as { field: string }).field).toBe('heardOn');
    const stop = await t.post(`/api/staff/cases/${filed['huangmao']}/actions`, { action: 'record-review-outcome', version: detail.version, outcome: 'stop', reason: '家庭人均收入已高于本县低保标准', heardOn: '2027-10-20', heardSummary: '本人无异议' }, late.headers);
    expect(stop.status).toBe(200);
    expect((await stop.json()) as { status: string }).toMatchObject({ status: 'closed' });
    const seen = await lookup(filed['huangmao']!, demoIdNumber('431225', '19480202', '021'));
    expect(seen.review).toMatchObject({ outcome: 'stop', reason: '家庭人均收入已高于本县低保标准' });
    const roll = (await (await get('/api/staff/payment-rolls?month=2027-11&township=' + encodeURIComponent('林城镇'), late)).json()) as Roll;
    expect(roll.lines.map((l) => l.caseNumber)).toEqual([filed['fengmu']]);
    clock = '2026-12-01T02:00:00.000Z';
  });
});

describe('一门受理: linked cases', () => {
  it('at acceptance the case lists other programmes from the self-check; a clerk opens one; both 查进度 show the link; another township sees nothing', async () => {
    const caseNumber = filed['open']!;
    const accept = await t.post(`/api/staff/cases/${caseNumber}/actions`, { action: 'accept', version: 0 }, who['lcClerk']!.headers);
    expect(accept.status).toBe(200);
    const detail = (await accept.json()) as { version: number; linkedProgrammes: { programme: string; eligible: string; reason: string }[]; linkedCases: unknown[] };
    expect(detail.linkedCases).toEqual([]);
    expect(detail.linkedProgrammes.map((p) => p.programme)).not.toContain('dibao');
    for (const p of detail.linkedProgrammes) expect(p.reason.length).toBeGreaterThan(0);
    expect((await t.post(`/api/staff/cases/${caseNumber}/actions`, { action: 'open-linked-case', version: detail.version, programme: 'tekun' }, who['pcClerk']!.headers)).status).toBe(404);
    expect((await t.post(`/api/staff/cases/${caseNumber}/actions`, { action: 'open-linked-case', version: detail.version, programme: 'dibao' }, who['lcClerk']!.headers)).status).toBe(422);
    const before = (await t.services.db.select().from(cases)).length;
    const opened = await t.post(`/api/staff/cases/${caseNumber}/actions`, { action: 'open-linked-case', version: detail.version, programme: 'tekun' }, who['lcClerk']!.headers);
    expect(opened.status).toBe(200);
    const after = (await opened.json()) as { linkedCases: { caseNumber: string; programme: string }[]; events: { kind: string }[] };
    expect(after.linkedCases).toHaveLength(1);
    expect(after.linkedCases[0]!.programme).toBe('tekun');
    expect(after.events.at(-1)!.kind).toBe('linked-case-opened');
    expect((await t.services.db.select().from(cases)).length).toBe(before + 1);
    const linkedNo = after.linkedCases[0]!.caseNumber;
    const [linked] = await t.services.db.select().from(cases).where(eq(cases.caseNo, linkedNo));
    expect(linked).toMatchObject({ programme: 'tekun', submittedBy: 'window', township: '林城镇', status: 'open' });
    expect((await lookup(caseNumber)).linkedCases).toEqual([{ caseNumber: linkedNo, programme: 'tekun' }]);
    expect((await lookup(linkedNo)).linkedCases).toEqual([{ caseNumber, programme: 'dibao' }]);
    expect((await get(`/api/staff/cases/${linkedNo}`, who['pcClerk']!)).status).toBe(404);
  });
});
