// Props the apply and agent pages hand to their island, computed once at build (server side only).
import type { TFunction } from 'i18next';
import { APPLY_PROGRAMMES } from '../../../api/domain/workflow.ts';
import applyStrings from '../../../content/locales/zh-CN/apply.json';
import errorStrings from '../../../content/locales/zh-CN/errors.json';
import type { CountyChoice } from './regions.ts';
import { stringsFor } from './strings.ts';
import { officeStrings } from '../places/strings.ts';
import type { ApplyIslandProps } from './ApplyIsland.tsx';

/** Keys of a nested locale object, dot-joined: { field: { name: { required } } } → field.name.required. */
function flatKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? flatKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

// The domain checks' messages (name.*, id.*, phone.*) are the API's own, so both say the same words.
export const fieldErrorKeys = flatKeys(errorStrings.field, 'field.');

export function applyIslandProps(t: TFunction, lang: string, counties: CountyChoice[], titles: Record<string, string>, caseHref: string): ApplyIslandProps {
  return {
    base: import.meta.env.BASE_URL,
    lang,
    strings: { ...stringsFor(t, 'apply', Object.keys(applyStrings)), ...stringsFor(t, 'errors', fieldErrorKeys), ...officeStrings(t) },
    counties,
    programmes: APPLY_PROGRAMMES.map((id) => ({ id, title: titles[id] ?? id })),
    caseHref,
  };
}
