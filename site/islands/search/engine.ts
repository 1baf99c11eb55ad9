// Resident search. The query is folded (traditional → simplified, dialect → the pages' words), then scored two
// ways that are always merged: against the index's own vocabulary (titles, short names, aliases, by character
// pairs and their pinyin), and by Pagefind over the page text, phrase and word by word. Pagefind alone drops
// words it does not know and ANDs the rest, and the browser's segmenter splits 低保 into 低+保; the vocabulary
// score does not depend on either.
import { fold } from './fold.ts';
import { tokenize, type Readings } from './tokens.ts';
import { indexVocabulary, queryWords, scoreVocabulary, type Vocabulary, type VocabularyIndex } from './vocabulary.ts';

export interface SearchHit {
  url: string;
  title: string;
  /** The page's plain summary (shown instead of an excerpt, which may quote hidden search terms). */
  summary: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: { title?: string; summary?: string } }>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

// Words that carry no meaning for finding a programme; Pagefind searches them only inside the whole phrase.
const fillerWords = new Set(['怎么', '什么', '有没有', '没有', '可以', '能不能', '能', '要', '了', '的', '吗', '呢', '啊', '我', '我家', '家里', '想', '办', '申请', '哪里', '多少', '是', '有', 'how', 'to', 'the', 'a', 'an', 'for', 'of', 'i', 'my', 'can', 'get', 'what', 'is']);

// The vocabulary knows residents' words, Pagefind the pages' full text: the vocabulary leads, Pagefind adds.
const pagefindShare = 0.6;
// Pagefind searches: the whole phrase counts more than one of its words, one character alone much less.
const pagefindWeights = { phrase: 1.5, word: 1, character: 0.3 } as const;
// A result scoring under this share of the best one is noise, not an answer.
const relevanceFloor = 0.12;

let pagefind: Promise<Pagefind> | undefined;
let t2s: Promise<Record<string, string>> | undefined;
let pinyinOf: Promise<Map<string, string[]>> | undefined;
const vocabularies = new Map<string, Promise<VocabularyIndex | undefined>>();

const json = <T>(url: string, empty: T): Promise<T> => fetch(url).then((r) => (r.ok ? (r.json() as Promise<T>) : empty)).catch(() => empty);

function vocabularyFor(base: string, lang: string) {
  let found = vocabularies.get(lang);
  if (!found) {
    found = json<Vocabulary | undefined>(`${base}search-vocab-${lang.toLowerCase()}.json`, undefined).then((v) => {
      // A failed fetch is tried again by the next query, not remembered.
      if (!v) vocabularies.delete(lang);
      return v && indexVocabulary(v);
    });
    vocabularies.set(lang, found);
  }
  return found;
}

/** Starts loading what search needs in a language (on focus), so the first query does not wait for it. */
export function loadSearch(base: string, lang: string): Promise<unknown> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  });
  t2s ??= json<Record<string, string>>(`${base}search-t2s.json`, {});
  pinyinOf ??= json<Record<string, string>>(`${base}search-pinyin.json`, {}).then((bySyllable) => {
    const readings = new Map<string, string[]>();
    for (const [syllable, chars] of Object.entries(bySyllable)) for (const c of chars) readings.set(c, [...(readings.get(c) ?? []), syllable]);
    return readings;
  });
  return Promise.all([pagefind, t2s, pinyinOf, vocabularyFor(base, lang)]);
}

/** Page index → score, each scaled so the best page has 1. */
function scaled(scores: Map<number, number>): Map<number, number> {
  const best = Math.max(0, ...scores.values());
  return new Map([...scores].map(([page, s]) => [page, best > 0 ? s / best : 0]));
}

/** Pagefind over the page text: the phrase and each of its words, each search scaled to its best page. */
async function pagefindScores(pf: Pagefind, index: VocabularyIndex, phrases: string[], words: string[]): Promise<Map<number, number>> {
  const byPf = new Map(index.pages.map((p, i) => [p.pf, i]));
  const searches = [...phrases.map((q) => ({ q, weight: pagefindWeights.phrase })),
    ...words.map((q) => ({ q, weight: [...q].length > 1 || /^[a-z0-9]+$/.test(q) ? pagefindWeights.word : pagefindWeights.character }))];
  const found = await Promise.all(searches.map(({ q }) => pf.search(q)));
  const scores = new Map<number, number>();
  found.forEach(({ results }, i) => {
    const best = Math.max(0, ...results.map((r) => r.score));
    for (const r of results) {
      const page = byPf.get(r.id);
      if (page === undefined || best <= 0) continue;
      scores.set(page, (scores.get(page) ?? 0) + (searches[i]!.weight * r.score) / best);
    }
  });
  return scores;
}

export async function searchPolicies(rawQuery: string, base: string, lang: string, limit = 5): Promise<SearchHit[]> {
  await loadSearch(base, lang);
  const [pf, t2sMap, readingsOf, index] = await Promise.all([pagefind!, t2s!, pinyinOf!, vocabularyFor(base, lang)]);
  const simplified = [...rawQuery.trim()].map((c) => t2sMap[c] ?? c).join('').slice(0, 100).toLowerCase();
  if (!simplified) return [];
  const query = fold(simplified);
  if (!index) throw new Error('search vocabulary missing');
  const readings: Readings = (c) => readingsOf.get(c);
  const vocabulary = scaled(scoreVocabulary(index, tokenize(query, readings, true), query));

  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = [...new Set([query, simplified].flatMap((q) => queryWords(index, q, segmenter)))].filter((w) => !fillerWords.has(w));
  const phrases = [...new Set([query, simplified])];
  const text = scaled(await pagefindScores(pf, index, phrases, words));

  const merged = [...new Set([...vocabulary.keys(), ...text.keys()])]
    .map((page) => ({ page, score: (vocabulary.get(page) ?? 0) + pagefindShare * (text.get(page) ?? 0) }))
    .sort((a, b) => b.score - a.score);
  const best = merged[0]?.score ?? 0;
  return merged
    .filter((m) => m.score > 0 && m.score >= relevanceFloor * best)
    .slice(0, limit)
    .map(({ page }) => {
      const p = index.pages[page]!;
      return { url: `${base}${p.path}`, title: p.title, summary: p.summary };
    });
}
