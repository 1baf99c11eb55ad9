// 民主评议: only on the path where the county's region file keeps it (the step is absent otherwise).
import { appended, invalid, isCurrent, textOf, type ActionRule } from '../action.ts';

export const recordReview: ActionRule = {
  name: 'record-review',
  step: 'democratic-review',
  fields: [{ name: 'result', kind: 'text', required: true }],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'democratic-review'),
  events: (_state, input, { today }) => {
    const result = textOf(input, 'result');
    if (!result) return invalid('result');
    return appended({ kind: 'review-recorded', step: 'democratic-review', reason: '民主评议完成', on: today, detail: { result } });
  },
};
