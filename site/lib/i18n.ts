import i18next, { type TFunction } from 'i18next';

// Every file content/locales/<lang>/<namespace>.json; adding a language is adding a folder.
const files = import.meta.glob<Record<string, string>>('../../content/locales/*/*.json', { eager: true, import: 'default' });

export const defaultLang = 'zh-CN';

const resources: Record<string, Record<string, Record<string, string>>> = {};
for (const [path, strings] of Object.entries(files)) {
  const [, lang, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path)!;
  (resources[lang!] ??= {})[ns!] = strings;
}

/** Languages with interface strings, the default first. */
export const languages = Object.keys(resources).sort((a, b) => (a === defaultLang ? -1 : b === defaultLang ? 1 : a.localeCompare(b)));

const translators = new Map<string, TFunction>();
for (const lang of languages) {
  const instance = i18next.createInstance();
  await instance.init({ lng: lang, fallbackLng: defaultLang, resources, defaultNS: 'ui', ns: Object.keys(resources[lang]!), interpolation: { escapeValue: false } });
  translators.set(lang, instance.t);
}

export function translator(lang: string): TFunction {
  return translators.get(lang) ?? translators.get(defaultLang)!;
}

/** The first path segment for a language: '' for the default, 'en/' for English. */
export function langPrefix(lang: string): string {
  return lang === defaultLang ? '' : `${lang.toLowerCase()}/`;
}

/** Which language a URL path (without the base) is in. */
export function langFromPath(path: string): string {
  const first = path.split('/').find(Boolean)?.toLowerCase();
  return languages.find((lang) => lang !== defaultLang && lang.toLowerCase() === first) ?? defaultLang;
}

/** getStaticPaths entries for a `[...lang]` route: undefined for the default language. */
export function langParams() {
  return languages.map((lang) => ({ params: { lang: lang === defaultLang ? undefined : lang.toLowerCase() }, props: { lang } }));
}
