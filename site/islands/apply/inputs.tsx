import { For, Show, type JSX } from 'solid-js';
import Field, { describedBy } from './Field.tsx';
import { errorOf, useApply } from './context.ts';

interface TextProps {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  onInput: (value: string) => void;
  class?: string;
  inputmode?: JSX.HTMLAttributes<HTMLInputElement>['inputmode'];
  autocomplete?: string;
  type?: string;
  multiline?: boolean;
  /** Applied when the resident leaves the field (never mid-typing, which would break an IME's composition). */
  fold?: (value: string) => string;
}

// A text input whose value lives in the draft: typed text is never cleared, whatever the errors.
export function TextInput(props: TextProps) {
  const a = useApply();
  const error = () => errorOf(a, props.id);
  const common = () => ({
    id: props.id,
    'aria-invalid': error() ? ('true' as const) : undefined,
    'aria-describedby': describedBy(props.id, props.hint, error()),
  });
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error()} errorPrefix={a.s('error.prefix')}>
      <Show when={props.multiline} fallback={
        <input {...common()} class={props.class} type={props.type ?? 'text'} inputmode={props.inputmode} autocomplete={props.autocomplete ?? 'off'}
          spellcheck={false} value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)}
          onChange={(e) => props.fold && props.onInput(props.fold(e.currentTarget.value))} />
      }>
        <textarea {...common()} rows="5" value={props.value} onInput={(e) => props.onInput(e.currentTarget.value)} />
      </Show>
    </Field>
  );
}

interface ChoiceProps {
  /** Prefix of the ids; the first option gets `${id}-0`, which error links point at. */
  id: string;
  legend: string;
  hint?: string | undefined;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  /** The screen's one question: the legend is the page heading. */
  question?: boolean;
  children?: JSX.Element;
}

// Radios in a fieldset, the legend as the question; the error sits under the legend.
export function Radios(props: ChoiceProps) {
  const a = useApply();
  const error = () => errorOf(a, `${props.id}-0`);
  return (
    <fieldset class="field" classList={{ 'field-error': !!error(), question: !!props.question }}
      aria-describedby={describedBy(props.id, props.hint, error())}>
      <legend>{props.question ? <h1 class="screen-heading" tabindex="-1">{props.legend}</h1> : props.legend}</legend>
      <Show when={props.hint}><p id={`${props.id}-hint`} class="hint">{props.hint}</p></Show>
      <Show when={error()}><p id={`${props.id}-error`} class="error-message"><span class="visually-hidden">{a.s('error.prefix')}</span>{error()}</p></Show>
      <div class="radios">
        <For each={props.options}>
          {(o, i) => (
            <div class="radio">
              <input type="radio" id={`${props.id}-${i()}`} name={props.id} value={o.value} checked={props.value === o.value} onChange={() => props.onChange(o.value)} />
              <label for={`${props.id}-${i()}`}>{o.label}</label>
            </div>
          )}
        </For>
      </div>
      {props.children}
    </fieldset>
  );
}

interface SelectProps {
  id: string;
  label: string;
  hint?: string | undefined;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

export function Select(props: SelectProps) {
  const a = useApply();
  const error = () => errorOf(a, props.id);
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={error()} errorPrefix={a.s('error.prefix')}>
      <select id={props.id} value={props.value} aria-invalid={error() ? 'true' : undefined} aria-describedby={describedBy(props.id, props.hint, error())}
        onChange={(e) => props.onChange(e.currentTarget.value)}>
        <For each={props.options}>{(o) => <option value={o.value} selected={o.value === props.value}>{o.label}</option>}</For>
      </select>
    </Field>
  );
}
