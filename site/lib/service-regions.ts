// Regions as the resident-service islands need them, computed once at build from the `regions` collection.
import { getCollection } from 'astro:content';
import { contactsOf, countyUnits, officeCard } from '../../api/domain/places.ts';
import type { LocalStandard, ProvinceStandards, RegionStandards } from '../../api/domain/localStandards.ts';
import type { CountyChoice } from '../islands/apply/regions.ts';
import type { Region } from '../schemas/region.ts';

/** The fields of a figure the rules read (labels and addresses stay on the pages). */
const ruleFields = ({ key, programme, amount, period, per, year, source, kind, excludes }: LocalStandard): LocalStandard => ({ key, programme, amount, period, per, year, source, kind, excludes });
/** Every region file, by code. */
export const regions: Region[] = (await getCollection('regions')).map((e) => e.data).sort((a, b) => a.code.localeCompare(b.code));

/** Counties, and in place of a prefecture-level city its districts, each with its own townships. */
export const countyChoices: CountyChoice[] = countyUnits(regions).map((u) => {
  const choice: CountyChoice = {
    code: u.code,
    name: u.name,
    townships: u.townships.map((t) => ({ name: t.name, villages: (t.villages ?? []).map((v) => v.name), ...(t.office ? { office: contactsOf(t.office) } : {}) })),
    office: officeCard(u.office),
  };
  if (u.townshipOffice?.unit) choice.townshipUnit = u.townshipOffice.unit;
  return choice;
});

/** What checkEligibility needs from every region: codes, districts and the dated figures. */
export const regionStandards: RegionStandards[] = regions.map(({ code, province, districts, standards }) => ({
  code,
  province,
  districts: districts.map((d) => ({ code: d.code })),
  standards: standards.map(ruleFields),
}));

/** Provinces' published figures, for counties without a line of their own. */
export const provinceStandards: ProvinceStandards[] = (await getCollection('provinces')).map(({ data }) => ({ code: data.code, standards: data.standards.map(ruleFields) }));
