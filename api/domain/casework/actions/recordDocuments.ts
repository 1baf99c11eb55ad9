// 补正齐全: the missing documents are in (uploaded from 查进度 or brought to the window); acceptance can follow.
import { appended, isCurrent, textOf, type ActionRule } from '../action.ts';

export const recordDocuments: ActionRule = {
  name: 'record-documents',
  step: 'accept',
  fields: [{ name: 'note', kind: 'text', required: false }],
  allowedNow: (state, context) => state.status === 'supplement' && isCurrent(state, context, 'accept'),
  events: (_state, input, { today }) => appended({ kind: 'documents-recorded', step: 'accept', reason: textOf(input, 'note', 500) ?? '补正材料已齐全', on: today }),
};
