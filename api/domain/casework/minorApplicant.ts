// 未成年人不公示 (特困, casework-facts.md §1b): whether a case's applicant counts as a minor for the step that is not
// taken for minors. Minority counts on the day the case reaches that step — the day the step before it was done, or
// today while it is still ahead — because that is the day the 公示 would go up with the applicant's masked name: a
// 17-year-old at the claim who is 18 by then is posted as the adult they are, and once that day has passed the
// path stays as it was decided on it, whatever the date now.
import { isMinorOn } from '../age.ts';
import type { CalendarDate } from '../calendarDate.ts';
import type { ProgrammeWorkflow, StepDefinition } from '../workflow.ts';
import type { CaseState } from './caseState.ts';

/** Whether the programme has a step that is not taken for minors (only then is the applicant's birth date read). */
export const hasStepNotForMinors = (workflow: ProgrammeWorkflow): boolean => workflow.steps.some((s) => s.notForMinors);

/**
 * `steps`: the case's path with every step still on it (minors' included). A 公示 already posted stays posted
 * (records made before this rule are not rewritten); an unknown birth date counts as an adult's.
 */
export function minorWhenReached(birthDate: CalendarDate | undefined, steps: readonly StepDefinition[], state: Pick<CaseState, 'done' | 'notice'>, today: CalendarDate): boolean {
  const index = steps.findIndex((s) => s.notForMinors);
  if (index < 1 || birthDate === undefined || state.notice) return false;
  const reachedOn = state.done[steps[index - 1]!.step] ?? today;
  return isMinorOn(birthDate, reachedOn);
}
