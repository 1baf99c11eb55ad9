import { pinyin } from 'pinyin-pro';
import { policyFor, policyIds } from './policies.ts';
import { languages, langPrefix, translator } from './i18n.ts';
import { searchTerms } from './search-terms.ts';
import { fold } from '../islands/search/fold.ts';
import type { Vocabulary } from '../islands/search/vocabulary.ts';

// How much a match in each kind of words counts: a page's own names most, its summary least.
const fieldWeights = { title: 3, short: 3, alias: 2, pinyin: 1.5, summary: 0.5 } as const;

/** Toneless pinyin of the Han characters of folded text, read in context (长寿 → chang shou). */
function syllables(text: string): string {
  const han = text.replace(/[^\p{Script=Han}]/gu, '');
  return han ? pinyin(han, { toneType: 'none', type: 'array', v: true }).join(' ') : '';
}

/** A page's words in one language: as its page shows them, with the reader's name and terms when untranslated. */
function wordsOf(id: string, lang: string) {
  const { data: p, textLang } = policyFor(id, lang);
  const t = translator(lang);
  const local = textLang === lang ? '' : t(`programmes:${id}.name`, { defaultValue: '' });
  const localTerms = textLang === lang ? [] : t(`programmes:${id}.terms`, { defaultValue: '' }).split(/,\s*/).filter(Boolean);
  return [
    ...[p.title, p.short ?? '', local].map((text, i) => ({ text, weight: i === 1 ? fieldWeights.short : fieldWeights.title })),
    ...[...p.aliases, ...localTerms].map((text) => ({ text, weight: fieldWeights.alias })),
    // Pinyin of the names (dibao, di bao's pairs, db) and of short aliases people type in pinyin (wubao, canbu).
    ...searchTerms([p.title, p.short ?? '']).map((text) => ({ text, weight: fieldWeights.pinyin })),
    ...p.aliases.filter((a) => /^\p{Script=Han}{2,4}$/u.test(a)).map((a) => ({ text: pinyin(a, { toneType: 'none', separator: '', v: true }), weight: fieldWeights.pinyin })),
    { text: p.summary, weight: fieldWeights.summary },
  ].filter((w) => w.text);
}

/**
 * The vocabulary search-vocab-<lang>.json carries: each page's words in every language (低保 typed on the English
 * site, divorce on the Chinese one). Page titles and Pagefind ids are added once the index exists.
 */
export function vocabularyFor(lang: string): Vocabulary {
  const pages = policyIds.map((id) => ({ id, path: `${langPrefix(lang)}policy/${id}/`, title: '', summary: '' }));
  // Page → weight → folded words; a word keeps the highest weight it has on its page.
  const best = new Map<string, { page: number; weight: number; text: string }>();
  policyIds.forEach((id, page) => {
    for (const other of languages) {
      for (const { text, weight } of wordsOf(id, other)) {
        const folded = fold(text);
        const key = `${page}\u0000${folded}`;
        if ((best.get(key)?.weight ?? 0) < weight) best.set(key, { page, weight, text: folded });
      }
    }
  });
  const groups = new Map<string, { page: number; weight: number; texts: string[] }>();
  for (const { page, weight, text } of best.values()) {
    const group = groups.get(`${page}/${weight}`) ?? { page, weight, texts: [] };
    group.texts.push(text);
    groups.set(`${page}/${weight}`, group);
  }
  const terms = [...groups.values()].map(({ page, weight, texts }): Vocabulary['terms'][number] => [page, weight, texts.join('|'), texts.map(syllables).join('|')]);
  return { pages, terms };
}
