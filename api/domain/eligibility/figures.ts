// The local figures an answer may rest on: the county's own, else its province's, with the day they are judged on.
import { provinceStandardsForCounty, regionForCounty, type LocalStandard, type ProvinceStandards, type RegionStandards } from '../localStandards.ts';

export type { ProvinceStandards };

export interface LocalFigures {
  /** The county's own figures (its prefecture's for a district). */
  county: readonly LocalStandard[];
  /** The province's published figures: the fallback where the county has no line of its own. */
  province: readonly LocalStandard[];
  /** Every figure published anywhere in the province (its own and every region's in it), to tell "far above" apart. */
  provinceWide: readonly LocalStandard[];
  /** The day of the answer, to tell an old figure from a current one. */
  today: Date;
}

/** What the self-check knows for a county: its region's figures, its province's, and all of the province's. */
export function figuresForCounty(county: string, regions: readonly RegionStandards[], provinces: readonly ProvinceStandards[], today: Date): LocalFigures {
  const region = regionForCounty(county, regions);
  const provinceCode = region?.province;
  const province = provinceStandardsForCounty(county, regions, provinces);
  const neighbours = provinceCode === undefined ? [] : regions.filter((r) => r.province === provinceCode).flatMap((r) => r.standards ?? []);
  return { county: region?.standards ?? [], province, provinceWide: [...province, ...neighbours], today };
}

/** Figures for a test or a caller that has only one county's list. */
export function countyOnly(standards: readonly LocalStandard[], today: Date): LocalFigures {
  return { county: standards, province: [], provinceWide: standards, today };
}
