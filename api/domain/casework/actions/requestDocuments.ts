// 需补正 (一次性告知): the complete list of what is missing, at once; a new request replaces the old list.
import { appended, invalid, isCurrent, textListOf, type ActionRule } from '../action.ts';

export const requestDocuments: ActionRule = {
  name: 'request-documents',
  step: 'accept',
  fields: [{ name: 'items', kind: 'text-list', required: true }],
  allowedNow: (state, context) => (state.status === 'open' || state.status === 'supplement') && isCurrent(state, context, 'accept'),
  events: (_state, input, { today }) => {
    const items = textListOf(input, 'items');
    if (!items) return invalid('items');
    return appended({ kind: 'supplement-requested', step: 'accept', reason: `一次性告知补正 ${items.length} 项材料`, on: today, detail: { items } });
  },
};
