// Tracking numbers (受理编号 of what the public files: 异议 to a 公示, and 举报 and questions as they come): 11 digits,
// the kind first, 9 random and a Damm check digit. Digits only, so a kiosk keypad can type them; a length of its own and
// a first digit per kind, so that nobody mistakes one for a 12-digit case number or for another kind's number.
import type { RandomBytes } from './caseNumber.ts';
import { dammCheckDigit, isDammValid } from './damm.ts';
import { foldFullWidth } from './textFold.ts';

/** The first digit of each kind's numbers; a new kind takes a digit not listed. */
export const TRACKING_KINDS = {
  /** 公示异议 (POST /api/notices/{id}/objections). */
  objection: '5',
  /** 举报 (POST /api/reports). */
  report: '6',
  /** 咨询/问题 filed with the report form. */
  question: '7',
} as const;
export type TrackingKind = keyof typeof TRACKING_KINDS;

export const TRACKING_NUMBER_LENGTH = 11;
const RANDOM_DIGITS = TRACKING_NUMBER_LENGTH - 2;
const PATTERN = /^\d{11}$/;

/** A new tracking number of `kind`; the caller still checks it is not taken, as two draws can meet. */
export function makeTrackingNumber(kind: TrackingKind, randomBytes: RandomBytes): string {
  let digits = TRACKING_KINDS[kind];
  for (let draws = 0; digits.length < RANDOM_DIGITS + 1; draws++) {
    if (draws > 100) throw new Error('The random source keeps returning unusable bytes');
    for (const byte of randomBytes(16)) {
      if (digits.length === RANDOM_DIGITS + 1) break;
      // Bytes at or above 250 are dropped, so every digit is equally likely.
      if (byte < 250) digits += String(byte % 10);
    }
  }
  return digits + String(dammCheckDigit(digits));
}

/** The kind and the 11 digits when the input is a tracking number (spaces, dashes, full-width digits allowed), else null. */
export function parseTrackingNumber(input: string): { kind: TrackingKind; number: string } | null {
  const number = PATTERN.test(input) ? input : foldFullWidth(input).replace(/[\s\-\u2010-\u2015]/g, '');
  if (!PATTERN.test(number) || !isDammValid(number)) return null;
  const kind = (Object.keys(TRACKING_KINDS) as TrackingKind[]).find((k) => TRACKING_KINDS[k] === number[0]);
  return kind ? { kind, number } : null;
}

/** In groups for reading aloud and copying, e.g. `5123 4567 890`. */
export function formatTrackingNumber(number: string, separator = ' '): string {
  return PATTERN.test(number) ? [number.slice(0, 4), number.slice(4, 8), number.slice(8)].join(separator) : number;
}
