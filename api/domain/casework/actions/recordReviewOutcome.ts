// 定期核查 outcome (社会救助法 §46–§48): continue, change the amount or stop. Before a cut or a stop the household is
// heard (§48: 作出调减、终止决定前应当听取意见), and the written reason it is told goes on the event and its 查进度.
import { addMonths } from '../../workflow.ts';
import { amountOf, appended, dateOf, invalid, textOf, type ActionRule } from '../action.ts';

export const REVIEW_OUTCOMES = ['continue', 'change-amount', 'stop'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const recordReviewOutcome: ActionRule = {
  name: 'record-review-outcome',
  roles: ['county-approver'],
  fields: [
    { name: 'outcome', kind: 'choice', required: true, options: REVIEW_OUTCOMES },
    { name: 'reason', kind: 'text', required: true },
    { name: 'amount', kind: 'amount', required: false },
    { name: 'heardOn', kind: 'date', required: false },
    { name: 'heardSummary', kind: 'text', required: false },
    { name: 'irregularIncome', kind: 'boolean', required: false },
  ],
  // Only a paying case of a programme that is reviewed (临时救助 is paid once and has no review).
  allowedNow: (state, context) => state.status === 'approved' && context.review !== undefined,
  events: (state, input, { today, review }) => {
    const outcome = input['outcome'];
    if (typeof outcome !== 'string' || !(REVIEW_OUTCOMES as readonly string[]).includes(outcome)) return invalid('outcome');
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    const current = state.approved!;
    const amount = outcome === 'change-amount' ? amountOf(input, 'amount') : undefined;
    if (outcome === 'change-amount' && (amount === undefined || amount === current.amount)) return invalid('amount');
    // A cut or a stop needs the day the household was heard and what it said; a raise does not (§48 names 调减、终止).
    const heard = outcome === 'stop' || (amount !== undefined && amount < current.amount);
    const heardOn = dateOf(input, 'heardOn');
    const heardSummary = textOf(input, 'heardSummary');
    if (heard && (!heardOn || heardOn > today)) return invalid('heardOn');
    if (heard && !heardSummary) return invalid('heardSummary');
    const months = review && (input['irregularIncome'] === true ? review.irregularIncomeMonths ?? review.months : review.months);
    const reviewOn = outcome !== 'stop' && months ? addMonths(today, months) : undefined;
    const said = outcome === 'continue' ? '复核：继续享受' : outcome === 'stop' ? '复核：停止享受' : `复核：每月金额调整为 ${amount} 元`;
    return appended({
      kind: 'review-outcome-recorded',
      reason: said,
      on: today,
      detail: { outcome, reason, ...(amount !== undefined ? { monthly: amount } : {}), ...(reviewOn ? { reviewOn } : {}), ...(heard ? { heardOn, heardSummary } : {}) },
    });
  },
};
