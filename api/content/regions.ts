// The jurisdictions this portal serves: content/regions/*.yaml, checked by the site's build (site/schemas/region.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LocalStandard } from '../domain/localStandards.ts';

export interface RegionFile {
  code: string;
  name: string;
  parent: string;
  province?: string;
  districts?: { code: string; name: string }[];
  townships?: { name: string; code?: string; villages?: string[] }[];
  office: { name: string; address?: string; phone?: string };
  standards?: LocalStandard[];
  townshipLinshiLimit?: { amount: number; year?: number; source: string };
}

const regionsDir = join(import.meta.dirname, '../../content/regions');

export function loadRegions(dir = regionsDir): RegionFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as RegionFile);
}
