// 批准: the amount and the first month paid (从作出决定之日下月起, casework-facts.md §1a–b), and the review date.
// A conflict-of-interest case takes two approvers (twoApprovers.ts): the first records a first approval and the case
// waits; the second, with the same amount and month, approves it.
import { addMonths, nextMonth } from '../../workflow.ts';
import { amountOf, appended, invalid, monthOf, type ActionRule } from '../action.ts';
import { approvalBar, isFirstOfTwo } from '../twoApprovers.ts';
import { approvalAllowed, noticeEnded } from './decisionTiming.ts';

export const approve: ActionRule = {
  name: 'approve',
  step: 'decision',
  fields: [
    { name: 'amount', kind: 'amount', required: true },
    { name: 'fromMonth', kind: 'month', required: true },
    { name: 'irregularIncome', kind: 'boolean', required: false },
  ],
  // A case paid first is settled by confirm-paid-first / close-paid-first, at the amount already paid.
  allowedNow: (state, context) => state.paidFirst === undefined && approvalAllowed(state, context),
  barred: (state, context) => approvalBar(state, context.approval),
  events: (state, input, context) => {
    const amount = amountOf(input, 'amount');
    const byTownship = context.steps.find((s) => s.step === 'decision')?.only === 'withinTownshipLimit';
    if (!amount || (byTownship && (context.townshipLinshiLimit === undefined || amount > context.townshipLinshiLimit))) return invalid('amount');
    const fromMonth = monthOf(input, 'fromMonth');
    const once = context.programme === 'linshi-jiuzhu';
    if (!fromMonth || fromMonth < (once ? context.today.slice(0, 7) : nextMonth(context.today.slice(0, 7)))) return invalid('fromMonth');
    if (isFirstOfTwo(state, context.approval)) {
      const detail = { approver: context.approval!.approver, monthly: amount, fromMonth };
      return appended(...noticeEnded(state, context), { kind: 'first-approval', step: 'decision', reason: `第一位审批人同意（每月 ${amount} 元，自 ${fromMonth} 起），按本系统要求待第二位无关联审批人审批`, on: context.today, detail });
    }
    // The second approver confirms what the first approved; a different figure is a new first approval, not a second.
    if (state.firstApproval && amount !== state.firstApproval.amount) return invalid('amount');
    if (state.firstApproval && fromMonth !== state.firstApproval.fromMonth) return invalid('fromMonth');
    const review = context.review;
    const months = review && (input['irregularIncome'] === true ? review.irregularIncomeMonths ?? review.months : review.months);
    const reviewOn = months ? addMonths(context.today, months) : undefined;
    const reason = once ? `批准临时救助 ${amount} 元` : `批准，每月 ${amount} 元，自 ${fromMonth} 起`;
    return appended(...noticeEnded(state, context), { kind: 'approved', step: 'decision', reason: state.firstApproval ? `${reason}（第二位审批人）` : reason, on: context.today, detail: { monthly: amount, fromMonth, ...(reviewOn ? { reviewOn } : {}) } });
  },
};
