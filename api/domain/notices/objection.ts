// An objection (异议) to a 公示: open until the township records its finding, then continued or upheld.

export const OBJECTION_STATUSES = ['open', 'continued', 'upheld'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];

/** What the township decides: the 公示 goes on (异议不成立), or the claim is refused (异议成立). */
export const OBJECTION_OUTCOMES = ['continue', 'refuse'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** Most characters of an objection's text and of a contact, in code points. */
export const OBJECTION_TEXT_MAX = 2000;
export const OBJECTION_CONTACT_MAX = 100;
