// Moves a demo case along its workflow by the same actions township and county staff take (api/cases/takeAction.ts),
// each dated the day a person would have taken it.
import { eq } from 'drizzle-orm';
import { cases } from '../schema/index.ts';
import { addDays, chinaDate } from '../../domain/calendarDate.ts';
import type { ActionInput, ActionName } from '../../domain/casework/action.ts';
import { addWorkingDays } from '../../domain/workingDays.ts';
import { nextMonth, type StaffRole } from '../../domain/workflow.ts';
import { takeAction, type ActionResult } from '../../cases/takeAction.ts';
import type { Services } from '../../services.ts';
import type { DemoCase } from './demoPeople.ts';

export async function advanceDemoCase(services: Services, caseNumber: string, demo: DemoCase, submittedOn: string): Promise<void> {
  const { db, calendar } = services;
  let on = submittedOn;
  let last: ActionResult | undefined;
  const act = async (role: StaffRole, action: ActionName, input: ActionInput = {}) => {
    const [row] = await db.select({ version: cases.version }).from(cases).where(eq(cases.caseNo, caseNumber));
    last = await takeAction(services, { role, actor: 'staff:demo', mayOpen: () => true }, { caseNumber, action, version: row!.version, input }, { on, at: `${on}T02:00:00.000Z` });
  };
  const later = (workingDays: number) => (on = addWorkingDays(on, workingDays, calendar).date);

  if (demo.stage === 'submitted') return;
  later(1);
  if (demo.stage === 'supplement') return act('township-clerk', 'request-documents', { items: ['户口簿(全家每一页)的照片', '残疾人证的照片'] });
  await act('township-clerk', 'accept');
  later(2);
  await act('township-clerk', 'record-check', { result: '核对完成：家庭人均收入与财产情况已比对' });
  later(3);
  await act('township-clerk', 'record-visit', { staff: ['演示工作人员甲', '演示工作人员乙'], visitedOn: on });
  if (last!.context.steps.some((s) => s.step === 'democratic-review')) {
    later(2);
    await act('township-clerk', 'record-review', { result: '村民代表评议：情况属实' });
  }
  later(3);
  await act('township-reviewer', 'township-review', { opinion: 'agree', reason: '经审核，情况属实，建议批准' });
  await act('township-clerk', 'publish-notice', { from: addDays(on, 1), place: noticeBoard(demo), proposedMonthly: 375 });
  if (demo.stage === 'notice') return;
  on = addWorkingDays(last!.row.noticeTo!, 5, calendar).date;
  if (demo.stage === 'refused') return act('county-approver', 'refuse', { reason: '经核对, 家庭人均月收入高于本县城市低保标准, 不符合低保条件。' });
  await act('county-approver', 'approve', { amount: 375, fromMonth: nextMonth(on.slice(0, 7)) });
  const today = chinaDate(services.now());
  for (let month = last!.row.approvedFromMonth!; `${month}-10` <= today; month = nextMonth(month)) {
    on = `${month}-10`;
    await act('county-approver', 'record-payment', { month, amount: 375, paidOn: on });
  }
}

/** Where the 公示 is posted: the village's 村务 or the community's 居务 board, else the township's. */
function noticeBoard(demo: DemoCase): string {
  if (!demo.village) return `${demo.township}公示栏`;
  return `${demo.township}${demo.village}${demo.village.endsWith('社区') ? '居务' : '村务'}公开栏`;
}
