// The words the 举报 pages share: their namespace.
import { translate, type Lang } from '../../i18n/translate.ts';
import type { Words } from '../notices/words.ts';

export function reportWords(lang: Lang): Words {
  return (key, params = {}) => translate(lang, key.includes(':') ? key : `reports:${key}`, params);
}
