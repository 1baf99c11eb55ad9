import { createEffect, For, Show } from 'solid-js';

/** A problem with one field: `field` is the id of the input to jump to. */
export interface FieldError {
  field: string;
  message: string;
}

interface Props {
  title: string;
  errors: readonly FieldError[];
  /** Id prefix, for a page with two forms (default error-summary). */
  id?: string;
}

// GOV.UK error summary: takes focus each time a new list of errors is shown; each link moves focus to its field.
export default function ErrorSummary(props: Props) {
  let box: HTMLDivElement | undefined;
  createEffect(() => {
    if (props.errors.length > 0) box?.focus();
  });
  const jump = (event: MouseEvent, field: string) => {
    const target = document.getElementById(field);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <Show when={props.errors.length > 0}>
      <div class="error-summary" ref={box} tabindex="-1" aria-labelledby={`${props.id ?? 'error-summary'}-title`}>
        <h2 id={`${props.id ?? 'error-summary'}-title`}>{props.title}</h2>
        <ul>
          <For each={props.errors}>{(e) => <li><a href={`#${e.field}`} onClick={(ev) => jump(ev, e.field)}>{e.message}</a></li>}</For>
        </ul>
      </div>
    </Show>
  );
}

/** The message for one field, if it has one. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field)?.message;
}
