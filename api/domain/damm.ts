// Damm check digit: detects every single-digit error and every transposition of adjacent digits.

// The order-10 weakly totally anti-symmetric quasigroup from H. M. Damm's thesis (2004).
const TABLE = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
] as const;

function interim(digits: string): number {
  if (!/^\d*$/.test(digits)) throw new RangeError('Damm check digits work on decimal digits only');
  let state = 0;
  for (const digit of digits) state = TABLE[state]![Number(digit)]!;
  return state;
}

/** The digit to append to `digits`. */
export function dammCheckDigit(digits: string): number {
  return interim(digits);
}

/** Whether `digits`, ending in its check digit, is intact. */
export function isDammValid(digits: string): boolean {
  return digits.length > 0 && /^\d+$/.test(digits) && interim(digits) === 0;
}
