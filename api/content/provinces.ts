// The provinces of the jurisdictions served: content/provinces/*.yaml, checked by the site's build (site/schemas/province.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LocalStandard } from '../domain/localStandards.ts';

/** A province file; it serves wherever the domain asks for ProvinceStandards. */
export interface ProvinceFile {
  code: string;
  name: string;
  standards: LocalStandard[];
}

const provincesDir = join(import.meta.dirname, '../../content/provinces');

export function loadProvinces(dir = provincesDir): ProvinceFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as ProvinceFile)
    .map((p) => ({ ...p, standards: p.standards ?? [] }));
}
