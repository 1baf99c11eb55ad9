import { describe, expect, it } from 'vitest';
import { provinceSchema, type Province } from '../../site/schemas/province.ts';
import type { Region } from '../../site/schemas/region.ts';
import { standardRows, type RegionRows } from '../../site/lib/standard-rows.ts';
import { loadRegions } from './domain/fixtures.ts';

const regions = loadRegions();
const dec2026 = new Date('2026-12-01T10:00:00+08:00');
const noProvinceLines: Province[] = ['430000', '520000', '630000'].map((code) => provinceSchema.parse({ code, name: code, standards: [] }));
const dibaoKeys = ['dibao-urban', 'dibao-rural'];

const rowsOf = (all: RegionRows[], code: string) => all.find((r) => r.region.code === code)!.rows;

describe('standardRows: what a policy page shows per region', () => {
  it('shows 会同’s 2022 低保 lines, each marked stale in 2026', () => {
    const rows = rowsOf(standardRows(dibaoKeys, regions, noProvinceLines, dec2026), '431225');
    expect(rows.map((r) => [r.standard.key, r.standard.year, r.stale])).toEqual([
      ['dibao-urban', 2022, true],
      ['dibao-rural', 2022, true],
    ]);
  });

  it('does not mark a figure of last year or this year', () => {
    const fresh: Region[] = regions.map((r) =>
      r.code === '431225' ? { ...r, standards: r.standards.map((s) => (s.key === 'dibao-urban' ? { ...s, year: 2025 } : s)) } : r,
    );
    const rows = rowsOf(standardRows(dibaoKeys, fresh, noProvinceLines, dec2026), '431225');
    expect(rows.find((r) => r.standard.key === 'dibao-urban')?.stale).toBe(false);
    expect(rows.find((r) => r.standard.key === 'dibao-rural')?.stale).toBe(true);
  });

  it('shows 安顺’s planned averages on the 低保 page though no page lists their keys', () => {
    const rows = rowsOf(standardRows(dibaoKeys, regions, noProvinceLines, dec2026), '520400');
    expect(rows.map((r) => [r.standard.amount, r.standard.kind, r.standard.label])).toEqual([
      [3908, 'planned-average', '安顺市三年行动计划中的全市农村低保平均目标'],
      [4500, 'planned-average', '安顺市三年行动计划中的全市农村低保平均目标'],
    ]);
    expect(rowsOf(standardRows(['canji-huli'], regions, noProvinceLines, dec2026), '520400')).toEqual([]);
  });

  it('leaves out a figure without a year (瓮安 高龄补贴), so 瓮安 shows no row', () => {
    expect(rowsOf(standardRows(['gaoling-80'], regions, noProvinceLines, dec2026), '522725')).toEqual([]);
  });

  it("uses the province's line only for a key the county has no figure for", () => {
    const guizhou = provinceSchema.parse({
      code: '520000',
      name: '贵州省',
      standards: [{ key: 'dibao-rural', programme: 'dibao', label: '农村低保最低指导标准', amount: 6000, period: 'year', per: 'person', year: 2026, source: 'test' }],
    });
    const hunan = provinceSchema.parse({
      code: '430000',
      name: '湖南省',
      standards: [{ key: 'dibao-rural', programme: 'dibao', label: '农村低保最低指导标准', amount: 4000, period: 'year', per: 'person', year: 2026, source: 'test' }],
    });
    const all = standardRows(dibaoKeys, regions, [hunan, guizhou], dec2026);
    expect(rowsOf(all, '522725')).toEqual([{ standard: guizhou.standards[0], province: '贵州省', stale: false }]);
    expect(rowsOf(all, '520400').map((r) => r.province ?? r.standard.kind)).toEqual(['planned-average', 'planned-average', '贵州省']);
    expect(rowsOf(all, '431225').some((r) => r.province !== undefined)).toBe(false);
  });
});
