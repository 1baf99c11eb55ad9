import { pinyin } from 'pinyin-pro';
import { gb2312Characters } from '../lib/gb2312.ts';

// Toneless pinyin → the characters read so (every reading of a polyphone), made at build time: search compares
// pinyin too, so a homophone typed through a pinyin keyboard (低宝 for 低保) still finds its page. GB 2312 level 1
// (3755 characters, about 99.7 % of running text) is what a pinyin keyboard offers first; it halves the file.
export function GET() {
  const bySyllable: Record<string, string> = {};
  for (const char of gb2312Characters(1)) {
    for (const syllable of new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }))) bySyllable[syllable] = (bySyllable[syllable] ?? '') + char;
  }
  return new Response(JSON.stringify(bySyllable), { headers: { 'Content-Type': 'application/json' } });
}
