// What a log must never hold: the demo residents' names, ID numbers and phones, and every value of the shared sample
// inputs (names, ID numbers, phones) but their prose.
import { DEMO_CASES } from '../../api/db/seed/demoPeople.ts';
import { readSample } from '../unit/domain/fixtures.ts';

function sampleValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(sampleValues);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (k === 'about' || k === 'why' ? [] : sampleValues(v)));
  return [];
}

export function personalData(): string[] {
  const demo = DEMO_CASES.flatMap((c) => [c.name, c.idNumber, c.phone]);
  // A one-character sample (a lone surname, a digit) would match any text: only values a person could be found by.
  return [...new Set([...demo, ...sampleValues(readSample('inputs-sample.json')).filter((v) => v.trim().length >= 2)])];
}
