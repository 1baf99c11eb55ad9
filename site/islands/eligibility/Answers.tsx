import { For, Show } from 'solid-js';
import type { ProgrammeResult } from '../../../api/domain/eligibility.ts';
import { APPLY_PROGRAMMES } from '../../../api/domain/workflow.ts';
import { fill, type Strings } from '../apply/strings.ts';

interface Props {
  answers: readonly ProgrammeResult[];
  /** Catalog id → title in the page language. */
  titles: Record<string, string>;
  /** The `eligibility` namespace: every reasonKey and the answer.* templates. */
  reasons: Strings;
  strings: Strings;
  /** URL of the policy pages folder, e.g. /mzj/policy/ */
  policyHref: string;
  applyHref: string;
}

const appliesOnline = (id: string) => (APPLY_PROGRAMMES as readonly string[]).includes(id);
const verdictKey = (eligible: ProgrammeResult['eligible']) => (eligible === true ? 'yes' : eligible === false ? 'no' : 'maybe');

// One card per programme: the verdict, the plain reason, the estimate, the dated source, what else to try, links.
export default function Answers(props: Props) {
  const r = (key: string, params?: Record<string, string | number>) => fill(props.reasons, key, params);
  const title = (id: string) => props.titles[id] ?? id;
  return (
    <ul class="answers">
      <For each={props.answers}>
        {(a) => (
          <li class={`answer answer-${verdictKey(a.eligible)}`} data-programme={a.id}>
            <h3>{title(a.id)}</h3>
            <p class="verdict"><strong>{r(`answer.${verdictKey(a.eligible)}`)}</strong></p>
            <p>{r(a.reasonKey, a.reasonParams)}</p>
            <Show when={a.monthly !== undefined}><p class="estimate">{r('answer.monthly', { monthly: a.monthly ?? 0 })}</p></Show>
            <Show when={a.standard}>
              {(standard) => (
                <>
                  <p class="muted">{standard().year === undefined ? r('answer.standard', { source: standard().source })
                    : r('answer.standardYear', { source: standard().source, year: standard().year ?? '' })}</p>
                  <Show when={standard().stale}>
                    <p class="note">{standard().year === undefined ? fill(props.strings, 'result.undatedStandard')
                      : fill(props.strings, 'result.staleStandard', { year: standard().year ?? '' })}</p>
                  </Show>
                </>
              )}
            </Show>
            <For each={a.noteKeys ?? []}>{(key) => <p class="note">{r(key)}</p>}</For>
            <Show when={a.alsoTry?.length}>
              <p>{r('answer.alsoTry')}{' '}
                <For each={a.alsoTry}>{(id, i) => <>{i() > 0 ? '、' : ''}<a href={`${props.policyHref}${id}/`}>{title(id)}</a></>}</For>
              </p>
            </Show>
            <p class="answer-links">
              <a href={`${props.policyHref}${a.id}/`}>{fill(props.strings, 'result.policy', { title: title(a.id) })}</a>
              <Show when={a.eligible !== false}>
                {appliesOnline(a.id)
                  ? <a href={`${props.applyHref}#programme=${a.id}`}>{fill(props.strings, 'result.apply', { title: title(a.id) })}</a>
                  : <a href={`${props.policyHref}${a.id}/#where`}>{fill(props.strings, 'result.where', { title: title(a.id) })}</a>}
              </Show>
            </p>
          </li>
        )}
      </For>
    </ul>
  );
}
