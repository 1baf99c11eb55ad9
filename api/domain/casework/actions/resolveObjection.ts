// 公示异议的核查: the township records its finding on the oldest open objection, and either the 公示 goes on (异议不成立)
// or the claim goes to refusal with the finding as its ground (异议成立). No law sets who in the township: both township
// roles may (the clerk who posted the 公示 and the reviewer whose opinion it published), county-set.
import { OBJECTION_OUTCOMES, type ObjectionOutcome } from '../../notices/objection.ts';
import { appended, invalid, textOf, type ActionRule } from '../action.ts';
import { openObjections } from '../objections.ts';

const REASONS: Record<ObjectionOutcome, string> = { continue: '公示异议核查：异议不成立，公示继续', refuse: '公示异议核查：异议成立，转为不予批准' };

export const resolveObjection: ActionRule = {
  name: 'resolve-objection',
  roles: ['township-clerk', 'township-reviewer'],
  fields: [{ name: 'objectionOutcome', kind: 'choice', required: true, options: OBJECTION_OUTCOMES }, { name: 'finding', kind: 'text', required: true }],
  allowedNow: (state) => state.status === 'open' && openObjections(state).length > 0,
  events: (state, input, { today }) => {
    const outcome = input['objectionOutcome'];
    if (typeof outcome !== 'string' || !(OBJECTION_OUTCOMES as readonly string[]).includes(outcome)) return invalid('objectionOutcome');
    const finding = textOf(input, 'finding');
    if (!finding) return invalid('finding');
    const objection = openObjections(state)[0]!;
    return appended({ kind: 'objection-resolved', step: 'public-notice', reason: REASONS[outcome as ObjectionOutcome], on: today, detail: { objection: objection.id, outcome, finding } });
  },
};
