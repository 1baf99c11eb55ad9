// 补齐手续: the paperwork after a 先行救助 bears it out, and whoever decides on the case's path confirms what was paid;
// the case is approved with the payment already made (nothing more is paid). A conflict-of-interest case takes two
// approvers here as approve does (twoApprovers.ts); the one who paid first counts as having acted on it.
import { appended, type ActionRule } from '../action.ts';
import { approvalBar, isFirstOfTwo } from '../twoApprovers.ts';
import { decisionAllowed } from './decisionTiming.ts';

export const confirmPaidFirst: ActionRule = {
  name: 'confirm-paid-first',
  step: 'decision',
  fields: [],
  allowedNow: (state, context) => state.paidFirst !== undefined && decisionAllowed(state, context),
  barred: (state, context) => approvalBar(state, context.approval),
  events: (state, _input, context) => {
    const { amount, paidOn } = state.paidFirst!;
    const fromMonth = paidOn.slice(0, 7);
    if (isFirstOfTwo(state, context.approval)) {
      const detail = { approver: context.approval!.approver, monthly: amount, fromMonth };
      return appended({ kind: 'first-approval', step: 'decision', reason: `第一位审批人确认先行救助 ${amount} 元，按本系统要求待第二位无关联审批人确认`, on: context.today, detail });
    }
    const reason = `补齐手续，确认先行救助 ${amount} 元`;
    return appended({ kind: 'approved', step: 'decision', reason: state.firstApproval ? `${reason}（第二位审批人）` : reason, on: context.today, detail: { monthly: amount, fromMonth } });
  },
};
