// The actions the caller may take on the case now, with their form fields: the action engine's answer
// (api/domain/casework/engine.ts) for the account's role, so the console offers exactly what the route accepts.
import type { ActionContext } from '../domain/casework/action.ts';
import type { CaseState } from '../domain/casework/caseState.ts';
import { allowedActions } from '../domain/casework/engine.ts';
import type { StaffCase } from '../schemas/staff.ts';
import type { Account } from './access.ts';

export function allowedActionsNow(state: CaseState, account: Account, context: ActionContext): StaffCase['allowedActions'] {
  return allowedActions(state, account.role, context).map((a) => ({
    action: a.action,
    fields: a.fields.map(({ name, kind, required, options }) => (options ? { name, kind, required, options: [...options] } : { name, kind, required })),
  }));
}
