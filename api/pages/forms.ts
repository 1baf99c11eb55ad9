// GOV.UK-style form parts for server-rendered pages, as the islands draw them (site/islands/apply/Field.tsx,
// ErrorSummary.tsx): a label, a hint, the error above the input, and a summary of errors linking to their fields.
import { html, type Html } from './html.ts';

/** A problem with one field (`field`: the input's id), or with the whole form (no field). */
export interface FormError {
  field?: string;
  message: string;
}

export function errorSummary(title: string, errors: readonly FormError[]): Html {
  if (errors.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title"><h2 id="error-summary-title">${title}</h2><ul>${errors.map((e) => (e.field ? html`<li><a href="#${e.field}">${e.message}</a></li>` : html`<li>${e.message}</li>`))}</ul></div>`;
}

export interface FieldOptions {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value?: string;
  error?: string;
  errorPrefix: string;
  /** textarea rows; absent: a one-line input. */
  rows?: number;
  inputmode?: 'numeric' | 'tel' | 'text';
  autocomplete?: string;
  required?: boolean;
}

export function field(o: FieldOptions): Html {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const common = html`id="${o.id}" name="${o.name}"${described ? html` aria-describedby="${described}"` : ''}${o.error ? html` aria-invalid="true"` : ''}${o.required ? html` aria-required="true"` : ''}`;
  const input = o.rows
    ? html`<textarea ${common} rows="${o.rows}">${o.value ?? ''}</textarea>`
    : html`<input ${common} type="text" value="${o.value ?? ''}"${o.inputmode ? html` inputmode="${o.inputmode}"` : ''} autocomplete="${o.autocomplete ?? 'off'}">`;
  return html`<div class="field${o.error ? ' field-error' : ''}"><label for="${o.id}">${o.label}</label>${o.hint ? html`<p id="${o.id}-hint" class="hint">${o.hint}</p>` : ''}${o.error ? html`<p id="${o.id}-error" class="error-message"><span class="visually-hidden">${o.errorPrefix}</span>${o.error}</p>` : ''}${input}</div>`;
}
