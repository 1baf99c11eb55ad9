import { getCollection, type CollectionEntry } from 'astro:content';
import { defaultLang } from './i18n.ts';
import { categoryIds } from '../schemas/policy.ts';

export interface PolicyPage {
  /** Catalog id, e.g. dibao. */
  id: string;
  /** The policy text shown: the translation, or the Chinese text when there is none. */
  data: CollectionEntry<'policies'>['data'];
  /** Language the text is written in (differs from the page language when untranslated). */
  textLang: string;
}

const all = await getCollection('policies');

/** Every catalog id; a policy exists when its Chinese text exists. */
export const policyIds = all.filter((e) => e.id.startsWith(`${defaultLang.toLowerCase()}/`)).map((e) => e.id.split('/')[1]!);

/** The policy in a language, falling back to the Chinese text. */
export function policyFor(id: string, lang: string): PolicyPage {
  const own = all.find((e) => e.id === `${lang.toLowerCase()}/${id}`);
  const chinese = all.find((e) => e.id === `${defaultLang.toLowerCase()}/${id}`)!;
  return own ? { id, data: own.data, textLang: lang } : { id, data: chinese.data, textLang: defaultLang };
}

/** All policies in a language, in catalog order. */
export function policiesFor(lang: string): PolicyPage[] {
  return policyIds.map((id) => policyFor(id, lang)).sort((a, b) => categoryIds.indexOf(a.data.category) - categoryIds.indexOf(b.data.category));
}
