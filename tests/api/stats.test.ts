// Issue 10, "numbers for the public" and "pictures for the county": GET /api/stats and GET /api/staff/dashboard on a
// real database, from a known set of 会同县 cases moved through takeAction as staff move them.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { cases } from '../../api/db/schema/index.ts';
import { takeAction } from '../../api/cases/takeAction.ts';
import type { ActionInput, ActionName } from '../../api/domain/casework/action.ts';
import type { StaffRole } from '../../api/domain/workflow.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { newKey, testApp, validClaim } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};

const act = async (caseNumber: string, role: StaffRole, action: ActionName, on: string, input: ActionInput = {}) => {
  const [row] = await t.services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
  await takeAction(t.services, { role, actor: 'staff:test', mayOpen: () => true }, { caseNumber, action, version: row!.version, input }, { on, at: `${on}T02:00:00.000Z` })
    .catch((e: Error) => { throw new Error(`${action} on ${on}: ${e.message}`); });
};

/** Accepted on 2026-10-09 and taken to the end of its 公示 (会同县 keeps 民主评议 for 低保). */
async function toNotice(caseNumber: string, proposedMonthly = 400) {
  await act(caseNumber, 'township-clerk', 'accept', '2026-10-09');
  await act(caseNumber, 'township-clerk', 'record-check', '2026-10-12', { result: '核对完成' });
  await act(caseNumber, 'township-clerk', 'record-visit', '2026-10-12', { staff: ['李四', '王五'], visitedOn: '2026-10-12' });
  await act(caseNumber, 'township-clerk', 'record-review', '2026-10-13', { result: '村民代表评议：情况属实' });
  await act(caseNumber, 'township-reviewer', 'township-review', '2026-10-13', { opinion: 'agree', reason: '属实' });
  await act(caseNumber, 'township-clerk', 'publish-notice', '2026-10-13', { from: '2026-10-14', place: '村务公开栏', proposedMonthly });
}

async function approved(caseNumber: string, amount: number, decidedOn: string, fromMonth: string) {
  await toNotice(caseNumber, amount);
  await act(caseNumber, 'county-approver', 'approve', decidedOn, { amount, fromMonth });
}

let serial = 0;
/** A household of `people` members of its own, in 会同县 `township`. */
function claimOf(township: string, people: number) {
  serial++;
  // The applicant born in 1941, 1942 …, the children (minors: no consent to sign) in 2011, 2012 …: every number its own.
  const id = (n: number) => demoIdNumber('431225', n === 0 ? `19${40 + serial}0101` : `${2010 + serial}0${n}01`, String(100 + n).slice(-3));
  const members = Array.from({ length: people }, (_, n) => ({ name: n === 0 ? '张三丰' : `张${'一二三四五六'[n]}`, idNumber: id(n), relation: n === 0 ? 'self' : 'child' }));
  return validClaim({ township, village: '枫木村', applicant: { name: '张三丰', idNumber: members[0]!.idNumber, phone: '13800138000' }, members, incomes: [], financeCheckConsents: [{ memberIndex: 0, agreed: true }] });
}

async function submit(township: string, people: number): Promise<string> {
  const res = await t.post('/api/cases', claimOf(township, people), { 'idempotency-key': newKey() });
  if (res.status !== 201) throw new Error(`claim refused: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

const paid = async (caseNumber: string, month: string, amount: number) => act(caseNumber, 'county-approver', 'record-payment', `${month}-10`, { month, amount, paidOn: `${month}-10` });

let clock = '2026-10-08T02:00:00.000Z';
const filed: Record<string, string> = {};

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock) });
  // 林城镇: 低保 households of 2, 2, 3 and 1 people; 坪村镇: one of 2 (its cells are under 5 people). Then a refusal
  // (income) in 林城镇, a refusal to accept (registration) in 坪村镇 and one case left open, overdue, in 林城镇.
  for (const [name, township, people] of [['lc2a', '林城镇', 2], ['lc2b', '林城镇', 2], ['lc3', '林城镇', 3], ['late', '林城镇', 1], ['pc2', '坪村镇', 2], ['refused', '林城镇', 1], ['notAccepted', '坪村镇', 1], ['open', '林城镇', 1]] as const) {
    filed[name] = await submit(township, people);
  }
  // All accepted on 2026-10-09 (a Friday; 10-10 is a make-up working day): decided 11, 11, 12, 13, 16 and 37 working days later.
  await approved(filed['lc2a']!, 400, '2026-10-23', '2026-11');
  await approved(filed['lc3']!, 520, '2026-10-23', '2026-11');
  await approved(filed['pc2']!, 333, '2026-10-26', '2026-11');
  await toNotice(filed['refused']!);
  await act(filed['refused']!, 'county-approver', 'refuse', '2026-10-27', { reason: '家庭人均收入高于当地低保标准', grounds: 'income' });
  await approved(filed['lc2b']!, 380.5, '2026-10-30', '2026-11');
  await approved(filed['late']!, 250, '2026-11-30', '2026-12');
  await act(filed['notAccepted']!, 'township-clerk', 'refuse-to-accept', '2026-10-09', { reason: '户籍不在本乡镇', grounds: 'registration' });
  await act(filed['open']!, 'township-clerk', 'accept', '2026-10-09');
  clock = '2026-12-15T02:00:00.000Z';
  for (const [name, amount] of [['lc2a', 400], ['lc2b', 380.5], ['lc3', 520], ['pc2', 333]] as const) await paid(filed[name]!, '2026-11', amount);
  await paid(filed['lc3']!, '2026-12', 520);
  await paid(filed['late']!, '2026-12', 250);
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['pcClerk'] = await staffMember(t, 'pc-clerk', 'township-clerk', { township: '坪村镇' });
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
  who['otherCounty'] = await staffMember(t, 'wa-approver', 'county-approver', { county: '522725' });
});

type Stats = {
  minCellPeople: number;
  months: string[];
  cells: ({ month: string; programme: string; township: string; suppressed: boolean; households?: number; people?: number; amount?: number })[];
  totals: { month: string; programme: string; households: number; people: number; amount: number; cellsLeftOut: number }[];
  medians: { programme: string; year: string; suppressed: boolean; decisions?: number; medianWorkingDays?: number }[];
};
const stats = async (query: string) => {
  const res = await t.app.request(`/api/stats?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Stats;
};

describe('GET /api/stats', () => {
  it('gives households, people and amounts paid per programme, township and month; a cell under 5 people only says it is suppressed', async () => {
    const res = await t.app.request('/api/stats?county=431225');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = (await res.json()) as Stats;
    expect(body.minCellPeople).toBe(5);
    expect(body.months).toEqual(['2026-12', '2026-11']);
    expect(body.cells).toEqual([
      // 2026-12: the households of 3 and 1 were paid: 4 people, under 5.
      { month: '2026-12', programme: 'dibao', township: '林城镇', suppressed: true },
      // Townships in pinyin order: 林城镇 (lín) before 坪村镇 (píng).
      { month: '2026-11', programme: 'dibao', township: '林城镇', suppressed: false, households: 3, people: 7, amount: 1300.5 },
      { month: '2026-11', programme: 'dibao', township: '坪村镇', suppressed: true },
    ]);
    // The totals add up the cells shown, and say how many were left out: 坪村镇's 333 元 and 2 people are in no figure.
    expect(body.totals).toEqual([
      { month: '2026-12', programme: 'dibao', households: 0, people: 0, amount: 0, cellsLeftOut: 1 },
      { month: '2026-11', programme: 'dibao', households: 3, people: 7, amount: 1300.5, cellsLeftOut: 1 },
    ]);
    const text = JSON.stringify(body);
    expect(text).not.toContain('333');
    expect(text).not.toContain('770');
    expect(text).not.toContain('张');
    for (const n of Object.values(filed)) expect(text).not.toContain(n);
  });

  it('the median time to decision counts working days from acceptance, over 5 decisions or more', async () => {
    const body = await stats('county=431225');
    // 低保 2026: 11, 11, 12, 13 (the refusal), 16 and 37 working days → median 12.5.
    expect(body.medians).toEqual([{ programme: 'dibao', year: '2026', suppressed: false, decisions: 6, medianWorkingDays: 12.5 }]);
  });

  it('a filter only picks cells: a township, a programme or months, with totals over what is shown', async () => {
    const pingcun = await stats(`county=431225&township=${encodeURIComponent('坪村镇')}`);
    expect(pingcun.cells).toEqual([{ month: '2026-11', programme: 'dibao', township: '坪村镇', suppressed: true }]);
    expect(pingcun.totals).toEqual([{ month: '2026-11', programme: 'dibao', households: 0, people: 0, amount: 0, cellsLeftOut: 1 }]);
    const november = await stats('county=431225&from=2026-11&to=2026-11');
    expect(november.cells.map((c) => c.township)).toEqual(['林城镇', '坪村镇']);
    expect((await stats('county=431225&programme=tekun')).cells).toEqual([]);
  });

  it('refuses an unknown county or a bad filter in the user\'s language', async () => {
    const unknown = await t.app.request('/api/stats?county=110101', { headers: { 'accept-language': 'en' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'stats_county_unknown', message: expect.stringContaining('no statistics') });
    const bad = await t.app.request('/api/stats?county=431225&from=2026-13');
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { field?: string }).field).toBe('from');
    expect((await t.app.request('/api/stats')).status).toBe(422);
  });
});

type Dashboard = {
  county: string;
  township?: string;
  byStep: { township: string; step: string; status: string; cases: number }[];
  overdue: { township: string; step: string; cases: number }[];
  decisions: { programme: string; decisions: number; approved: number; refused: number; medianWorkingDays: number; meanWorkingDays: number; limitWorkingDays: number; overLimit: number; bins: { from: number; to: number; count: number }[] }[];
  refusals: { kind: string; grounds: string | null; cases: number }[];
};
const board = async (as: StaffMember, query = '') => {
  const res = await t.app.request(`/api/staff/dashboard${query}`, { headers: as.headers });
  return { status: res.status, cacheControl: res.headers.get('cache-control'), body: (await res.json()) as Dashboard };
};

describe('GET /api/staff/dashboard', () => {
  it('a county approver sees the county: cases by step and township, overdue, time to decision against the limit, refusals by grounds', async () => {
    const { status, cacheControl, body } = await board(who['approver']!);
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body.township).toBeUndefined();
    // The open case is at its survey, due 10 working days after acceptance (2026-10-22): overdue on 2026-12-15.
    expect(body.byStep).toEqual([{ township: '林城镇', step: 'survey', status: 'open', cases: 1 }]);
    expect(body.overdue).toEqual([{ township: '林城镇', step: 'survey', cases: 1 }]);
    const [dibao] = body.decisions;
    // Limit: 10 (survey) + 5 (民主评议) + 5 (township review) + 公示 7 days (to 11-11: 4 working days) + 10 (county) = 34 working days, due 11-25.
    // The case decided on 11-30 (37 working days) is the one over it.
    expect(dibao).toMatchObject({ programme: 'dibao', decisions: 6, approved: 5, refused: 1, medianWorkingDays: 12.5, meanWorkingDays: 16.7, limitWorkingDays: 34, overLimit: 1 });
    expect(dibao!.bins).toEqual([0, 0, 4, 1, 0, 0, 0, 1].map((count, i) => ({ from: i * 5, to: i * 5 + 4, count })));
    expect(body.refusals.sort((a, b) => a.kind.localeCompare(b.kind))).toEqual([{ kind: 'not-accepted', grounds: 'registration', cases: 1 }, { kind: 'refused', grounds: 'income', cases: 1 }]);
  });

  it('a township clerk sees only their township; another township answers 404, another county sees none of it', async () => {
    const own = await board(who['pcClerk']!);
    expect(own.status).toBe(200);
    expect(own.body.township).toBe('坪村镇');
    expect(own.body.byStep).toEqual([]);
    expect(own.body.decisions.map((d) => [d.programme, d.decisions])).toEqual([['dibao', 1]]);
    expect(own.body.refusals).toEqual([{ kind: 'not-accepted', grounds: 'registration', cases: 1 }]);
    expect((await board(who['pcClerk']!, `?township=${encodeURIComponent('林城镇')}`)).status).toBe(404);
    const one = await board(who['approver']!, `?township=${encodeURIComponent('坪村镇')}`);
    expect(one.body.decisions.map((d) => d.decisions)).toEqual([1]);
    const other = await board(who['otherCounty']!);
    expect(other.body).toMatchObject({ county: '522725', byStep: [], overdue: [], decisions: [], refusals: [] });
    expect((await t.app.request('/api/staff/dashboard')).status).toBe(401);
  });

  it('a refusal\'s grounds must be one of the list', async () => {
    const caseNumber = await submit('林城镇', 1);
    await expect(act(caseNumber, 'township-clerk', 'refuse-to-accept', '2026-12-15', { reason: '材料不实', grounds: 'bribery' })).rejects.toThrow(/action_input_invalid/);
  });
});
