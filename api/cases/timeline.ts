// A case's steps in order, each done (with its date), current (with its legal due date) or still to come: the same
// steps and the same event→state mapping the staff's actions use.
import type { cases } from '../db/schema/index.ts';
import type { CaseEvent } from './events.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { stateFromEvents, type CaseState } from '../domain/casework/caseState.ts';
import { caseDue, isFinished } from '../domain/casework/progress.ts';
import type { StepId } from '../domain/workflow.ts';
import { translate, type Lang } from '../i18n/translate.ts';
import type { CaseView } from '../schemas/caseView.ts';
import type { Services } from '../services.ts';
import { casePath } from './casePath.ts';

type CaseRow = typeof cases.$inferSelect;
type EventRow = Pick<CaseEvent, 'kind' | 'step' | 'reason' | 'on' | 'detail'>;
export type CaseStep = CaseView['steps'][number];

/** The rules' state of a case from its stored events. */
export function caseStateOf(events: readonly EventRow[]): CaseState {
  return stateFromEvents(events.map((e) => ({ kind: e.kind, step: e.step as StepId | null, reason: e.reason, on: e.on, detail: e.detail ? (JSON.parse(e.detail) as Record<string, unknown>) : null })));
}

export function caseTimeline(services: Services, row: CaseRow, events: readonly EventRow[], lang: Lang): CaseStep[] {
  const state = caseStateOf(events);
  const finished = isFinished(state);
  const today = chinaDate(services.now());
  const { steps: path } = casePath(services, row, state, today);
  // A refused case is not paid, one not accepted goes no further than acceptance, and a closed one shows the steps it
  // went through (a 先行救助 closed after its paperwork keeps the payment made first), not the ones it never reached.
  const steps = state.status === 'not-accepted' ? path.filter((s) => s.step === 'apply' || s.step === 'accept')
    : state.status === 'closed' ? path.filter((s) => state.done[s.step])
    : path.filter((s) => !(finished && s.step === 'payment'));
  const due = caseDue(state, path, services.calendar, today);
  const currentIndex = finished ? -1 : steps.findIndex((s) => !state.done[s.step]);
  return steps.map((s, i) => {
    const done = state.done[s.step];
    const status = done ? 'done' : i === currentIndex ? 'current' : 'todo';
    const step: CaseStep = { step: s.step, title: translate(lang, `case:step.${s.step}.title`), state: status, actor: translate(lang, `case:actor.${s.actor}`) };
    if (done) step.doneOn = done;
    if (status === 'current' && due.pausedOn) step.paused = true;
    if (status === 'current' && due.dueOn && due.step === s.step) {
      step.dueOn = due.dueOn;
      if (due.countySet) step.dueSetByCounty = true;
      if (!due.covered) step.dueEstimated = true;
    }
    return step;
  });
}

/** Where the case stands: the step being worked on, or the last one done when nothing is left to do. */
export function standingStep(timeline: readonly CaseStep[]): CaseStep {
  return timeline.find((s) => s.state === 'current') ?? timeline.findLast((s) => s.state === 'done') ?? timeline[0]!;
}
