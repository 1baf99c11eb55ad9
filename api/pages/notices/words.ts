// The words the 公示 pages share: their namespace, programme and place names, amounts, and page paths by language.
import type { Services } from '../../services.ts';
import { countyUnit } from '../../domain/places.ts';
import { DEFAULT_LANG, translate, type Lang } from '../../i18n/translate.ts';

export type Words = (key: string, params?: Record<string, unknown>) => string;

export function noticeWords(lang: Lang): Words {
  return (key, params = {}) => translate(lang, key.includes(':') ? key : `notices:${key}`, params);
}

export const programmeName = (t: Words, programme: string) => t(`staff:option.programme.${programme}`, { defaultValue: programme });

export const countyName = (services: Services, code: string) => countyUnit(services.regions, code)?.name ?? code;

/** 临时救助 is paid once; every other programme with a 公示 monthly. */
export const amountText = (t: Words, programme: string, amount: number) => t(programme === 'linshi-jiuzhu' ? 'table.once' : 'table.monthly', { amount });

/** A page's path under the site for a language, with the base path: /notices/, /en/notices/lookup/ … */
export function pagePath(base: string, lang: Lang, path: string): string {
  return `${base.replace(/\/$/, '')}/${lang === DEFAULT_LANG ? '' : `${lang.toLowerCase()}/`}${path}`;
}
