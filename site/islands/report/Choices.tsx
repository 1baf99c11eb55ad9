import { For, Show } from 'solid-js';
import { describedBy } from '../apply/Field.tsx';

interface Props {
  /** Prefix of the ids; the first option gets `${id}-0`, which error links point at. */
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  errorPrefix: string;
}

// Radios in a fieldset, the legend as the question and the error under it (the apply form's shape, without its context).
export default function Choices(props: Props) {
  return (
    <fieldset class="field" classList={{ 'field-error': !!props.error }} aria-describedby={describedBy(props.id, props.hint, props.error)}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}><p id={`${props.id}-hint`} class="hint">{props.hint}</p></Show>
      <Show when={props.error}><p id={`${props.id}-error`} class="error-message"><span class="visually-hidden">{props.errorPrefix}</span>{props.error}</p></Show>
      <div class="radios">
        <For each={props.options}>
          {(o, i) => (
            <div class="radio">
              <input type="radio" id={`${props.id}-${i()}`} name={props.name} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
              <label for={`${props.id}-${i()}`}>{o.label}</label>
            </div>
          )}
        </For>
      </div>
    </fieldset>
  );
}
