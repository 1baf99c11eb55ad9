// Regions as the resident-service islands need them, computed once at build from the `regions` collection.
import { getCollection } from 'astro:content';
import type { LocalStandard, ProvinceStandards, RegionStandards } from '../../api/domain/localStandards.ts';
import type { CountyChoice } from '../islands/apply/regions.ts';

/** The fields of a figure the rules read (labels and addresses stay on the pages). */
const ruleFields = ({ key, programme, amount, period, per, year, source, kind, excludes }: LocalStandard): LocalStandard => ({ key, programme, amount, period, per, year, source, kind, excludes });

const regions = (await getCollection('regions')).map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code));

/** Counties, and the districts of prefecture-level cities (the city's townships are not split by district). */
export const countyChoices: CountyChoice[] = regions.flatMap((r) =>
  r.districts.length > 0 ? r.districts.map((d) => ({ code: d.code, name: d.name, townships: [] })) : [{ code: r.code, name: r.name, townships: r.townships }],
);

/** What checkEligibility needs from every region: codes, districts and the dated figures. */
export const regionStandards: RegionStandards[] = regions.map(({ code, province, districts, standards }) => ({
  code,
  province,
  districts: districts.map((d) => ({ code: d.code })),
  standards: standards.map(ruleFields),
}));

/** Provinces' published figures, for counties without a line of their own. */
export const provinceStandards: ProvinceStandards[] = (await getCollection('provinces')).map(({ data }) => ({ code: data.code, standards: data.standards.map(ruleFields) }));
