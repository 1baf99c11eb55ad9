import { getCollection } from 'astro:content';
import type { Province } from '../schemas/province.ts';
import type { Region } from '../schemas/region.ts';
import { standardRows, type RegionRows } from './standard-rows.ts';

const regions: Region[] = (await getCollection('regions')).map((e) => e.data);
const provinces: Province[] = (await getCollection('provinces')).map((e) => e.data);
// Pages are static: a figure's age is judged on the day of the build.
const builtOn = new Date();

/** Published figures for these keys, region by region, with the province's line where a county has none. */
export function publishedStandards(keys: readonly string[]): RegionRows[] {
  return standardRows(keys, regions, provinces, builtOn);
}

export const regionList = regions.map((r) => ({ code: r.code, name: r.name }));
