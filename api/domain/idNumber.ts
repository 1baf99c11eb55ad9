// Citizen identity numbers (GB 11643-1999) and the permits that share their format.
import { isRealDate, type CalendarDate } from './calendarDate.ts';
import { foldFullWidth, stripWhitespace } from './textFold.ts';

/** Which document the number belongs to. */
export type IdKind =
  /** 居民身份证 of a mainland resident. */
  | 'resident'
  /** 港澳台居民居住证 (prefix 810000 Hong Kong, 820000 Macao, 830000 Taiwan). */
  | 'hmt-residence-permit'
  /** 外国人永久居留身份证, 2023 format (first digit 9). */
  | 'foreign-permanent-residence';

export type IdErrorCode =
  | 'id.required'
  | 'id.fifteen'
  | 'id.length'
  | 'id.chars'
  | 'id.region'
  | 'id.birthdate'
  | 'id.future'
  | 'id.checksum';

export type IdCheck =
  | { ok: true; value: string; birthDate: CalendarDate; kind: IdKind }
  | { ok: false; code: IdErrorCode };

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Check character for each remainder of the weighted sum mod 11 (ISO 7064 MOD 11-2). */
const CHECK_CHARACTERS = '10X98765432';
// Cards exist since 1984: a holder born before 1870 would have been over 114 then, so it is a typing error.
const EARLIEST_BIRTH_YEAR = 1870;

/** The number as residents type it, folded: full-width forms to ASCII, spaces removed, `x` read as `X`. */
export function normalizeIdNumber(input: string): string {
  if (/^[0-9X]*$/.test(input)) return input; // already in its folded form
  return stripWhitespace(foldFullWidth(input)).toUpperCase();
}

/** The check character the first 17 digits call for. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARACTERS[sum % 11]!;
}

function kindOf(value: string): IdKind | undefined {
  if (/^[1-6]/.test(value)) return 'resident';
  if (/^8[123]0000/.test(value)) return 'hmt-residence-permit';
  if (value.startsWith('9')) return 'foreign-permanent-residence';
  return undefined;
}

/** Checks an 18-character identity number; `today` is the date in China, 'YYYY-MM-DD'. */
export function checkIdNumber(input: string, today: CalendarDate): IdCheck {
  const value = normalizeIdNumber(input);
  if (value === '') return { ok: false, code: 'id.required' };
  if (/[^0-9X]/.test(value)) return { ok: false, code: 'id.chars' };
  if (/^\d{15}$/.test(value)) return { ok: false, code: 'id.fifteen' };
  if (value.length !== 18) return { ok: false, code: 'id.length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, code: 'id.chars' };

  const kind = kindOf(value);
  if (!kind) return { ok: false, code: 'id.region' };

  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < EARLIEST_BIRTH_YEAR || !isRealDate(year, month, day)) return { ok: false, code: 'id.birthdate' };
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birthDate > today) return { ok: false, code: 'id.future' };

  if (idCheckCharacter(value) !== value[17]) return { ok: false, code: 'id.checksum' };
  return { ok: true, value, birthDate, kind };
}

/** What a resident sees of their own number: only the last 4 characters, e.g. `**************123X`. */
export function maskIdForResident(id: string): string {
  const value = normalizeIdNumber(id);
  return '*'.repeat(Math.max(value.length - 4, 0)) + value.slice(-4);
}

/** What staff see before a logged reveal: the 6-digit region code and the last 4 characters. */
export function maskIdForStaff(id: string): string {
  const value = normalizeIdNumber(id);
  if (value.length <= 10) return maskIdForResident(value);
  return value.slice(0, 6) + '*'.repeat(value.length - 10) + value.slice(-4);
}
