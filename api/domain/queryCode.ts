// Query codes (查询码): 8 digits shown once to whoever filed (a claim, an objection, a report), kept only as an HMAC.
// Digits only, so a kiosk keypad can type them.
import { foldFullWidth, stripWhitespace } from './textFold.ts';

export const QUERY_CODE_DIGITS = 8;

/** A uniformly random integer below `n` (node:crypto's randomInt in the API). */
export type RandomInt = (n: number) => number;

export function makeQueryCode(randomInt: RandomInt): string {
  return Array.from({ length: QUERY_CODE_DIGITS }, () => randomInt(10)).join('');
}

/** The 8 digits when the input is a query code (spaces and full-width digits allowed), else null. */
export function parseQueryCode(input: string): string | null {
  const digits = stripWhitespace(foldFullWidth(input));
  return /^\d{8}$/.test(digits) ? digits : null;
}
