// Known cases for the statistics' browser tests, in 会同县 townships no other spec uses (团河镇, 堡子镇): claims filed
// as a resident files them, then moved on the server's database through takeAction, the one way a case moves, each
// action on its own (past) day, as the demo seed moves its cases.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { takeAction } from '../../../api/cases/takeAction.ts';
import { cases } from '../../../api/db/schema/index.ts';
import type { ActionInput, ActionName } from '../../../api/domain/casework/action.ts';
import type { StaffRole } from '../../../api/domain/workflow.ts';
import { openServices } from '../../../api/openServices.ts';
import { freshIdNumber } from './people.ts';

/** A household of `people` in `township`: a grandmother and grandchildren no other test files for. */
async function fileHousehold(request: APIRequestContext, township: string, people: number): Promise<{ caseNumber: string; queryCode: string }> {
  const id = (n: number) => freshIdNumber('431225', n === 0 ? 1950 : 2012);
  const members = Array.from({ length: people }, (_, n) => ({ name: n === 0 ? '杨秀英' : `杨${'一二三四五六'[n]}`, idNumber: id(n), relation: n === 0 ? 'self' : 'grandchild' }));
  const claim = {
    programme: 'dibao', county: '431225', township, hukou: 'rural', applicant: { name: '杨秀英', idNumber: members[0]!.idNumber, phone: '13800138000' }, members,
    incomes: [], assets: { description: '自住房一处' }, reason: '年老体弱，无收入。', nearKinDeclaration: { hasNearKin: false },
    financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  const res = await request.post('api/cases', { data: claim, headers: { 'idempotency-key': randomUUID() } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { caseNumber: string; queryCode: string };
}

/**
 * 团河镇: three households of 2 approved (decided 11, 12 and 16 working days after acceptance on 2026-10-09) and paid
 * for 2026-11 — 6 people, a cell shown; 堡子镇: one household of 2, paid the same month — a cell under 5, suppressed.
 * Each household then rates the service (three 非常满意, 堡子镇's 不满意, which opens a follow-up), and a question is asked.
 */
export async function seedStatsCases(request: APIRequestContext) {
  const filed = {
    tuanhe: [await fileHousehold(request, '团河镇', 2), await fileHousehold(request, '团河镇', 2), await fileHousehold(request, '团河镇', 2)],
    baozi: await fileHousehold(request, '堡子镇', 2),
  };
  const services = await openServices();
  try {
    const act = async (caseNumber: string, role: StaffRole, action: ActionName, on: string, input: ActionInput = {}) => {
      const [row] = await services.db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
      await takeAction(services, { role, actor: 'staff:e2e', mayOpen: () => true }, { caseNumber, action, version: row!.version, input }, { on, at: `${on}T02:00:00.000Z` });
    };
    const decide = async (caseNumber: string, decidedOn: string, amount: number) => {
      await act(caseNumber, 'township-clerk', 'accept', '2026-10-09');
      await act(caseNumber, 'township-clerk', 'record-check', '2026-10-12', { result: '核对完成' });
      await act(caseNumber, 'township-clerk', 'record-visit', '2026-10-12', { staff: ['李四', '王五'], visitedOn: '2026-10-12' });
      await act(caseNumber, 'township-clerk', 'record-review', '2026-10-13', { result: '村民代表评议：情况属实' });
      await act(caseNumber, 'township-reviewer', 'township-review', '2026-10-13', { opinion: 'agree', reason: '属实' });
      await act(caseNumber, 'township-clerk', 'publish-notice', '2026-10-13', { from: '2026-10-14', place: '村务公开栏', proposedMonthly: amount });
      await act(caseNumber, 'county-approver', 'approve', decidedOn, { amount, fromMonth: '2026-11' });
      await act(caseNumber, 'county-approver', 'record-payment', '2026-11-10', { month: '2026-11', amount, paidOn: '2026-11-10' });
    };
    await decide(filed.tuanhe[0]!.caseNumber, '2026-10-23', 410);
    await decide(filed.tuanhe[1]!.caseNumber, '2026-10-26', 395);
    await decide(filed.tuanhe[2]!.caseNumber, '2026-10-30', 388);
    await decide(filed.baozi.caseNumber, '2026-10-23', 366);
  } finally {
    services.client.close();
  }
  for (const [claim, level] of [...filed.tuanhe.map((c) => [c, 5] as const), [filed.baozi, 2] as const]) {
    const rated = await request.post('api/ratings', { data: { caseNumber: claim.caseNumber, queryCode: claim.queryCode, level } });
    expect(rated.status(), await rated.text()).toBe(201);
  }
  const asked = await request.post('api/reports', { data: { kind: 'question', county: '431225', about: 'programme', programme: 'dibao', text: '低保每年复核几次？' } });
  expect(asked.status(), await asked.text()).toBe(201);
  return filed;
}
