// Issue 9, 特困 "未成年人不公示" (casework-facts.md §1b): a minor's case goes from the township review to the county
// with no 公示, an adult's is posted; minority counts on the day the case reaches the 公示 — on a real database.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEvents, cases } from '../../api/db/schema/index.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { signInAgain, staffMember, type StaffMember } from './staffAccounts.ts';
import { newKey, testApp, validClaim } from './testApp.ts';

// Monday 2 November 2026, 10:00 in China.
let clock = '2026-11-02T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};
const signedInAt = new Map<string, string>();

/** The member, signed in again when a test has moved the clock since (sessions end after 30 idle minutes). */
async function as(key: string): Promise<StaffMember> {
  const member = who[key]!;
  if (signedInAt.get(key) !== clock) {
    who[key] = await signInAgain(t, member.username);
    signedInAt.set(key, clock);
  }
  return who[key]!;
}

interface StaffCase { status: string; step: string; version: number; dueDate?: string; steps: { step: string; state: string }[]; events: { kind: string }[]; allowedActions: { action: string }[]; notice?: unknown }
interface Lookup { steps: { step: string; state: string; dueOn?: string }[]; publicNotice?: unknown }

/** A 特困 claim in 会同县 林城镇 by an applicant born on `birth` (YYYYMMDD). */
async function submit(birth: string, seq: string) {
  const idNumber = demoIdNumber('431225', birth, seq);
  const claim = validClaim({
    programme: 'tekun', applicant: { name: '龙小梅', idNumber, phone: '13800138000' }, members: [{ name: '龙小梅', idNumber, relation: 'self' }],
    incomes: [], reason: '父母双亡，无人抚养。',
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
const lookup = async (n: string, idNumber: string) => (await (await t.post('/api/cases/lookup', { caseNumber: n, factor: idNumber.slice(-6) })).json()) as Lookup;

/** Accepted and surveyed on 2 November; the township review on `reviewOn` (China date, 10:00). */
async function toTownshipReview(n: string, reviewOn: string) {
  clock = '2026-11-02T02:00:00.000Z';
  await step('clerk', n, 'accept');
  await step('clerk', n, 'record-check', { result: '无收入，无财产' });
  await step('clerk', n, 'record-visit', { staff: ['李四', '王五'], visitedOn: '2026-11-02' });
  clock = `${reviewOn}T02:00:00.000Z`;
  return step('reviewer', n, 'township-review', { opinion: 'agree', reason: '符合特困供养条件' });
}

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock) });
  for (const [key, username, role] of [['clerk', 'lc-clerk', 'township-clerk'], ['reviewer', 'lc-reviewer', 'township-reviewer'], ['approver', 'ht-approver', 'county-approver']] as const) {
    who[key] = await staffMember(t, username, role);
    signedInAt.set(key, clock);
  }
});

describe('特困: no 公示 for a minor', () => {
  it('a 14-year-old’s case goes from the township review to the county: no 公示 step, nothing to post, the county’s 15 working days counted from the review, and the county may decide at once', async () => {
    const { caseNumber, idNumber } = await submit('20120501', '051');
    const reviewed = await toTownshipReview(caseNumber, '2026-11-05');
    expect(reviewed).toMatchObject({ step: 'county-approval', dueDate: '2026-11-26' });
    expect(reviewed.steps.map((s) => s.step)).not.toContain('public-notice');
    expect(actions(await detail('clerk', caseNumber))).not.toContain('publish-notice');
    const posted = await act('clerk', caseNumber, 'publish-notice', { from: '2026-11-06', place: '村务公开栏', proposedMonthly: 500 });
    expect(posted.status).toBe(409);
    expect(((await posted.json()) as { code: string }).code).toBe('action_not_allowed_now');
    // The queue shows where it stands from its row.
    const queue = (await (await t.app.request('/api/staff/cases', { headers: (await as('clerk')).headers })).json()) as { cases: { caseNumber: string; step: string; dueDate?: string }[] };
    expect(queue.cases.find((c) => c.caseNumber === caseNumber)).toMatchObject({ step: 'county-approval', dueDate: '2026-11-26' });
    // The applicant's 查进度: the county is next, no 公示 anywhere.
    const view = await lookup(caseNumber, idNumber);
    expect(view.steps.map((s) => s.step)).not.toContain('public-notice');
    expect(view.steps.find((s) => s.state === 'current')).toMatchObject({ step: 'county-approval', dueOn: '2026-11-26' });
    expect(view.publicNotice).toBeUndefined();

    const approved = await step('approver', caseNumber, 'approve', { amount: 700, fromMonth: '2026-12' });
    expect(approved.status).toBe('approved');
    expect(approved.events.map((e) => e.kind)).not.toContain('notice-published');
    const [row] = await t.services.db.select().from(cases).where(eq(cases.caseNo, caseNumber));
    expect(row).toMatchObject({ noticeFrom: null, noticeTo: null, noticePlace: null });
    expect((await t.services.db.select({ kind: auditEvents.kind }).from(auditEvents).where(eq(auditEvents.caseId, row!.id))).map((e) => e.kind)).not.toContain('notice-published');
  });

  it('an adult’s case goes to 公示: the clerk posts it for 7 days and the county may not decide before it ends', async () => {
    const { caseNumber } = await submit('19500301', '052');
    const reviewed = await toTownshipReview(caseNumber, '2026-11-05');
    expect(reviewed.step).toBe('public-notice');
    expect(actions(await detail('clerk', caseNumber))).toContain('publish-notice');
    const posted = await step('clerk', caseNumber, 'publish-notice', { from: '2026-11-06', place: '村务公开栏', proposedMonthly: 500 });
    expect(posted).toMatchObject({ step: 'public-notice', dueDate: '2026-11-12', notice: { from: '2026-11-06', to: '2026-11-12' } });
    expect((await act('approver', caseNumber, 'approve', { amount: 700, fromMonth: '2026-12' })).status).toBe(409);
  });

  it('minority counts on the day the case reaches the 公示: reviewed on the 18th birthday (still 不满十八周岁) it is not posted; reviewed the day after, it is', async () => {
    // Born 4 November 2008: 17 when both claims were made on 2 November 2026.
    const onBirthday = await submit('20081104', '053');
    expect((await toTownshipReview(onBirthday.caseNumber, '2026-11-04')).step).toBe('county-approval');
    const dayAfter = await submit('20081104', '054');
    expect((await toTownshipReview(dayAfter.caseNumber, '2026-11-05')).step).toBe('public-notice');
    // Once reached, the path stays as decided that day, whatever the date now.
    clock = '2026-11-20T02:00:00.000Z';
    expect((await detail('clerk', onBirthday.caseNumber)).steps.map((s) => s.step)).not.toContain('public-notice');
  });

  it('the staff queue opens no sealed claim to show where cases stand', async () => {
    const clerk = await as('clerk');
    const open = vi.spyOn(t.services.sealer, 'open');
    const res = await t.app.request('/api/staff/cases', { headers: clerk.headers });
    expect(res.status).toBe(200);
    expect(open).not.toHaveBeenCalled();
    open.mockRestore();
  });
});
