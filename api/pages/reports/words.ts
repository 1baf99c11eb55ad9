// The words the 举报 pages share: their namespace, and the names of what a report may be about.
import { catalogTitle } from '../../content/catalog.ts';
import { translate, type Lang } from '../../i18n/translate.ts';
import type { Words } from '../notices/words.ts';

export function reportWords(lang: Lang): Words {
  return (key, params = {}) => translate(lang, key.includes(':') ? key : `reports:${key}`, params);
}

export const programmeTitle = (lang: Lang, id: string) => catalogTitle(lang, id);
