import { pinyin } from 'pinyin-pro';

/** Pinyin forms of Chinese names: joined (dibao), spaced syllables (di bao) and initials (db). */
export function searchTerms(words: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    const han = word.replace(/[^\p{Script=Han}]/gu, '');
    if (!han) continue;
    const syllables = pinyin(han, { toneType: 'none', type: 'array', v: true });
    terms.add(syllables.join(''));
    if (syllables.length > 2) for (let i = 0; i + 1 < syllables.length; i++) terms.add(syllables[i]! + syllables[i + 1]!);
    terms.add(syllables.map((s) => s[0]).join(''));
  }
  return [...terms];
}
