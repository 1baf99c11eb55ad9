import { For } from 'solid-js';
import type { CaseView } from './types.ts';
import type { Message } from '../apply/validate.ts';

// Every step in plain words: done with its date, the current one with its legal due date, the ones to come.
export default function Timeline(props: { steps: CaseView['steps']; s: Message }) {
  const state = (step: CaseView['steps'][number]) => {
    if (step.state === 'done') return props.s(step.doneOn ? 'state.done' : 'state.doneNoDate', { date: step.doneOn ?? '' });
    if (step.state === 'current' && step.paused) return props.s('state.paused');
    if (step.state === 'current') return props.s(!step.dueOn ? 'state.currentNoDate' : step.dueEstimated ? 'state.currentEstimated' : step.dueSetByCounty ? 'state.currentCountySet' : 'state.current', { date: step.dueOn ?? '' });
    return props.s('state.todo');
  };
  return (
    <ol class="timeline">
      <For each={props.steps}>
        {(step) => (
          <li class={`step-${step.state}`} aria-current={step.state === 'current' ? 'step' : undefined}>
            <span class="step-name">{step.title}</span>
            <span class="step-state">{state(step)}</span>
            <span class="step-state">{props.s('timeline.actor', { actor: step.actor })}</span>
          </li>
        )}
      </For>
    </ol>
  );
}
