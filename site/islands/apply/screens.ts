// The questions of the apply form, one per screen, in order; 代办 adds the written authorisation.

export const SCREENS = ['programme', 'where', 'hukou', 'applicant', 'members', 'incomes', 'assets', 'reason', 'near-kin', 'consents', 'documents', 'authorisation', 'check'] as const;
export type Screen = (typeof SCREENS)[number];

export function screensFor(agent: boolean): Screen[] {
  return SCREENS.filter((s) => agent || s !== 'authorisation');
}
