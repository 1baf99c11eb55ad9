// Who signs in: one account model for 代办 agents and the township and county staff who move a case (issue 9).
export const ROLES = ['agent', 'township-clerk', 'township-reviewer', 'county-approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose jurisdiction is one township (and, for an agent, maybe one village); the others see the whole county. */
export const TOWNSHIP_ROLES: readonly Role[] = ['agent', 'township-clerk', 'township-reviewer'];

/** Roles that sign in with a second factor: they approve payments or manage accounts. */
export const TOTP_ROLES: readonly Role[] = ['county-approver', 'admin'];

/** Everyone who signs in but agents: the people who work cases in the console. */
export const STAFF_ROLES: readonly Role[] = ['township-clerk', 'township-reviewer', 'county-approver', 'admin'];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
export const needsTownship = (role: Role) => TOWNSHIP_ROLES.includes(role);
export const needsTotp = (role: Role) => TOTP_ROLES.includes(role);
