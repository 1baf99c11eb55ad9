import { Converter } from 'opencc-js';
import { gb2312Characters } from '../lib/gb2312.ts';

// Traditional → simplified character map for search queries (殯葬 → 殡葬), made with OpenCC at build time.
// Single characters keep it small; the island fetches it once, on focus.
export function GET() {
  const toSimplified = Converter({ from: 'hk', to: 'cn' });
  const fromTaiwan = Converter({ from: 'tw', to: 'cn' });
  // Taiwan usage also rewrites a few characters that are standard simplified ones (么 → 幺 would break 什么).
  const simplifiedSet = new Set(gb2312Characters());
  const map: Record<string, string> = {};
  for (let code = 0x3400; code <= 0x9fff; code++) {
    const char = String.fromCodePoint(code);
    const simplified = toSimplified(char) !== char ? toSimplified(char) : simplifiedSet.has(char) ? char : fromTaiwan(char);
    if (simplified !== char && [...simplified].length === 1) map[char] = simplified;
  }
  return new Response(JSON.stringify(map), { headers: { 'Content-Type': 'application/json' } });
}
