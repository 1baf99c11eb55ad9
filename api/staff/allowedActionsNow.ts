// The actions the caller may take on the case now, for the case page's forms. The action engine (casework,
// api/domain/casework/) decides them; until it is merged here this answers none, so the console offers no form.
import type { StaffCase } from '../schemas/staff.ts';
import type { Account } from './access.ts';
import type { CaseRow } from './caseForStaff.ts';

export function allowedActionsNow(_row: CaseRow, _account: Account): StaffCase['allowedActions'] {
  return [];
}
