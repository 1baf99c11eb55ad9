// The statistics' known set of 会同县 cases, moved through takeAction as staff move them, each action on its day: shared
// by the API test (tests/api/stats.test.ts) and the page test (tests/api/statsPage.test.ts).
import { eq } from 'drizzle-orm';
import { cases } from '../../api/db/schema/index.ts';
import { takeAction } from '../../api/cases/takeAction.ts';
import type { ActionInput, ActionName } from '../../api/domain/casework/action.ts';
import type { StaffRole } from '../../api/domain/workflow.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { newKey, validClaim, type testApp } from './testApp.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

export const act = async (t: TestApp, caseNumber: string, role: StaffRole, action: ActionName, on: string, input: ActionInput = {}) => {
  const [row] = await t.services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
  await takeAction(t.services, { role, actor: 'staff:test', mayOpen: () => true }, { caseNumber, action, version: row!.version, input }, { on, at: `${on}T02:00:00.000Z` })
    .catch((e: Error) => { throw new Error(`${action} on ${on}: ${e.message}`); });
};

/** Accepted on 2026-10-09 and taken to the end of its 公示 (会同县 keeps 民主评议 for 低保). */
async function toNotice(t: TestApp, caseNumber: string, proposedMonthly = 400) {
  await act(t, caseNumber, 'township-clerk', 'accept', '2026-10-09');
  await act(t, caseNumber, 'township-clerk', 'record-check', '2026-10-12', { result: '核对完成' });
  await act(t, caseNumber, 'township-clerk', 'record-visit', '2026-10-12', { staff: ['李四', '王五'], visitedOn: '2026-10-12' });
  await act(t, caseNumber, 'township-clerk', 'record-review', '2026-10-13', { result: '村民代表评议：情况属实' });
  await act(t, caseNumber, 'township-reviewer', 'township-review', '2026-10-13', { opinion: 'agree', reason: '属实' });
  await act(t, caseNumber, 'township-clerk', 'publish-notice', '2026-10-13', { from: '2026-10-14', place: '村务公开栏', proposedMonthly });
}

async function approved(t: TestApp, caseNumber: string, amount: number, decidedOn: string, fromMonth: string) {
  await toNotice(t, caseNumber, amount);
  await act(t, caseNumber, 'county-approver', 'approve', decidedOn, { amount, fromMonth });
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

/** Each filed case's query code by case number, for what the applicant does with it (a rating). */
export const queryCodes = new Map<string, string>();

export async function submit(t: TestApp, township: string, people: number): Promise<string> {
  const res = await t.post('/api/cases', claimOf(township, people), { 'idempotency-key': newKey() });
  if (res.status !== 201) throw new Error(`claim refused: ${res.status} ${await res.text()}`);
  const { caseNumber, queryCode } = (await res.json()) as { caseNumber: string; queryCode: string };
  queryCodes.set(caseNumber, queryCode);
  return caseNumber;
}

const paid = async (t: TestApp, caseNumber: string, month: string, amount: number) => act(t, caseNumber, 'county-approver', 'record-payment', `${month}-10`, { month, amount, paidOn: `${month}-10` });

/**
 * Files and moves the known cases; `setClock` moves the app's clock (claims are filed on 2026-10-08, payments recorded
 * on 2026-12-15). Returns the case numbers by name.
 */
export async function seedKnownCases(t: TestApp, setClock: (iso: string) => void): Promise<Record<string, string>> {
  const filed: Record<string, string> = {};
  setClock('2026-10-08T02:00:00.000Z');
  // 林城镇: 低保 households of 2, 2, 3 and 1 people; 坪村镇: one of 2 (its cells are under 5 people). Then a refusal
  // (income) in 林城镇, a refusal to accept (registration) in 坪村镇 and one case left open, overdue, in 林城镇.
  for (const [name, township, people] of [['lc2a', '林城镇', 2], ['lc2b', '林城镇', 2], ['lc3', '林城镇', 3], ['late', '林城镇', 1], ['pc2', '坪村镇', 2], ['refused', '林城镇', 1], ['notAccepted', '坪村镇', 1], ['open', '林城镇', 1]] as const) {
    filed[name] = await submit(t, township, people);
  }
  // All accepted on 2026-10-09 (a Friday; 10-10 is a make-up working day): decided 11, 11, 12, 13, 16 and 37 working days later.
  await approved(t, filed['lc2a']!, 400, '2026-10-23', '2026-11');
  await approved(t, filed['lc3']!, 520, '2026-10-23', '2026-11');
  await approved(t, filed['pc2']!, 333, '2026-10-26', '2026-11');
  await toNotice(t, filed['refused']!);
  await act(t, filed['refused']!, 'county-approver', 'refuse', '2026-10-27', { reason: '家庭人均收入高于当地低保标准', grounds: 'income' });
  await approved(t, filed['lc2b']!, 380.5, '2026-10-30', '2026-11');
  await approved(t, filed['late']!, 250, '2026-11-30', '2026-12');
  await act(t, filed['notAccepted']!, 'township-clerk', 'refuse-to-accept', '2026-10-09', { reason: '户籍不在本乡镇', grounds: 'registration' });
  await act(t, filed['open']!, 'township-clerk', 'accept', '2026-10-09');
  setClock('2026-12-15T02:00:00.000Z');
  for (const [name, amount] of [['lc2a', 400], ['lc2b', 380.5], ['lc3', 520], ['pc2', 333]] as const) await paid(t, filed[name]!, '2026-11', amount);
  await paid(t, filed['lc3']!, '2026-12', 520);
  await paid(t, filed['late']!, '2026-12', 250);
  return filed;
}
