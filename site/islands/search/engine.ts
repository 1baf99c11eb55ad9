// Resident search: Pagefind over the built pages, with the query first folded to simplified characters,
// then, when the whole phrase finds little, searched word by word and ranked by how many words a page has.

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

// Words that carry no meaning for finding a programme; searching them alone only adds noise.
const fillerWords = new Set(['怎么', '怎样', '如何', '什么', '有没有', '没有', '可以', '能不能', '能', '要', '了', '的', '吗', '呢', '啊', '我', '我家', '家里', '想', '办', '申请', '哪里', '多少', '是', '有', 'how', 'to', 'the', 'a', 'an', 'for', 'of', 'i', 'my', 'can', 'get', 'what', 'is']);

let pagefind: Promise<Pagefind> | undefined;
let t2s: Promise<Record<string, string>> | undefined;

export function loadSearch(base: string): Promise<unknown> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
    await pf.options({ baseUrl: base });
    await pf.init();
    return pf;
  });
  t2s ??= fetch(`${base}search-t2s.json`).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));
  return Promise.all([pagefind, t2s]);
}

export async function toSimplified(query: string, base: string): Promise<string> {
  await loadSearch(base);
  const map = await t2s!;
  return [...query].map((c) => map[c] ?? c).join('');
}

/** Words of a query: CJK by the browser's word segmenter, Latin by spaces. */
export function queryWords(query: string, lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  const words = [...segmenter.segment(query.toLowerCase())].filter((s) => s.isWordLike).map((s) => s.segment);
  return [...new Set(words.filter((w) => !fillerWords.has(w)))];
}

export async function searchPolicies(rawQuery: string, base: string, lang: string, limit = 5): Promise<SearchHit[]> {
  const query = (await toSimplified(rawQuery.trim(), base)).slice(0, 100);
  if (!query) return [];
  const pf = await pagefind!;
  const scores = new Map<string, { result: PagefindResult; words: number; score: number }>();
  const add = (results: PagefindResult[], weight: number) => {
    for (const result of results) {
      const entry = scores.get(result.id) ?? { result, words: 0, score: 0 };
      entry.words += weight;
      entry.score += result.score * weight;
      scores.set(result.id, entry);
    }
  };
  const phrase = await pf.search(query);
  add(phrase.results, 2);
  const words = queryWords(query, lang);
  if (phrase.results.length < 3 && words.length > 1) {
    const perWord = await Promise.all(words.map((w) => pf.search(w)));
    perWord.forEach((r) => add(r.results, 1));
  }
  const ranked = [...scores.values()].sort((a, b) => b.words - a.words || b.score - a.score).slice(0, limit);
  return Promise.all(
    ranked.map(async ({ result }) => {
      const data = await result.data();
      return { url: data.url, title: data.meta.title ?? data.url, summary: data.meta.summary ?? '' };
    }),
  );
}
