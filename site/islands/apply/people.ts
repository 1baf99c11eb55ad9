// The household as the form sees it: the applicant first, then the other members; ages come from ID numbers.
import { chinaDate } from '../../../api/domain/calendarDate.ts';
import { checkIdNumber } from '../../../api/domain/idNumber.ts';
import { normalizeName } from '../../../api/domain/personName.ts';
import type { Draft } from './draft.ts';

export const ADULT_AGE = 18;

/** Today in China, YYYY-MM-DD: ID birth dates and ages are reckoned on it. */
export const today = () => chinaDate(new Date());

/** Whole years from an ID number's birth date to today, or undefined when the number is not valid yet. */
export function ageFromId(idNumber: string, on = today()): number | undefined {
  const id = checkIdNumber(idNumber, on);
  if (!id.ok) return undefined;
  const [by, bm, bd] = id.birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = on.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export interface Person {
  index: number;
  name: string;
  idNumber: string;
  age: number | undefined;
}

/** Everyone in the household in claim order (index 0 is the applicant). */
export function peopleOf(draft: Draft): Person[] {
  return [draft.applicant, ...draft.members].map((p, index) => ({ index, name: normalizeName(p.name), idNumber: p.idNumber, age: ageFromId(p.idNumber) }));
}

/** Members the 家庭经济状况核对 authorisation is needed from: 18 or older (an unknown age counts as adult). */
export function adultsOf(draft: Draft): Person[] {
  return peopleOf(draft).filter((p) => p.age === undefined || p.age >= ADULT_AGE);
}
