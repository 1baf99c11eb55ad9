// Local standards (地方标准): the dated, sourced figures of a county, as in content/regions/*.yaml, and the lines a
// province publishes for all its counties, as in content/provinces/*.yaml.
import { chinaDate, dateParts } from './calendarDate.ts';

/** One local figure; the shape of `Standard` in site/schemas/region.ts, restated so pure rules need no Astro. */
export interface LocalStandard {
  /** Key policy pages refer to, e.g. dibao-urban. */
  key: string;
  /** Catalog id of the programme, e.g. dibao. */
  programme: string;
  /** Amount in yuan. */
  amount: number;
  period: 'month' | 'year' | 'once';
  per?: 'person' | 'item' | 'household' | undefined;
  /** Year the figure applies to, when the source states it. */
  year?: number | undefined;
  /** Document the figure is taken from, with its issuer and date. */
  source: string;
  /** 'planned-average' for a planned city-wide average (安顺 2018/2020), which is not a line anyone is measured against. */
  kind?: 'standard' | 'planned-average' | undefined;
  /** Web address where the figure was read, when it was read on a public page. */
  url?: string | undefined;
  /** People the local rule leaves out, e.g. 瓮安's 高龄补贴 excludes 国家机关、企事业单位退休人员. */
  excludes?: readonly ('public-sector-retirees' | 'enterprise-retirees')[] | undefined;
}

/** The part of a region the rules need: its code, its districts, its province and its standards. */
export interface RegionStandards {
  code: string;
  districts?: readonly { code: string }[] | undefined;
  /** Code of the province, e.g. 430000. */
  province?: string | undefined;
  standards?: readonly LocalStandard[] | undefined;
}

/** A province's own lines (最低指导标准), for counties that publish none. */
export interface ProvinceStandards {
  code: string;
  standards?: readonly LocalStandard[] | undefined;
}

/** A figure as quoted next to an answer, so the resident sees where it comes from. */
export interface StandardRef {
  key: string;
  amount: number;
  period: LocalStandard['period'];
  year?: number;
  source: string;
  /** More than two years old (or undated): shown with a warning that today's figure may differ. */
  stale: boolean;
}

/** The region a county code belongs to: its own file, or the prefecture-level city whose districts list it. */
export function regionForCounty<R extends RegionStandards>(county: string, regions: readonly R[]): R | undefined {
  return regions.find((r) => r.code === county) ?? regions.find((r) => r.districts?.some((d) => d.code === county));
}

/** Standards that apply in a county (西秀区 520402 → 安顺市 520400); empty when no region has figures for it. */
export function standardsForCounty(county: string, regions: readonly RegionStandards[]): readonly LocalStandard[] {
  return regionForCounty(county, regions)?.standards ?? [];
}

/** The province's lines for the province a county's region lies in; empty when none is known. */
export function provinceStandardsForCounty(
  county: string,
  regions: readonly RegionStandards[],
  provinces: readonly ProvinceStandards[],
): readonly LocalStandard[] {
  const province = regionForCounty(county, regions)?.province;
  return (province && provinces.find((p) => p.code === province)?.standards) || [];
}

/** Years after which a figure is old enough to need a warning: a 2024 figure is stale in 2026. */
export const STALE_AFTER_YEARS = 2;

/** Whether a figure needs a warning: it has no year, or today's year (in China) is at least two years past it. */
export function isStaleStandard(year: number | undefined, today: Date): boolean {
  if (year === undefined) return true;
  return dateParts(chinaDate(today)).year >= year + STALE_AFTER_YEARS;
}

/** The standard with this key, if the county has one. */
export function findStandard(standards: readonly LocalStandard[], key: string): LocalStandard | undefined {
  return standards.find((s) => s.key === key);
}

/** Monthly amount of a month or year figure (a year figure is spread over 12 months); undefined for one-off sums. */
export function monthlyAmount(standard: LocalStandard): number | undefined {
  if (standard.period === 'month') return standard.amount;
  if (standard.period === 'year') return standard.amount / 12;
  return undefined;
}

/** The figure with its key, period, year, source and age, for quoting. */
export function standardRef(standard: LocalStandard, today: Date): StandardRef {
  const { key, amount, period, year, source } = standard;
  const stale = isStaleStandard(year, today);
  return year === undefined ? { key, amount, period, source, stale } : { key, amount, period, year, source, stale };
}
