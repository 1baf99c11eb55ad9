// 批准: the amount and the first month paid (从作出决定之日下月起, casework-facts.md §1a–b), and the review date.
import { addMonths, nextMonth } from '../../workflow.ts';
import { amountOf, appended, invalid, monthOf, type ActionRule } from '../action.ts';
import { decisionAllowed, noticeEnded } from './decisionTiming.ts';

export const approve: ActionRule = {
  name: 'approve',
  step: 'decision',
  fields: [
    { name: 'amount', kind: 'amount', required: true },
    { name: 'fromMonth', kind: 'month', required: true },
    { name: 'irregularIncome', kind: 'boolean', required: false },
  ],
  allowedNow: decisionAllowed,
  events: (state, input, context) => {
    const amount = amountOf(input, 'amount');
    const byTownship = context.steps.find((s) => s.step === 'decision')?.only === 'withinTownshipLimit';
    if (!amount || (byTownship && (context.townshipLinshiLimit === undefined || amount > context.townshipLinshiLimit))) return invalid('amount');
    const fromMonth = monthOf(input, 'fromMonth');
    const once = context.programme === 'linshi-jiuzhu';
    if (!fromMonth || fromMonth < (once ? context.today.slice(0, 7) : nextMonth(context.today.slice(0, 7)))) return invalid('fromMonth');
    const review = context.review;
    const months = review && (input['irregularIncome'] === true ? review.irregularIncomeMonths ?? review.months : review.months);
    const reviewOn = months ? addMonths(context.today, months) : undefined;
    const reason = once ? `批准临时救助 ${amount} 元` : `批准，每月 ${amount} 元，自 ${fromMonth} 起`;
    return appended(...noticeEnded(state, context), { kind: 'approved', step: 'decision', reason, on: context.today, detail: { monthly: amount, fromMonth, ...(reviewOn ? { reviewOn } : {}) } });
  },
};
