// The civil-affairs offices a printed 明白纸 names, from content/regions/*.yaml, read once at build.
import { getCollection } from 'astro:content';

export interface OfficeContact {
  /** GB/T 2260 code of the region the office serves. */
  regionCode: string;
  /** The region's name, e.g. 会同县. */
  regionName: string;
  name: string;
  address?: string | undefined;
  phone?: string | undefined;
}

const regions = (await getCollection('regions')).map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code));

export const countyOffices: OfficeContact[] = regions.map((r) => ({ regionCode: r.code, regionName: r.name, name: r.office.name, address: r.office.address, phone: r.office.phone }));

/** What a sheet can be printed for: a county, or a city as a whole or one of its districts. */
export interface PrintUnit {
  /** GB/T 2260 code of the county, city or district. */
  code: string;
  /** Code of the region file it belongs to (the standards table's choice). */
  regionCode: string;
  name: string;
}

export const printUnits: PrintUnit[] = regions.flatMap((r) => [
  { code: r.code, regionCode: r.code, name: r.name },
  ...r.districts.map((d) => ({ code: d.code, regionCode: r.code, name: `${r.name}${d.name}` })),
]);
