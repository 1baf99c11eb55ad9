import { For, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import ErrorSummary, { errorFor, type FieldError } from '../apply/ErrorSummary.tsx';
import Field, { describedBy } from '../apply/Field.tsx';
import type { Message } from '../apply/validate.ts';
import { inputMode, inputType, isBooleanKind, isChoiceKind, isLongText, isListKind } from './actionValues.ts';
import type { AllowedAction } from './caseTypes.ts';

interface Props {
  action: AllowedAction;
  /** Typed text by `${action}.${field}`, owned by the case island (see actionValues.ts). */
  values: Record<string, string>;
  setValues: SetStoreFunction<Record<string, string>>;
  errors: FieldError[];
  s: Message;
  strings: Record<string, string>;
  onSubmit: (action: AllowedAction) => void;
}

/** The id of a field's input, which error links point at. */
export const fieldId = (action: string, field: string) => `act-${action}-${field}`;

/** A field's label; an action may word a shared field its own way (先行救助's amount is paid once, not a month). */
export const fieldLabel = (strings: Record<string, string>, action: string, field: string) => strings[`field.${action}.${field}`] ?? strings[`field.${field}`] ?? field;

// One allowed action as a GOV.UK-style form: each field labelled, errors above their input and in the summary.
export default function ActionForm(props: Props) {
  const s = props.s;
  const title = () => props.strings[`action.${props.action.action}`] ?? props.action.action;
  const label = (name: string) => fieldLabel(props.strings, props.action.action, name);
  const hint = () => props.strings[`hint.${props.action.action}`];
  const key = (name: string) => `${props.action.action}.${name}`;
  return (
    <form class="action-form" novalidate aria-labelledby={`act-${props.action.action}-title`} aria-describedby={hint() ? `act-${props.action.action}-hint` : undefined} onSubmit={(e) => { e.preventDefault(); props.onSubmit(props.action); }}>
      <h3 id={`act-${props.action.action}-title`}>{title()}</h3>
      <Show when={hint()}><p id={`act-${props.action.action}-hint`} class="hint">{hint()}</p></Show>
      <ErrorSummary id={`act-${props.action.action}-errors`} title={s('error.title')} errors={props.errors} />
      <For each={props.action.fields}>
        {(f) => {
          const id = fieldId(props.action.action, f.name);
          const error = () => errorFor(props.errors, id);
          const hint = f.kind === 'names' ? s('action.namesHint') : isListKind(f.kind) ? s('action.listHint') : undefined;
          const common = () => ({ id, 'aria-invalid': error() ? ('true' as const) : undefined, 'aria-describedby': describedBy(id, hint, error()), 'aria-required': f.required ? ('true' as const) : undefined });
          return (
            <Show when={!isChoiceKind(f.kind)} fallback={
              <fieldset class="field" classList={{ 'field-error': !!error() }} aria-describedby={describedBy(id, false, error())}>
                <legend>{label(f.name)}</legend>
                <Show when={error()}><p id={`${id}-error`} class="error-message"><span class="visually-hidden">{s('error.prefix')}</span>{error()}</p></Show>
                <div class="radios">
                  <For each={f.options ?? []}>
                    {(option, i) => (
                      <div class="radio">
                        <input type="radio" id={i() === 0 ? id : `${id}-${i()}`} name={id} value={option} checked={props.values[key(f.name)] === option} onChange={() => props.setValues(key(f.name), option)} />
                        <label for={i() === 0 ? id : `${id}-${i()}`}>{props.strings[`option.${f.name}.${option}`] ?? option}</label>
                      </div>
                    )}
                  </For>
                </div>
              </fieldset>
            }>
            <Show when={!isBooleanKind(f.kind)} fallback={
              <div class="field checkbox" classList={{ 'field-error': !!error() }}>
                <Show when={error()}><p id={`${id}-error`} class="error-message"><span class="visually-hidden">{s('error.prefix')}</span>{error()}</p></Show>
                <input {...common()} type="checkbox" checked={props.values[key(f.name)] === 'true'} onChange={(e) => props.setValues(key(f.name), String(e.currentTarget.checked))} />
                <label for={id}>{label(f.name)}</label>
              </div>
            }>
              <Field id={id} label={label(f.name)} hint={hint} error={error()} errorPrefix={s('error.prefix')}>
                <Show when={isLongText(f.kind)} fallback={
                  <input {...common()} type={inputType(f.kind)} inputmode={inputMode(f.kind)} class={inputMode(f.kind) ? 'input-medium' : undefined} autocomplete="off"
                    value={props.values[key(f.name)] ?? ''} onInput={(e) => props.setValues(key(f.name), e.currentTarget.value)} />
                }>
                  <textarea {...common()} rows="4" value={props.values[key(f.name)] ?? ''} onInput={(e) => props.setValues(key(f.name), e.currentTarget.value)} />
                </Show>
              </Field>
            </Show>
            </Show>
          );
        }}
      </For>
      <button type="submit">{s('action.submit', { action: title() })}</button>
    </form>
  );
}
