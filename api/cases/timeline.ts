// A case's steps in order, each done (with its date), current (with its legal due date) or still to come.
import type { cases } from '../db/schema/index.ts';
import type { CaseEvent } from './events.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { regionForCounty } from '../domain/localStandards.ts';
import { isCountySet, stepDueDate, workflowSteps, type ApplyProgramme } from '../domain/workflow.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseView } from '../schemas/caseView.ts';
import type { Services } from '../services.ts';

type CaseRow = typeof cases.$inferSelect;
type EventRow = Pick<CaseEvent, 'step' | 'on'>;
export type CaseStep = CaseView['steps'][number];

export function caseTimeline(services: Services, row: CaseRow, events: readonly EventRow[], lang: Lang): CaseStep[] {
  const doneOn = new Map(events.filter((e) => e.step).map((e) => [e.step!, e.on]));
  const region = regionForCounty(row.county, services.regions);
  const finished = row.status === 'refused';
  const steps = workflowSteps(row.programme as ApplyProgramme, { requestedAmount: row.requestedAmount ?? undefined, townshipLinshiLimit: region?.townshipLinshiLimit?.amount })
    // A refused case is not paid: its timeline ends at the decision.
    .filter((s) => !(finished && s.step === 'payment'));
  const currentIndex = finished ? -1 : steps.findIndex((s) => !doneOn.has(s.step));
  const today = chinaDate(services.now());
  return steps.map((s, i) => {
    const done = doneOn.get(s.step);
    const state = done ? 'done' : i === currentIndex ? 'current' : 'todo';
    const step: CaseStep = { step: s.step, title: translate(lang, `case:step.${s.step}.title`), state, actor: translate(lang, `case:actor.${s.actor}`) };
    if (done) step.doneOn = done;
    if (state === 'current' && s.limit) {
      const previous = doneOn.get(steps[i - 1]?.step ?? 'apply') ?? today;
      // The posted notice's own last day wins over the computed one.
      const posted = s.step === 'public-notice' && row.noticeTo ? row.noticeTo : undefined;
      step.dueOn = posted ?? stepDueDate(s.limit, previous, doneOn.get('accept'), services.calendar).date;
      if (!posted && isCountySet(s)) step.dueSetByCounty = true;
    }
    return step;
  });
}

/** Where the case stands: the step being worked on, or the last one done when nothing is left to do. */
export function standingStep(timeline: readonly CaseStep[]): CaseStep {
  return timeline.find((s) => s.state === 'current') ?? timeline.findLast((s) => s.state === 'done') ?? timeline[0]!;
}
