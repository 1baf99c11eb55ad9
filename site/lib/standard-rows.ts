// Which dated figures a policy page shows for each region, and which of them carry a warning; pure, so tests run it.
import { isStaleStandard } from '../../api/domain/localStandards.ts';
import type { Province } from '../schemas/province.ts';
import type { Region, Standard } from '../schemas/region.ts';

/** A figure with a year: the only kind a page publishes. */
export type DatedStandard = Standard & { year: number };

export interface StandardRow {
  standard: DatedStandard;
  /** Name of the province whose line stands in, where the county publishes none for this key. */
  province?: string;
  /** The figure is more than two years old (isStaleStandard) and is shown with a warning. */
  stale: boolean;
}

export interface RegionRows {
  region: Pick<Region, 'code' | 'name'>;
  /** Empty when neither the region nor its province has a dated figure for the page. */
  rows: StandardRow[];
}

const dated = (s: Standard): s is DatedStandard => s.year !== undefined;

/**
 * Rows for the page's keys, region by region: the region's dated figures with those keys, its planned averages for
 * the same programmes (labelled as such), and its province's line for each key the region has no figure for.
 */
export function standardRows(keys: readonly string[], regions: readonly Region[], provinces: readonly Province[], today: Date): RegionRows[] {
  const all = [...regions.flatMap((r) => r.standards), ...provinces.flatMap((p) => p.standards)];
  const programmes = new Set(all.filter((s) => keys.includes(s.key)).map((s) => s.programme));
  const row = (standard: DatedStandard, province?: string): StandardRow => ({
    standard,
    ...(province === undefined ? {} : { province }),
    stale: isStaleStandard(standard.year, today),
  });

  return regions.map((region) => {
    const own = region.standards
      .filter(dated)
      .filter((s) => keys.includes(s.key) || (s.kind === 'planned-average' && programmes.has(s.programme)));
    const province = provinces.find((p) => p.code === region.province);
    const fromProvince = keys
      .filter((key) => !own.some((s) => s.key === key))
      .flatMap((key) => (province?.standards ?? []).filter(dated).filter((s) => s.key === key));
    return {
      region: { code: region.code, name: region.name },
      rows: [...own.map((s) => row(s)), ...fromProvince.map((s) => row(s, province?.name))],
    };
  });
}
