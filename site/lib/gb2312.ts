/** The Han characters of GB 2312, the simplified standard set: level 1 (3755 common ones) or both levels (6763). */
export function gb2312Characters(levels: 1 | 2 = 2): string[] {
  const decoder = new TextDecoder('gbk');
  const chars: string[] = [];
  for (let row = 0xb0; row <= (levels === 1 ? 0xd7 : 0xf7); row++) {
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const char = decoder.decode(new Uint8Array([row, cell]));
      if (/^\p{Script=Han}$/u.test(char)) chars.push(char);
    }
  }
  return chars;
}
