// Moves a demo case along its workflow, with dated events, as township and county staff would.
import { eq } from 'drizzle-orm';
import { cases, payments } from '../schema/index.ts';
import { addDays, chinaDate } from '../../domain/calendarDate.ts';
import { addWorkingDays } from '../../domain/workingDays.ts';
import { PUBLIC_NOTICE_DAYS, type StepId } from '../../domain/workflow.ts';
import { appendAudit, type AuditEvent } from '../../audit/chain.ts';
import type { Services } from '../../services.ts';
import type { DemoCase } from './demoPeople.ts';

export async function advanceDemoCase(services: Services, caseId: number, demo: DemoCase, submittedOn: string): Promise<void> {
  const { db, calendar } = services;
  let on = submittedOn;
  // The case row and the event that sets it commit together (caseState.ts says which kinds set which fields).
  const record = (event: Omit<AuditEvent, 'caseId' | 'actor'>, row?: Partial<typeof cases.$inferInsert>) =>
    db.transaction(async (tx) => {
      if (row) await tx.update(cases).set(row).where(eq(cases.id, caseId));
      await appendAudit(tx, { ...event, caseId, actor: 'staff:demo' });
    });
  const done = async (step: StepId, workingDays: number, reason: string) => {
    on = addWorkingDays(on, workingDays, calendar).date;
    await record({ kind: 'step-done', step, reason, at: `${on}T02:00:00.000Z`, on });
  };
  if (demo.stage === 'submitted') return;
  if (demo.stage === 'supplement') {
    const items = ['户口簿(全家每一页)的照片', '残疾人证的照片'];
    await record({ kind: 'supplement-requested', reason: '一次性告知: 户口簿, 残疾人证', detail: { items }, at: services.now().toISOString(), on: chinaDate(services.now()) }, { status: 'supplement', supplementItems: items });
    return;
  }
  await done('accept', 1, '材料齐全, 受理');
  await done('survey', 5, '核对完成, 两名工作人员入户调查');
  await done('township-review', 3, '乡镇审核通过');
  const notice = { noticeFrom: addDays(on, 1), noticeTo: addDays(addDays(on, 1), PUBLIC_NOTICE_DAYS - 1), noticePlace: noticeBoard(demo) };
  await record({ kind: 'notice-published', reason: '张榜公示', detail: { from: notice.noticeFrom, to: notice.noticeTo, place: notice.noticePlace }, at: `${on}T08:00:00.000Z`, on }, notice);
  if (demo.stage === 'notice') return;
  on = notice.noticeTo;
  await record({ kind: 'step-done', step: 'public-notice', reason: '公示期满无异议', at: `${on}T10:00:00.000Z`, on });
  await done('county-approval', 5, demo.stage === 'approved' ? '县民政局审批同意' : '县民政局审批不同意');
  on = addWorkingDays(on, 1, calendar).date;
  const decided = { step: 'decision' as const, at: `${on}T02:00:00.000Z`, on };
  if (demo.stage === 'refused') {
    const reason = '经核对, 家庭人均月收入高于本县城市低保标准, 不符合低保条件。';
    await record({ ...decided, kind: 'refused', reason: '不予批准', detail: { reason } }, { status: 'refused', refusalReason: reason });
    return;
  }
  const fromMonth = nextMonth(on.slice(0, 7));
  await record({ ...decided, kind: 'approved', reason: '批准', detail: { monthly: 375, fromMonth } }, { status: 'approved', approvedMonthly: 375, approvedFromMonth: fromMonth });
  let month = fromMonth;
  const today = chinaDate(services.now());
  while (`${month}-10` <= today) {
    await db.insert(payments).values({ caseId, month, amount: 375, paidOn: `${month}-10` });
    month = nextMonth(month);
  }
  if (month !== fromMonth) await record({ kind: 'step-done', step: 'payment', reason: '按月发放', at: `${fromMonth}-10T02:00:00.000Z`, on: `${fromMonth}-10` });
}

/** Where the 公示 is posted: the village's 村务 or the community's 居务 board, else the township's. */
function noticeBoard(demo: DemoCase): string {
  if (!demo.village) return `${demo.township}公示栏`;
  return `${demo.township}${demo.village}${demo.village.endsWith('社区') ? '居务' : '村务'}公开栏`;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
