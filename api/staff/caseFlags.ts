// Flags shown with a case on every staff screen, each with its reason in the reader's language.
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseFlag } from '../schemas/staff.ts';

/** What the flags are computed from; wave 2 adds the cross-checks (重复享受, kin of staff). */
export interface FlagFacts {
  /** The applicant declared near kin among case staff or village cadres. */
  nearKin: boolean;
}

export function caseFlags(facts: FlagFacts, lang: Lang): CaseFlag[] {
  const flags: CaseFlag[] = [];
  if (facts.nearKin) flags.push({ code: 'near_kin_declared', reason: translate(lang, 'staff:flag.near_kin_declared') });
  return flags;
}
