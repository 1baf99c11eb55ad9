// 家庭经济状况核对 (社会救助法 §41, §43): its result, once; the survey is done when the home visit is recorded too.
import { appended, invalid, isCurrent, textOf, type ActionRule } from '../action.ts';

export const recordCheck: ActionRule = {
  name: 'record-check',
  step: 'survey',
  fields: [{ name: 'result', kind: 'text', required: true }],
  allowedNow: (state, context) => state.status === 'open' && isCurrent(state, context, 'survey') && !state.check,
  events: (_state, input, { today }) => {
    const result = textOf(input, 'result');
    if (!result) return invalid('result');
    return appended({ kind: 'check-recorded', step: 'survey', reason: '家庭经济状况核对完成', on: today, detail: { result } });
  },
};
