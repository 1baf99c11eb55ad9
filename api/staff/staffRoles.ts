// Which roles may use the staff console's read API: every signed-in account but 代办 agents, who have their own list.
import type { Role } from './access.ts';

/** Roles that read cases in their jurisdiction. */
export const CASE_READERS = ['township-clerk', 'township-reviewer', 'county-approver', 'admin'] as const satisfies readonly Role[];

/** Roles that may reveal a whole ID number (an audit event each time): those who decide cases, not account admins. */
export const ID_REVEALERS = ['township-clerk', 'township-reviewer', 'county-approver'] as const satisfies readonly Role[];
