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

export const countyOffices: OfficeContact[] = (await getCollection('regions'))
  .map((e) => e.data)
  .sort((a, b) => a.code.localeCompare(b.code))
  .map((r) => ({ regionCode: r.code, regionName: r.name, name: r.office.name, address: r.office.address, phone: r.office.phone }));
