import type { APIContext } from 'astro';
import { languages } from '../lib/i18n.ts';
import { vocabularyFor } from '../lib/search-vocabulary.ts';

// The index's own words for search in each language, fetched once when the search box takes focus.
export function getStaticPaths() {
  return languages.map((lang) => ({ params: { lang: lang.toLowerCase() }, props: { lang } }));
}

export function GET({ props }: APIContext<{ lang: string }>) {
  return new Response(JSON.stringify(vocabularyFor(props.lang)), { headers: { 'Content-Type': 'application/json' } });
}
