import { getCollection } from 'astro:content';
import type { Region, Standard } from '../schemas/region.ts';

const regions: Region[] = (await getCollection('regions')).map((e) => e.data);

export interface StandardRow extends Standard {
  region: Pick<Region, 'code' | 'name'>;
  year: number;
}

/** Published figures for these keys, region by region: a figure without its year is left out. */
export function publishedStandards(keys: readonly string[]): StandardRow[] {
  return regions.flatMap((region) =>
    region.standards
      .filter((s): s is Standard & { year: number } => keys.includes(s.key) && s.year !== undefined)
      .map((s) => ({ ...s, region: { code: region.code, name: region.name } })),
  );
}

export const regionList = regions.map((r) => ({ code: r.code, name: r.name }));
