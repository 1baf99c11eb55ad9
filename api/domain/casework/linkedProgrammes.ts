// 一门受理: the other programmes one can apply for that the household likely qualifies for, from the same answers the
// self-check gives (api/domain/eligibility.ts), minus the case's own programme and those already opened for it.
import type { Eligible, EligibilityResult } from '../eligibility.ts';
import { APPLY_PROGRAMMES, type ApplyProgramme } from '../workflow.ts';

export interface LinkedSuggestion {
  programme: ApplyProgramme;
  /** true: likely; 'maybe': depends on what the survey finds. */
  eligible: Exclude<Eligible, false>;
  reasonKey: string;
  reasonParams: Record<string, string | number>;
}

const applicable = (id: string): id is ApplyProgramme => (APPLY_PROGRAMMES as readonly string[]).includes(id);

export function linkedSuggestions(result: EligibilityResult, own: string, opened: readonly string[]): LinkedSuggestion[] {
  return result.programmes.flatMap((p) => {
    // 临时救助 answers "maybe" for every household (it depends on an emergency): staff open it when there is one.
    if (!applicable(p.id) || p.id === own || opened.includes(p.id) || p.eligible === false || p.id === 'linshi-jiuzhu') return [];
    return [{ programme: p.id, eligible: p.eligible, reasonKey: p.reasonKey, reasonParams: p.reasonParams }];
  });
}
