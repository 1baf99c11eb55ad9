// Issue 9, 急难型 临时救助: 先行救助 pays first, the paperwork after (社会救助法 §50; 瓮安 practice, sources 000 line 20),
// on a real database through the real routes: the payment recorded at once, the 核对, 入户调查 and township review as
// 补充说明 with no 公示, then approved with the payment already made, or closed with its reason; audit:verify agrees.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { cases, payments } from '../../api/db/schema/index.ts';
import { signInAgain, staffMember, type StaffMember } from './staffAccounts.ts';
import { newKey, testApp, validClaim } from './testApp.ts';

// Monday 2 November 2026, 10:00 in China.
let clock = '2026-11-02T02:00:00.000Z';
const dataKey = randomBytes(32).toString('hex');
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};
const signedInAt = new Map<string, string>();

/** The member, signed in again when a test has moved the clock since (sessions end after 30 idle minutes). */
async function as(key: string): Promise<StaffMember> {
  if (signedInAt.get(key) !== clock) {
    who[key] = await signInAgain(t, who[key]!.username);
    signedInAt.set(key, clock);
  }
  return who[key]!;
}

interface Field { name: string; kind: string; required: boolean }
interface StaffCase {
  status: string; step: string; version: number; dueDate?: string; dueSetByCounty: boolean;
  steps: { step: string; state: string; doneOn?: string }[];
  events: { kind: string; actor: string; reason: string }[];
  payments: { month: string; amount: number; paidOn: string }[];
  allowedActions: { action: string; fields: Field[] }[];
  approved?: { amount: number; fromMonth: string };
}
interface Lookup {
  status?: string;
  steps: { step: string; state: string; doneOn?: string }[];
  payments: { month: string; amount: number; paidOn: string }[];
  paidFirst?: { amount: number; paidOn: string; outcome: string; text: string; closedReason?: string; howToObject?: string };
  approved?: { monthly: number; fromMonth: string };
  publicNotice?: unknown;
}

let sequence = 40;
/** A 临时救助 claim of a household of one in 瓮安县 雍阳街道 (or elsewhere), with the applicant's ID number for the lookup. */
async function submit(overrides: Record<string, unknown> = {}) {
  const idNumber = demoIdNumber('522725', '19700101', String(sequence++).padStart(3, '0'));
  const claim = validClaim({
    programme: 'linshi-jiuzhu', county: '522725', township: '雍阳街道', requestedAmount: 800,
    applicant: { name: '杨秀珍', idNumber, phone: '13800138000' }, members: [{ name: '杨秀珍', idNumber, relation: 'self' }],
    reason: '家中失火，衣物口粮都烧了。', ...overrides,
  });
  const res = await t.post('/api/cases', claim, { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return { caseNumber: ((await res.json()) as { caseNumber: string }).caseNumber, idNumber };
}

const detail = async (key: string, n: string) => (await (await t.app.request(`/api/staff/cases/${n}`, { headers: (await as(key)).headers })).json()) as StaffCase;
const actions = (c: StaffCase) => c.allowedActions.map((a) => a.action);
async function act(key: string, n: string, action: string, input: Record<string, unknown> = {}) {
  const { version } = await detail(key, n);
  return t.post(`/api/staff/cases/${n}/actions`, { action, version, ...input }, (await as(key)).headers);
}
async function step(key: string, n: string, action: string, input: Record<string, unknown> = {}) {
  const res = await act(key, n, action, input);
  if (res.status !== 200) throw new Error(`${action}: ${res.status} ${await res.text()}`);
  return (await res.json()) as StaffCase;
}
const lookup = async (n: string, idNumber: string, lang = 'zh-CN') =>
  (await (await t.app.request('/api/cases/lookup', { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': lang }, body: JSON.stringify({ caseNumber: n, factor: idNumber.slice(-6) }) })).json()) as Lookup;
const codeOf = async (res: Response) => ({ status: res.status, ...((await res.json()) as { code: string; field?: string }) });

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock), env: { MZY_DATA_KEY: dataKey } });
  who['clerk'] = await staffMember(t, 'wa-clerk', 'township-clerk', { county: '522725', township: '雍阳街道' });
  who['reviewer'] = await staffMember(t, 'wa-reviewer', 'township-reviewer', { county: '522725', township: '雍阳街道' });
  who['lcReviewer'] = await staffMember(t, 'lc-reviewer', 'township-reviewer');
  for (const key of Object.keys(who)) signedInAt.set(key, clock);
});

describe('先行救助 on an open 临时救助 case', () => {
  it('the township reviewer is offered it with amount, reason and the day paid; taking it records the payment at once, accepts the claim and moves on to the 核对 and 入户调查, with no 公示 on the path', async () => {
    const { caseNumber, idNumber } = await submit();
    const before = await detail('reviewer', caseNumber);
    const offered = before.allowedActions.find((a) => a.action === 'pay-first');
    expect(offered?.fields.map((f) => [f.name, f.kind, f.required])).toEqual([['amount', 'amount', true], ['reason', 'text', true], ['paidOn', 'date', true]]);
    expect(actions(await detail('clerk', caseNumber))).not.toContain('pay-first');

    const paid = await step('reviewer', caseNumber, 'pay-first', { amount: 800, reason: '房屋失火，急需口粮和衣被', paidOn: '2026-11-02' });
    expect(paid).toMatchObject({ status: 'open', step: 'survey' });
    expect(paid.payments).toEqual([{ month: '2026-11', amount: 800, paidOn: '2026-11-02' }]);
    expect(paid.events.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'paid-first', 'payment-recorded']);
    expect(paid.events.slice(1).every((e) => e.actor === 'staff:wa-reviewer')).toBe(true);
    expect(paid.steps.map((s) => s.step)).toEqual(['apply', 'accept', 'survey', 'township-review', 'decision', 'payment']);
    expect(paid.steps.find((s) => s.step === 'payment')).toMatchObject({ state: 'done', doneOn: '2026-11-02' });
    // The survey (county-set 5 working days) runs from the day the claim was accepted and paid.
    expect(paid).toMatchObject({ dueDate: '2026-11-09', dueSetByCounty: true });
    const [row] = await t.services.db.select().from(cases).where(eq(cases.caseNo, caseNumber));
    expect(await t.services.db.select({ amount: payments.amount, paidOn: payments.paidOn }).from(payments).where(eq(payments.caseId, row!.id))).toEqual([{ amount: 800, paidOn: '2026-11-02' }]);
    expect(row).toMatchObject({ step: 'survey', dueOn: '2026-11-09', status: 'open' });

    // The applicant's 查进度 says it plainly, in both languages, and shows the payment.
    const zh = await lookup(caseNumber, idNumber);
    expect(zh.paidFirst).toMatchObject({ amount: 800, paidOn: '2026-11-02', outcome: 'paperwork' });
    expect(zh.paidFirst?.text).toBe('因为情况紧急，乡镇已经在 2026-11-02 先把临时救助金 800 元发给您（先行救助）。按照规定，手续在后面补齐：还没办完的核对、调查和审核，乡镇会接着办，下面的办理进度写着每一步。');
    const en = await lookup(caseNumber, idNumber, 'en');
    expect(en.paidFirst?.text).toBe('Because your need was urgent, the township paid you 800 yuan of temporary assistance first, on 2026-11-02. The paperwork follows, as the rules require: the township goes on with whatever is left of the checks, the home visit and its review; the progress below shows each step.');
    expect(zh.payments).toEqual([{ month: '2026-11', amount: 800, paidOn: '2026-11-02' }]);
    expect(zh.steps.map((s) => s.step)).not.toContain('public-notice');
    expect(zh.steps.find((s) => s.state === 'current')?.step).toBe('survey');
    expect(zh.publicNotice).toBeUndefined();
  });

  it('is refused above the township’s delegated amount, with a paid day in the future or before the claim, without a reason; again once paid; a clerk may not; a 低保 case and a 会同 case (no published delegated amount) never offer it', async () => {
    const { caseNumber } = await submit();
    expect(await codeOf(await act('reviewer', caseNumber, 'pay-first', { amount: 1000.5, reason: '失火', paidOn: '2026-11-02' }))).toMatchObject({ status: 422, code: 'action_input_invalid', field: 'amount' });
    expect(await codeOf(await act('reviewer', caseNumber, 'pay-first', { amount: 500, reason: '失火', paidOn: '2026-11-03' }))).toMatchObject({ status: 422, field: 'paidOn' });
    expect(await codeOf(await act('reviewer', caseNumber, 'pay-first', { amount: 500, reason: '失火', paidOn: '2026-11-01' }))).toMatchObject({ status: 422, field: 'paidOn' });
    expect(await codeOf(await act('reviewer', caseNumber, 'pay-first', { amount: 500, reason: ' ', paidOn: '2026-11-02' }))).toMatchObject({ status: 422, field: 'reason' });
    expect(await codeOf(await act('clerk', caseNumber, 'pay-first', { amount: 500, reason: '失火', paidOn: '2026-11-02' }))).toMatchObject({ status: 403, code: 'role_forbidden' });
    // Exactly the delegated amount (瓮安: 1000元以下, read as ≤) may be paid first.
    await step('reviewer', caseNumber, 'pay-first', { amount: 1000, reason: '失火', paidOn: '2026-11-02' });
    expect(await codeOf(await act('reviewer', caseNumber, 'pay-first', { amount: 200, reason: '再发一次', paidOn: '2026-11-02' }))).toMatchObject({ status: 409, code: 'action_not_allowed_now' });

    const dibao = await submit({ programme: 'dibao', requestedAmount: undefined });
    expect(actions(await detail('reviewer', dibao.caseNumber))).not.toContain('pay-first');
    expect(await codeOf(await act('reviewer', dibao.caseNumber, 'pay-first', { amount: 500, reason: '失火', paidOn: '2026-11-02' }))).toMatchObject({ status: 409, code: 'action_not_allowed_now' });
    const huitong = await submit({ county: '431225', township: '林城镇' });
    expect(actions(await detail('lcReviewer', huitong.caseNumber))).not.toContain('pay-first');
    expect(await codeOf(await act('lcReviewer', huitong.caseNumber, 'pay-first', { amount: 500, reason: '失火', paidOn: '2026-11-02' }))).toMatchObject({ status: 409, code: 'action_not_allowed_now' });
  });

  it('is offered up to the township review and not once a 公示 has been posted', async () => {
    const { caseNumber } = await submit();
    await step('clerk', caseNumber, 'accept');
    await step('clerk', caseNumber, 'record-check', { result: '无收入' });
    expect(actions(await detail('reviewer', caseNumber))).toContain('pay-first');
    await step('clerk', caseNumber, 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-11-02' });
    await step('reviewer', caseNumber, 'township-review', { opinion: 'agree', reason: '属实' });
    expect(actions(await detail('reviewer', caseNumber))).toContain('pay-first');
    await step('clerk', caseNumber, 'publish-notice', { from: '2026-11-03', place: '村务公开栏', proposedMonthly: 500 });
    expect(actions(await detail('reviewer', caseNumber))).not.toContain('pay-first');
  });
});

describe('the paperwork after (补充说明)', () => {
  it('核对, 入户调查 and the township review follow; the township then confirms it: approved with the payment already made, nothing left to pay and never a 公示', async () => {
    const { caseNumber, idNumber } = await submit({ requestedAmount: 2000 });
    // Asked for more than the township may decide: what was paid first is what the paperwork settles.
    await step('reviewer', caseNumber, 'pay-first', { amount: 600, reason: '突发重病，无钱买药', paidOn: '2026-11-02' });
    clock = '2026-11-04T02:00:00.000Z';
    await step('clerk', caseNumber, 'record-check', { result: '家庭无其他收入' });
    const visited = await step('clerk', caseNumber, 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-11-03' });
    expect(visited.step).toBe('township-review');
    const reviewed = await step('reviewer', caseNumber, 'township-review', { opinion: 'agree', reason: '情况属实，先行救助符合规定' });
    expect(reviewed.step).toBe('decision');
    expect(actions(reviewed)).toEqual(expect.arrayContaining(['confirm-paid-first', 'close-paid-first']));
    expect(actions(reviewed)).not.toContain('approve');
    expect(actions(reviewed)).not.toContain('refuse');
    expect(actions(await detail('clerk', caseNumber))).not.toContain('publish-notice');

    const confirmed = await step('reviewer', caseNumber, 'confirm-paid-first');
    expect(confirmed).toMatchObject({ status: 'approved', approved: { amount: 600, fromMonth: '2026-11' } });
    expect(confirmed.dueDate).toBeUndefined();
    expect(confirmed.payments).toHaveLength(1);
    expect(actions(confirmed)).not.toContain('record-payment');
    expect(confirmed.events.map((e) => e.kind)).not.toContain('notice-published');

    const zh = await lookup(caseNumber, idNumber);
    expect(zh.paidFirst).toMatchObject({ amount: 600, paidOn: '2026-11-02', outcome: 'confirmed' });
    expect(zh.approved).toEqual({ monthly: 600, fromMonth: '2026-11' });
    expect(zh.steps.every((s) => s.state === 'done')).toBe(true);
  });

  it('when the paperwork shows it was not due, the township closes the case with the reason, which the applicant sees; the payment stays on record (no clawback here)', async () => {
    const { caseNumber, idNumber } = await submit();
    await step('reviewer', caseNumber, 'pay-first', { amount: 500, reason: '家中失火', paidOn: '2026-11-04' });
    await step('clerk', caseNumber, 'record-check', { result: '名下有存款 20 万元' });
    await step('clerk', caseNumber, 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-11-04' });
    await step('reviewer', caseNumber, 'township-review', { opinion: 'disagree', reason: '存款较多，不属于临时救助对象' });
    expect(await codeOf(await act('reviewer', caseNumber, 'close-paid-first', {}))).toMatchObject({ status: 422, field: 'reason' });
    const closed = await step('reviewer', caseNumber, 'close-paid-first', { reason: '经核对名下有存款 20 万元，不属于临时救助对象' });
    expect(closed.status).toBe('closed');
    expect(closed.payments).toHaveLength(1);
    expect(actions(closed)).toEqual([]);

    const en = await lookup(caseNumber, idNumber, 'en');
    expect(en.paidFirst).toMatchObject({ amount: 500, outcome: 'closed', closedReason: '经核对名下有存款 20 万元，不属于临时救助对象' });
    expect(en.paidFirst?.howToObject).toMatch(/60 days/);
    expect(en.payments).toHaveLength(1);
    // The timeline shows what happened, the payment made first included, and no step it will never reach.
    expect(en.steps.map((s) => [s.step, s.state])).toEqual([['apply', 'done'], ['accept', 'done'], ['survey', 'done'], ['township-review', 'done'], ['payment', 'done']]);
  });

  it('every step is in the audit chain and audit:verify passes on the database file', async () => {
    const mac = makeAuditMac(Buffer.from(dataKey, 'hex'));
    expect(await verifyAudit(t.services.db, mac)).toMatchObject({ ok: true });
    const run = spawnSync(process.execPath, ['scripts/audit-verify.ts'], { env: { ...process.env, DATABASE_URL: `file:${t.dbFile}`, MZY_DATA_KEY: dataKey }, encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('audit chain intact');
    expect(run.status).toBe(0);
  });
});
