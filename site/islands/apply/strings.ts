// Interface strings an island receives from the page: raw templates from i18next, filled in the browser.
import type { TFunction } from 'i18next';

/** Key → template with `{{placeholders}}`, for one island. */
export type Strings = Record<string, string>;

/** The templates of these keys in a namespace, uninterpolated, for handing to an island as a prop. */
export function stringsFor(t: TFunction, namespace: string, keys: readonly string[]): Strings {
  return Object.fromEntries(keys.map((key) => [key, t(`${namespace}:${key}`, { skipInterpolation: true }) as string]));
}

/** The template with each `{{name}}` replaced by its value; unknown keys are shown as the key, so a gap is visible. */
export function fill(strings: Strings, key: string, params: Record<string, string | number> = {}): string {
  const template = strings[key] ?? key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The 代办 wording: where a key has a `…Agent` variant (申请人的…, not 您的…), it replaces the resident's one. */
export function agentVoice(strings: Strings): Strings {
  return Object.fromEntries(Object.entries(strings).map(([key, template]) => [key, strings[`${key}Agent`] ?? template]));
}
