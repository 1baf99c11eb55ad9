// 发放: one month paid at the approved amount (按月发放, 社会救助法 §18); 临时救助 is paid once.
import { amountOf, appended, dateOf, invalid, monthOf, type ActionRule } from '../action.ts';

export const recordPayment: ActionRule = {
  name: 'record-payment',
  step: 'payment',
  fields: [{ name: 'month', kind: 'month', required: true }, { name: 'amount', kind: 'amount', required: true }, { name: 'paidOn', kind: 'date', required: true }],
  allowedNow: (state, context) =>
    state.status === 'approved' && context.steps.some((s) => s.step === 'payment') && !(context.programme === 'linshi-jiuzhu' && state.paidMonths.length > 0),
  events: (state, input, { today }) => {
    const month = monthOf(input, 'month');
    if (!month || !state.approved || month < state.approved.fromMonth || state.paidMonths.includes(month)) return invalid('month');
    // The roll pays the approved amount, never a figure typed in (截留克扣, casework-facts.md §10).
    if (amountOf(input, 'amount') !== state.approved.amount) return invalid('amount');
    const paidOn = dateOf(input, 'paidOn');
    if (!paidOn || paidOn > today || (state.done.decision !== undefined && paidOn < state.done.decision)) return invalid('paidOn');
    return appended({ kind: 'payment-recorded', step: 'payment', reason: `${month} 已发放`, on: paidOn, detail: { month, amount: state.approved.amount, paidOn } });
  },
};
