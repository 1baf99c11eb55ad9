import { For, Show } from 'solid-js';
import { describedBy } from '../Field.tsx';
import { errorOf, useApply } from '../context.ts';
import { ADULT_AGE, adultsOf, peopleOf } from '../people.ts';
import Heading from './Heading.tsx';

// 家庭经济状况核对授权: every adult member agrees, one by one, to the check of incomes and assets.
export default function ConsentsScreen() {
  const a = useApply();
  const minors = () => peopleOf(a.draft).filter((p) => p.age !== undefined && p.age < ADULT_AGE);
  return (
    <>
      <Heading>{a.s('consents.question')}</Heading>
      <p>{a.s('consents.what')}</p>
      <fieldset class="field">
        <legend>{a.s('consents.legend')}</legend>
        <div class="checkboxes">
          <For each={adultsOf(a.draft)}>
            {(p) => {
              const id = `apply-consent-${p.index}`;
              const error = () => errorOf(a, id);
              return (
                <div classList={{ 'field-error': !!error() }}>
                  <Show when={error()}><p id={`${id}-error`} class="error-message"><span class="visually-hidden">{a.s('error.prefix')}</span>{error()}</p></Show>
                  <div class="checkbox">
                    <input type="checkbox" id={id} checked={a.draft.consents[p.index] ?? false} aria-describedby={describedBy(id, false, error())}
                      onChange={(e) => a.set('consents', p.index, e.currentTarget.checked)} />
                    <label for={id}>{a.s('consents.agree', { name: p.name || a.s('who.member', { n: p.index + 1 }) })}</label>
                  </div>
                </div>
              );
            }}
          </For>
        </div>
      </fieldset>
      <Show when={minors().length > 0}><p class="hint">{a.s('consents.minors', { names: minors().map((p) => p.name).join('、') })}</p></Show>
    </>
  );
}
