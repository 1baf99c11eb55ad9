// Local standards (地方标准): the dated, sourced figures of a county, as in content/regions/*.yaml.

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
  /** Document the figure is taken from. */
  source: string;
  /** 'planned-average' for a city's planned average (安顺's 2018 plan), which is no household's line. */
  kind?: 'standard' | 'planned-average' | undefined;
  /** People the local rule leaves out, e.g. 瓮安's 高龄补贴 excludes 国家机关、企事业单位退休人员. */
  excludes?: readonly ('public-sector-retirees' | 'enterprise-retirees')[] | undefined;
}

/** The part of a region the rules need: its code, its districts and its standards. */
export interface RegionStandards {
  code: string;
  /** GB/T 2260 code of the province the region lies in. */
  province?: string | undefined;
  districts?: readonly { code: string }[] | undefined;
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

/** A figure with no year, or from two or more calendar years ago (a 2024 figure in 2026), may no longer hold. */
export function isStaleStandard(year: number | undefined, today: Date): boolean {
  return year === undefined || today.getFullYear() >= year + 2;
}

/** The figure with its key, period, year, source and age, for quoting. */
export function standardRef(standard: LocalStandard, today: Date): StandardRef {
  const { key, amount, period, year, source } = standard;
  const stale = isStaleStandard(year, today);
  return year === undefined ? { key, amount, period, source, stale } : { key, amount, period, year, source, stale };
}
