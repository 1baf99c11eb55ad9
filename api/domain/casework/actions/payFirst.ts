// 急难型 先行救助 (社会救助法 §50): 情况紧急、救助金额较小、需立即采取救助措施的，应当先行救助. The role the programme's data
// names pays at once, up to the township's delegated amount; the claim counts as accepted on the day paid, and the
// payment is recorded as record-payment records one (a payment-recorded event, its payments row). The 核对, 入户调查
// and township review follow as the 补充说明 (紧急情况解除后…补充说明情况), without the steps the data skips (公示).
import { amountOf, appended, dateOf, invalid, textOf, type ActionRule } from '../action.ts';
import type { CaseEvent } from '../caseState.ts';

/** Steps before any decision: while the case is at one of these, help can still be paid first. */
const BEFORE_DECISION: ReadonlySet<string> = new Set(['accept', 'survey', 'democratic-review', 'township-review', 'public-notice']);

export const payFirst: ActionRule = {
  name: 'pay-first',
  rolesFrom: (context) => (context.payFirst ? [context.payFirst.role] : []),
  fields: [{ name: 'amount', kind: 'amount', required: true }, { name: 'reason', kind: 'text', required: true }, { name: 'paidOn', kind: 'date', required: true }],
  // Only where the county has published the township's amount (金额较小 has no figure of its own), once, before a
  // decision or a posted 公示, and never on a case already paid.
  allowedNow: (state, context) => {
    if (!context.payFirst || context.townshipLinshiLimit === undefined) return false;
    if (state.status !== 'open' || state.paidFirst || state.paidMonths.length > 0 || state.notice || state.firstApproval) return false;
    const current = context.steps.find((s) => !state.done[s.step])?.step;
    return current !== undefined && BEFORE_DECISION.has(current);
  },
  // An emergency does not wait for a second approver (the confirmation afterwards does), but a relative never pays.
  barred: (_state, context) => (context.approval?.approverRelated ? 'approver_related' : undefined),
  events: (state, input, context) => {
    const amount = amountOf(input, 'amount');
    if (!amount || amount > context.townshipLinshiLimit!) return invalid('amount');
    const reason = textOf(input, 'reason', 500);
    if (!reason) return invalid('reason');
    const paidOn = dateOf(input, 'paidOn');
    if (!paidOn || paidOn > context.today || (state.done.apply !== undefined && paidOn < state.done.apply)) return invalid('paidOn');
    const month = paidOn.slice(0, 7);
    const accepted: CaseEvent[] = state.done.accept ? [] : [{ kind: 'accepted', step: 'accept', reason: '先行救助，当日受理', on: paidOn }];
    return appended(
      ...accepted,
      { kind: 'paid-first', reason: `先行救助 ${amount} 元，手续后补`, on: context.today, detail: { amount, paidOn, reason } },
      { kind: 'payment-recorded', step: 'payment', reason: `${month} 先行救助已发放`, on: paidOn, detail: { month, amount, paidOn } },
    );
  },
};
