// The index's own vocabulary (each page's titles, short names, aliases, summary and their pinyin), scored
// against a query like a small BM25 over character pairs: a page whose aliases share the query's rare pairs wins.
import { tokenize, type Readings, type Tokens } from './tokens.ts';

/** One policy page as search shows it. */
export interface VocabularyPage {
  /** Catalog id, e.g. dibao. */
  id: string;
  /** Path under the site's base, e.g. en/policy/dibao/. */
  path: string;
  title: string;
  summary: string;
  /** Pagefind's id for the page (its fragment hash), added after the index is built. */
  pf?: string;
}

/**
 * Words of one page at one weight: page index, weight, the folded words joined by '|', and for each word the
 * toneless pinyin of its Han characters (space-separated), joined by '|' in the same order.
 */
export type VocabularyTerms = [page: number, weight: number, words: string, syllables: string];

/** The file search-vocab-<lang>.json. */
export interface Vocabulary {
  pages: VocabularyPage[];
  terms: VocabularyTerms[];
}

export interface VocabularyIndex {
  pages: VocabularyPage[];
  /** Token → page → summed weight of the terms that carry it. */
  postings: Map<string, Map<number, number>>;
  /** Short terms of the vocabulary (2–4 Han characters: 低保, 五保户), to cut a query into words Pagefind knows. */
  words: Set<string>;
  /** Longest word in `words`, in characters. */
  longestWord: number;
  /** Every whole term (2+ Han characters or 3+ letters) with its page and weight, for alias hits. */
  phrases: { text: string; page: number; weight: number; length: number }[];
}

// Term-frequency saturation: the tenth alias with a pair adds little over the third.
const saturation = 1.2;
// A query that contains a page's whole name or alias (低保, 五保户, 扯结婚证) is a hit on that page: this much per
// unit of the term's weight, scaled by the share of the query the term covers.
const aliasHit = 3;

/** Text as alias hits compare it: punctuation as one space, a space between Han and Latin; Latin padded by spaces. */
function phraseForm(text: string): string {
  const spaced = text.replace(/[^\p{Script=Han}0-9a-z]+/gu, ' ').replace(/(\p{Script=Han})(?=[0-9a-z])|([0-9a-z])(?=\p{Script=Han})/gu, '$1$2 ').trim();
  return /\p{Script=Han}/u.test(spaced) ? spaced : ` ${spaced} `;
}

export function indexVocabulary(vocabulary: Vocabulary): VocabularyIndex {
  const postings = new Map<string, Map<number, number>>();
  const words = new Set<string>();
  const phrases: VocabularyIndex['phrases'] = [];
  for (const [page, weight, texts, syllables] of vocabulary.terms) {
    const readingsOf = syllables.split('|');
    texts.split('|').forEach((text, t) => addTerm(text, page, weight, readingsOf[t]?.split(' ') ?? []));
  }
  function addTerm(text: string, page: number, weight: number, syllables: string[]) {
    if (/\p{Script=Han}.*\p{Script=Han}|[a-z]{3}/u.test(text)) phrases.push({ text: phraseForm(text), page, weight, length: [...text].length });
    const readings: Readings = (_c, i) => (syllables[i] ? [syllables[i]!] : undefined);
    for (const [token, tokenWeight] of tokenize(text, readings)) {
      const byPage = postings.get(token) ?? new Map<number, number>();
      byPage.set(page, (byPage.get(page) ?? 0) + tokenWeight * weight);
      postings.set(token, byPage);
    }
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) if ([...run].length >= 2 && [...run].length <= 4) words.add(run);
  }
  const longestWord = Math.max(0, ...[...words].map((w) => [...w].length));
  return { pages: vocabulary.pages, postings, words, longestWord, phrases };
}

/** Score of each page (by index) for the query's tokens, plus its best alias hit on the folded query text. */
export function scoreVocabulary(index: VocabularyIndex, query: Tokens, text: string): Map<number, number> {
  const scores = new Map<number, number>();
  const hits = new Map<number, number>();
  const padded = ` ${phraseForm(text).trim()} `;
  const length = [...text].length;
  for (const phrase of index.phrases) {
    if (!padded.includes(phrase.text)) continue;
    const hit = (aliasHit * phrase.weight * Math.min(phrase.length, length)) / length;
    if (hit > (hits.get(phrase.page) ?? 0)) hits.set(phrase.page, hit);
  }
  for (const [page, hit] of hits) scores.set(page, hit);
  const total = index.pages.length;
  for (const [token, queryWeight] of query) {
    const byPage = index.postings.get(token);
    if (!byPage) continue;
    const idf = Math.log(1 + (total - byPage.size + 0.5) / (byPage.size + 0.5));
    for (const [page, tf] of byPage) {
      scores.set(page, (scores.get(page) ?? 0) + queryWeight * idf * ((tf * (saturation + 1)) / (tf + saturation)));
    }
  }
  return scores;
}

/** The query cut into words: the vocabulary's words by longest match, the rest by the browser's segmenter. */
export function queryWords(index: VocabularyIndex, query: string, segmenter: Intl.Segmenter): string[] {
  const words: string[] = [];
  const chars = [...query];
  let rest = '';
  const flush = () => {
    for (const s of segmenter.segment(rest)) if (s.isWordLike) words.push(s.segment);
    rest = '';
  };
  for (let i = 0; i < chars.length; ) {
    let match = '';
    for (let n = Math.min(index.longestWord, chars.length - i); n >= 2 && !match; n--) {
      const candidate = chars.slice(i, i + n).join('');
      if (index.words.has(candidate)) match = candidate;
    }
    if (match) {
      flush();
      words.push(match);
      i += [...match].length;
    } else rest += chars[i++];
  }
  flush();
  return [...new Set(words)];
}
