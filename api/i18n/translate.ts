// Server-side strings: i18next over content/locales/<lang>/<namespace>.json, read once at start.
import i18next, { type TFunction } from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_LANG = 'zh-CN';
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

const localesDir = join(import.meta.dirname, '../../content/locales');

function loadResources(): Record<string, Record<string, Record<string, string>>> {
  const resources: Record<string, Record<string, Record<string, string>>> = {};
  for (const lang of LANGS) {
    const dir = join(localesDir, lang);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      (resources[lang] ??= {})[file.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    }
  }
  return resources;
}

const resources = loadResources();
const translators = new Map<Lang, TFunction>();
for (const lang of LANGS) {
  const instance = i18next.createInstance();
  void instance.init({ lng: lang, fallbackLng: DEFAULT_LANG, resources, ns: Object.keys(resources[lang] ?? {}), initAsync: false, interpolation: { escapeValue: false } });
  translators.set(lang, instance.t);
}

/** The string `ns:key` in `lang`, with {{placeholders}} filled. */
export function translate(lang: Lang, key: string, params: Record<string, unknown> = {}): string {
  return translators.get(lang)!(key, params) as string;
}
