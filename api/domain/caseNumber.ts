// Case numbers (受理编号): 12 digits, 11 random and a Damm check digit. Random so that nobody can guess
// a neighbour's case; digits only so a kiosk keypad can type them; the check digit catches typing slips.
import { dammCheckDigit, isDammValid } from './damm.ts';
import { foldFullWidth } from './textFold.ts';

/** Source of random bytes, e.g. `(n) => crypto.getRandomValues(new Uint8Array(n))`. */
export type RandomBytes = (length: number) => Uint8Array;

export const CASE_NO_LENGTH = 12;
const RANDOM_DIGITS = CASE_NO_LENGTH - 1;
// A leading zero is lost when a case list is opened in a spreadsheet, so the first digit is 1–9.
const CASE_NO_PATTERN = /^[1-9]\d{11}$/;

/** A new case number; the caller still checks it is not taken, as two draws can meet. */
export function makeCaseNo(randomBytes: RandomBytes): string {
  let digits = '';
  for (let draws = 0; digits.length < RANDOM_DIGITS; draws++) {
    if (draws > 100) throw new Error('The random source keeps returning unusable bytes');
    for (const byte of randomBytes(16)) {
      if (digits.length === RANDOM_DIGITS) break;
      // Bytes at or above a multiple of the range are dropped, so every digit is equally likely.
      if (digits === '' && byte < 252) digits += String(1 + (byte % 9));
      else if (digits !== '' && byte < 250) digits += String(byte % 10);
    }
  }
  return digits + String(dammCheckDigit(digits));
}

/** The case number's 12 digits when the input is one (spaces, dashes and full-width digits allowed), else null. */
export function parseCaseNo(input: string): string | null {
  // Typed plainly (as most are), there is nothing to fold.
  const digits = CASE_NO_PATTERN.test(input) ? input : foldFullWidth(input).replace(/[\s\-\u2010-\u2015]/g, '');
  return CASE_NO_PATTERN.test(digits) && isDammValid(digits) ? digits : null;
}

/** Whether the input is a well-formed case number with a correct check digit. */
export function isCaseNo(input: string): boolean {
  return parseCaseNo(input) !== null;
}

/** The case number in groups of four for reading aloud and copying, e.g. `4831 0927 5566`; other text is returned as given. */
export function formatCaseNo(caseNo: string, separator = ' '): string {
  const digits = parseCaseNo(caseNo);
  return digits ? [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8)].join(separator) : caseNo;
}
