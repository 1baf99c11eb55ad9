// 重新办理: a refusal goes back to the decision, a 不予受理 to acceptance, a closed case to what it was (e.g. after 行政复议).
import { appended, invalid, textOf, type ActionRule } from '../action.ts';

export const reopen: ActionRule = {
  name: 'reopen',
  roles: ['county-approver'],
  fields: [{ name: 'reason', kind: 'text', required: true }],
  allowedNow: (state) => state.status === 'refused' || state.status === 'not-accepted' || state.status === 'closed',
  events: (_state, input, { today }) => {
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    return appended({ kind: 'reopened', reason: '重新办理', on: today, detail: { reason } });
  },
};
