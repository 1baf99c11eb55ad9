import { Show, type JSX } from 'solid-js';

interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Prefix read before the error, e.g. 错误： */
  errorPrefix: string;
  /** The input; give it `aria-describedby={describedBy(id, hint, error)}`. */
  children: JSX.Element;
}

// A labelled input with its hint and its error message, GOV.UK style: the message sits above the input.
export default function Field(props: Props) {
  return (
    <div class="field" classList={{ 'field-error': !!props.error }}>
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}><p id={`${props.id}-hint`} class="hint">{props.hint}</p></Show>
      <Show when={props.error}>
        <p id={`${props.id}-error`} class="error-message"><span class="visually-hidden">{props.errorPrefix}</span>{props.error}</p>
      </Show>
      {props.children}
    </div>
  );
}

/** The ids of a field's hint and error, for aria-describedby. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}
