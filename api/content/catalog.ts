// The policy catalog as the server needs it (content/policies/<lang>/<id>.md, one page each, read once): the ids a 举报
// may name and their titles in catalog order, for the form served without JavaScript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CATALOG_CATEGORIES } from '../domain/catalog.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../i18n/translate.ts';

const policiesDir = join(import.meta.dirname, '../../content/policies');

interface Front {
  title: string;
  category: string;
}

function frontOf(lang: Lang, id: string): Front | undefined {
  try {
    const text = readFileSync(join(policiesDir, lang, `${id}.md`), 'utf8');
    return parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Front;
  } catch {
    return undefined;
  }
}

const ids = readdirSync(join(policiesDir, DEFAULT_LANG)).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));
const chinese = new Map(ids.map((id) => [id, frontOf(DEFAULT_LANG, id)!]));
const categoryRank = (id: string) => (CATALOG_CATEGORIES as readonly string[]).indexOf(chinese.get(id)!.category);

/** Every catalog id (a policy exists when its Chinese text does), in catalog order. */
export const CATALOG_IDS: readonly string[] = [...ids].sort((a, b) => categoryRank(a) - categoryRank(b));
const known = new Set(CATALOG_IDS);
export const isCatalogId = (id: string) => known.has(id);

const titles = new Map(LANGS.map((lang) => [lang, new Map(CATALOG_IDS.map((id) => [id, (lang === DEFAULT_LANG ? chinese.get(id) : frontOf(lang, id))?.title ?? chinese.get(id)!.title]))]));

/** The policy's title in a language (the Chinese one where it is not translated). */
export const catalogTitle = (lang: Lang, id: string): string => titles.get(lang)?.get(id) ?? id;
