// Tokens that a query and the index's vocabulary are compared by. Chinese text is cut into overlapping
// character pairs (低保 stays one token however a word segmenter splits it, and a new word still overlaps its
// neighbours), plus their pinyin, so a homophone typed through a pinyin keyboard (低宝, 高玲) still meets its word.

/** Readings of the Han character at `index` of a text (toneless pinyin), or none when unknown. */
export type Readings = (char: string, index: number) => readonly string[] | undefined;

/** Token → weight of one piece of text. */
export type Tokens = Map<string, number>;

const unitPattern = /\p{Script=Han}|[0-9]+|[a-z]+|[^\p{Script=Han}0-9a-z]+/gu;
const han = /^\p{Script=Han}$/u;
const latin = /^[a-z]+$/;

// English words that say nothing about which programme is meant.
const englishStopWords = new Set(['a', 'an', 'the', 'to', 'of', 'for', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'is', 'are', 'am', 'be', 'do', 'does', 'how', 'what', 'where', 'who', 'when', 'which', 'i', 'me', 'my', 'we', 'our', 'you', 'your', 'can', 'could', 'get', 'want', 'need', 'please', 'there', 'any', 'some', 'it', 'this', 'that', 'if', 'from', 'about']);

/** Weights: a character pair carries the meaning; one character alone or a pinyin pair only hints. */
export const tokenWeights = { pair: 1, single: 0.25, pinyin: 0.5, word: 1, joinedWords: 0.7 } as const;

// Chinese words that ask or count rather than name a need (多少, 怎么, 每个月, 有没有). In a corpus of 22 pages
// their pairs are rare, so without this a question's wording (低保一个月多少钱) would outweigh its subject (老人).
const functionWords = ['为什么', '有没有', '是不是', '能不能', '可不可以', '怎么办', '一个月', '每个月', '怎么', '什么', '多少',
  '哪里', '没有', '可以', '这个', '那个', '一个', '每个', '我们', '我家', '自己', '需要', '为啥', '个月', '每月', '能', '会',
  '要', '想', '去', '了', '的', '吗', '呢', '啊', '吧', '呀', '我', '你', '他', '她', '这', '那', '个', '每', '给', '都',
  '也', '还', '就', '才', '又', '在', '是', '有', '和', '跟', '与', '被', '把', '让', '对', '为', '谁', '几', '不', '没', '得'];
const functionPattern = new RegExp(functionWords.join('|'), 'gu');
/** How much a pair still counts with none, one or both of its characters in function words. */
const functionShare = [1, 0.5, 0.15] as const;

/** Which code points of a text belong to function words. */
export function functionCharacters(text: string): boolean[] {
  const chars = [...text];
  const marked = chars.map(() => false);
  for (const m of text.matchAll(functionPattern)) {
    const start = [...text.slice(0, m.index)].length;
    for (let i = 0; i < [...m[0]].length; i++) marked[start + i] = true;
  }
  return marked;
}

/** The pinyin distinctions that speakers in the south-west merge and so mistype: zh/z, ch/c, sh/s, n/l, h/f, -ng/-n. */
export function fuzzySyllable(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/^n(?=[aeiouv])/, 'l').replace(/^h(?=[aeiouv])/, 'f').replace(/([aei])ng$/, '$1n');
}

/** A light English stemmer, the same on both sides: divorced, divorces → divorc; allowances → allowanc. */
export function stem(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ing|ed)$/.test(w) && w.length > 5) w = w.replace(/(ing|ed)$/, '');
  else if (/[^su]s$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function put(tokens: Tokens, token: string, weight: number) {
  if ((tokens.get(token) ?? 0) < weight) tokens.set(token, weight);
}

/**
 * Tokens of folded text: Han/digit pairs, single characters, pinyin pairs, and stemmed English words. For a
 * query, `weakenFunctionWords` lowers the pairs that lie in words like 多少 or 怎么.
 */
export function tokenize(text: string, readings?: Readings, weakenFunctionWords = false): Tokens {
  const tokens: Tokens = new Map();
  const units = text.match(unitPattern) ?? [];
  const weak = weakenFunctionWords ? functionCharacters(text) : [];
  let position = 0;
  let hanIndex = 0;
  let lastWord: string | undefined;
  let previous: { unit: string; readings: readonly string[] | undefined; weak: boolean } | undefined;
  for (const unit of units) {
    const at = position;
    position += [...unit].length;
    if (latin.test(unit)) {
      previous = undefined;
      if (!englishStopWords.has(unit)) put(tokens, stem(unit), tokenWeights.word);
      // Pinyin typed with spaces (di bao) meets the joined form (dibao).
      if (lastWord) put(tokens, lastWord + unit, tokenWeights.joinedWords);
      lastWord = unit;
      continue;
    }
    if (!han.test(unit) && !/^[0-9]+$/.test(unit)) {
      previous = undefined;
      if (/\S/.test(unit)) lastWord = undefined;
      continue;
    }
    lastWord = undefined;
    const own = han.test(unit) ? readings?.(unit, hanIndex++)?.map(fuzzySyllable) : undefined;
    const isWeak = weak[at] ?? false;
    put(tokens, unit, tokenWeights.single * functionShare[isWeak ? 2 : 0]);
    if (previous) {
      const share = functionShare[Number(previous.weak) + Number(isWeak)]!;
      put(tokens, previous.unit + unit, tokenWeights.pair * share);
      for (const a of previous.readings ?? []) for (const b of own ?? []) put(tokens, `~${a}${b}`, tokenWeights.pinyin * share);
    }
    previous = { unit, readings: own, weak: isWeak };
  }
  return tokens;
}
