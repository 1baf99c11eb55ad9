// The cross-check flags and the grounds each is raised on; their reasons are staff:flag.<code>.<basis> in the locales.
export const FLAG_CODES = ['conflict_of_interest', 'duplicate_benefit', 'member_of_other_household', 'staff_in_household'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export const FLAG_BASES = {
  /** The applicant's own 近亲属 declaration on the claim. */
  conflict_of_interest: ['applicant_declared', 'actor_kin', 'cadre_kin'],
  /** The same person in another open or paying case of the same programme in the county. */
  duplicate_benefit: ['same_programme'],
  /** A member of another household being paid (any programme) in the county. */
  member_of_other_household: ['paying_household'],
  /** The case's agent, or a staff member of the county, declared their own ID number and it is a member's. */
  staff_in_household: ['agent', 'staff'],
} as const satisfies Record<FlagCode, readonly string[]>;

export interface FoundFlag {
  code: FlagCode;
  basis: string;
}
