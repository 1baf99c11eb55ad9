// Server-rendered HTML for the live pages: Hono's html template, which escapes every interpolated string (a name, a
// place, what a resident typed), so only markup written here is markup. Synchronous: no value is a promise.
import { html as honoHtml, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString;
type Value = string | number | boolean | null | undefined | Html | readonly Value[];

export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  return honoHtml(strings, ...(values as unknown[])) as Html;
}

export { raw };
