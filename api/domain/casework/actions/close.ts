// 终止 or 结案: a paying case stopped (with the reason told to the household, 社会救助暂行办法 §13) or an open one ended.
import { appended, invalid, textOf, type ActionRule } from '../action.ts';

export const close: ActionRule = {
  name: 'close',
  roles: ['county-approver'],
  fields: [{ name: 'reason', kind: 'text', required: true }],
  allowedNow: (state) => state.status === 'open' || state.status === 'supplement' || state.status === 'approved',
  events: (_state, input, { today }) => {
    const reason = textOf(input, 'reason');
    if (!reason) return invalid('reason');
    return appended({ kind: 'closed', reason: '结案', on: today, detail: { reason } });
  },
};
