// Provinces' published figures (content/provinces/*.yaml): the self-check's fallback where a county has no line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ProvinceStandards } from '../domain/eligibility/figures.ts';

const provincesDir = join(import.meta.dirname, '../../content/provinces');

export function loadProvinces(dir = provincesDir): ProvinceStandards[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as ProvinceStandards);
}
