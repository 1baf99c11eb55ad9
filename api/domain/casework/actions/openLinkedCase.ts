// 一门受理、协同办理 (瓮安, S000): from an accepted case, the township clerk opens the household's case of another
// programme in one step. The rule records which programme; the caller submits the claim and names the new case.
import { APPLY_PROGRAMMES } from '../../workflow.ts';
import { appended, invalid, type ActionRule } from '../action.ts';

export const openLinkedCase: ActionRule = {
  name: 'open-linked-case',
  roles: ['township-clerk'],
  fields: [{ name: 'programme', kind: 'choice', required: true, options: APPLY_PROGRAMMES }],
  // From acceptance on, while the case is alive: a refused or closed case opens nothing.
  allowedNow: (state) => state.done.accept !== undefined && (state.status === 'open' || state.status === 'approved'),
  events: (state, input, { programme: own, today }) => {
    const programme = input['programme'];
    const caseNumber = input['caseNumber'];
    if (typeof programme !== 'string' || !(APPLY_PROGRAMMES as readonly string[]).includes(programme) || programme === own) return invalid('programme');
    if (state.linked.some((l) => l.programme === programme)) return invalid('programme');
    if (typeof caseNumber !== 'string' || !/^\d{12}$/.test(caseNumber)) return invalid('caseNumber');
    return appended({ kind: 'linked-case-opened', reason: '一门受理：同一户另开一个救助项目的案件', on: today, detail: { programme, caseNumber } });
  },
};
