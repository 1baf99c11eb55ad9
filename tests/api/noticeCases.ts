// Cases brought to their 公示 the way staff bring them, for the 公示 tests (API and pages).
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { takeAction } from '../../api/cases/takeAction.ts';
import { cases } from '../../api/db/schema/index.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { addDays } from '../../api/domain/calendarDate.ts';
import type { ActionInput, ActionName } from '../../api/domain/casework/action.ts';
import type { StaffRole } from '../../api/domain/workflow.ts';
import { newKey, validClaim, type testApp } from './testApp.ts';

type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Moves a claim to its 公示 by the actions staff take, each on its day; the 公示 runs from `from` for 7 days. */
export async function movedToNotice(t: TestApp, caseNumber: string, from: string, proposedMonthly: number, place = '村务公开栏') {
  const act = async (role: StaffRole, action: ActionName, on: string, input: ActionInput = {}) => {
    const [{ version }] = await t.services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber)) as [{ version: number }];
    await takeAction(t.services, { role, actor: 'staff:test', mayOpen: () => true }, { caseNumber, action, version, input }, { on, at: `${on}T02:00:00.000Z` }).catch((e: Error) => { throw new Error(`${action}: ${e.message}`); });
  };
  const before = addDays(from, -5);
  await act('township-clerk', 'accept', before);
  await act('township-clerk', 'record-check', before, { result: '核对完成' });
  await act('township-clerk', 'record-visit', before, { staff: ['李四', '王五'], visitedOn: before });
  await act('township-clerk', 'record-review', before, { result: '村民代表评议：情况属实' });
  await act('township-reviewer', 'township-review', before, { opinion: 'agree', reason: '属实' });
  await act('township-clerk', 'publish-notice', before, { from, place, proposedMonthly });
}

/** A claim of its own household (the applicant and, when given, minors of it) in 会同县. */
export async function filedClaim(t: TestApp, name: string, place: { township: string; village: string }, birth: string, extra: { name: string; birth: string }[] = []) {
  const idNumber = demoIdNumber('431225', birth, '031');
  const members = [{ name, idNumber, relation: 'self' }, ...extra.map((m) => ({ name: m.name, idNumber: demoIdNumber('431225', m.birth, '042'), relation: 'grandchild' }))];
  const res = await t.post('/api/cases', validClaim({ ...place, applicant: { name, idNumber, phone: '13800138000' }, members }), { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return { caseNumber: ((await res.json()) as { caseNumber: string }).caseNumber, idNumber };
}

