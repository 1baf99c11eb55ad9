// The words of the offices block (content/locales/*/offices.json), keyed `offices.*` so they sit beside an island's own.
import type { TFunction } from 'i18next';
import officeKeys from '../../../content/locales/zh-CN/offices.json';
import { stringsFor, type Strings } from '../apply/strings.ts';

/** Only the keys the islands' Offices block uses; the rest serve the policy pages. */
const ISLAND_KEYS = ['title', 'place', 'unlisted', 'address', 'hours', 'phone', 'noPhoneTownship', 'noPhoneCounty'] as const satisfies readonly (keyof typeof officeKeys)[];

export function officeStrings(t: TFunction): Strings {
  return Object.fromEntries(Object.entries(stringsFor(t, 'offices', ISLAND_KEYS)).map(([key, template]) => [`offices.${key}`, template]));
}
