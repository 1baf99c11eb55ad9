// Personal names under GB 18030-2022 and 民委发〔2016〕33号 (names of minority-nationality citizens).
// Names are never Unicode-normalised: NFC maps CJK compatibility ideographs to other code points,
// and the name on record must stay the one the person was registered with.

/** The name separator 间隔号 U+00B7, as in 买买提·艾力. */
export const NAME_SEPARATOR = '\u00B7';
/** Most code points a name may have; the standard asks for at least 50. */
export const NAME_MAX_CODE_POINTS = 100;

export type NameErrorCode = 'name.required' | 'name.chars' | 'name.separator' | 'name.length';
export type NameCheck = { ok: true; value: string } | { ok: false; code: NameErrorCode };

// Dots that IMEs and keyboards put where 间隔号 is meant. The ASCII full stop is among them:
// a Han name never holds a real full stop, and it is what a phone keyboard offers first.
const SEPARATOR_LOOKALIKES = /[\u002E\u0387\u2022\u2027\u2219\u22C5\u30FB\uFF0E\uFF65]/g;
// Kangxi and supplementary radicals are Han script but not characters of a name: they come from broken copy-paste.
const NAME_CHARACTER = /[\p{Script=Han}--[\u2E80-\u2FDF]]/v;
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}]/u;

/** The name with whitespace removed and separator look-alikes folded into `·`; nothing else changes. */
export function normalizeName(input: string): string {
  return input.replace(/[\s\u200B-\u200D\u2060]/g, '').replace(SEPARATOR_LOOKALIKES, NAME_SEPARATOR);
}

/** Characters as a reader sees them: one code point, plus an ideographic variation selector that follows it. */
export function nameCharacters(name: string): string[] {
  const characters: string[] = [];
  for (const codePoint of name) {
    if (VARIATION_SELECTOR.test(codePoint) && characters.length > 0) characters[characters.length - 1] += codePoint;
    else characters.push(codePoint);
  }
  return characters;
}

function isNameCharacter(character: string): boolean {
  const [base, selector, ...rest] = [...character];
  return base !== undefined && NAME_CHARACTER.test(base) && rest.length === 0 && (selector === undefined || VARIATION_SELECTOR.test(selector));
}

/** Checks a personal name; `value` is what to store. */
export function checkName(input: string): NameCheck {
  const value = normalizeName(input);
  if (value === '') return { ok: false, code: 'name.required' };
  const characters = nameCharacters(value);
  if (!characters.every((c) => c === NAME_SEPARATOR || isNameCharacter(c))) return { ok: false, code: 'name.chars' };
  if (value.startsWith(NAME_SEPARATOR) || value.endsWith(NAME_SEPARATOR) || value.includes(NAME_SEPARATOR + NAME_SEPARATOR)) {
    return { ok: false, code: 'name.separator' };
  }
  if ([...value].length > NAME_MAX_CODE_POINTS) return { ok: false, code: 'name.length' };
  return { ok: true, value };
}

/** Length in code points, the way the standard counts, never in UTF-16 units. */
export function nameLength(name: string): number {
  return [...name].length;
}

/**
 * The name as shown in public notices (issue 10: 张*三 / 张*): the first character and, of a name of three or more, the
 * last; one `*` for each character between; separators kept where they stand (买买提·艾力 → 买**·*力). A character is
 * never split (a rare one outside the BMP, or one with its variation selector, stays whole). A one-character name is
 * shown as `*`: showing it would show it all.
 */
export function maskName(name: string): string {
  const characters = nameCharacters(normalizeName(name));
  const letters = characters.filter((c) => c !== NAME_SEPARATOR).length;
  if (letters === 1) return characters.map((c) => (c === NAME_SEPARATOR ? c : '*')).join('');
  let seen = 0;
  return characters.map((c) => {
    if (c === NAME_SEPARATOR) return c;
    seen += 1;
    return seen === 1 || (letters >= 3 && seen === letters) ? c : '*';
  }).join('');
}
