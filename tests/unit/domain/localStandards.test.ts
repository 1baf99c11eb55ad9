import { describe, expect, it } from 'vitest';
import { loadProvinces } from '../../../api/content/provinces.ts';
import { findStandard, isStaleStandard, provinceStandardsForCounty, standardsForCounty, type LocalStandard } from '../../../api/domain/localStandards.ts';
import { loadRegions } from './fixtures.ts';

const regions = loadRegions();

describe('isStaleStandard (a figure more than two years old gets a warning)', () => {
  const dec2026 = new Date('2026-12-01T10:00:00+08:00');

  it('a 2024 figure is stale in 2026, a 2025 or 2026 figure is not', () => {
    expect(isStaleStandard(2024, dec2026)).toBe(true);
    expect(isStaleStandard(2025, dec2026)).toBe(false);
    expect(isStaleStandard(2026, dec2026)).toBe(false);
  });

  it('the 会同 2022 figures and the 安顺 2018/2020 plan targets are stale in 2026', () => {
    expect(isStaleStandard(2022, dec2026)).toBe(true);
    expect(isStaleStandard(2018, dec2026)).toBe(true);
    expect(isStaleStandard(2020, dec2026)).toBe(true);
  });

  it('a figure without a year always needs the warning (瓮安 高龄补贴 50元/月)', () => {
    expect(isStaleStandard(undefined, dec2026)).toBe(true);
    expect(isStaleStandard(undefined, new Date('2000-01-01T00:00:00+08:00'))).toBe(true);
  });

  it('turns stale on 1 January in China, not by UTC', () => {
    expect(isStaleStandard(2024, new Date('2025-12-31T23:59:59+08:00'))).toBe(false);
    expect(isStaleStandard(2024, new Date('2026-01-01T00:00:00+08:00'))).toBe(true);
    // 2025-12-31T16:00Z is already 2026-01-01 in Beijing.
    expect(isStaleStandard(2024, new Date('2025-12-31T16:00:00Z'))).toBe(true);
    expect(isStaleStandard(2024, new Date('2025-12-31T15:59:59Z'))).toBe(false);
  });

  it('a figure for a year still to come is not stale', () => {
    expect(isStaleStandard(2027, dec2026)).toBe(false);
  });
});

describe('provinceStandardsForCounty', () => {
  const hunanLine: LocalStandard = { key: 'dibao-rural', programme: 'dibao', amount: 5000, period: 'year', year: 2026, source: 'test line' };
  const provinces = [
    { code: '430000', standards: [hunanLine] },
    { code: '520000', standards: [] },
  ];

  it("gives a county the lines of its region's province (会同 431225 → 湖南省 430000)", () => {
    expect(provinceStandardsForCounty('431225', regions, provinces)).toEqual([hunanLine]);
  });

  it('finds the province of a district through its prefecture-level city (西秀区 520402 → 安顺市 → 贵州省)', () => {
    const guizhou = [{ code: '520000', standards: [hunanLine] }];
    expect(provinceStandardsForCounty('520402', regions, guizhou)).toEqual([hunanLine]);
  });

  it('is empty for a province without lines, a province not on file, and a county no region serves', () => {
    expect(provinceStandardsForCounty('522725', regions, provinces)).toEqual([]);
    expect(provinceStandardsForCounty('632223', regions, provinces)).toEqual([]);
    expect(provinceStandardsForCounty('999999', regions, provinces)).toEqual([]);
  });

  it('every region names a province that has a file in content/provinces', () => {
    const codes = loadProvinces().map((p) => p.code);
    expect(codes).toEqual(['430000', '520000', '630000']);
    for (const region of regions) expect(codes).toContain(region.province);
  });
});

describe('the figures on file (content/regions)', () => {
  it('会同: 2022 figures from the bureau’s half-year report of 2022-09-01', () => {
    const standards = standardsForCounty('431225', regions);
    expect(findStandard(standards, 'dibao-urban')).toMatchObject({ amount: 600, period: 'month', year: 2022, source: '会同县民政局2022年上半年工作总结(2022-09-01)' });
    expect(findStandard(standards, 'dibao-rural')).toMatchObject({ amount: 4620, period: 'year', year: 2022 });
    expect(findStandard(standards, 'canji-huli')).toMatchObject({ amount: 75, period: 'month', year: 2022 });
  });

  it('安顺: 3908 (2018) and 4500 (2020) are planned averages from the 2018 plan, and no district has a 农村低保 line', () => {
    const standards = standardsForCounty('520402', regions);
    expect(standards.map((s) => [s.amount, s.year, s.kind])).toEqual([
      [3908, 2018, 'planned-average'],
      [4500, 2020, 'planned-average'],
    ]);
    for (const s of standards) expect(s.source).toContain('安顺市兜底脱贫攻坚三年行动计划(2018—2020年)》(2018-05-24)');
    expect(findStandard(standards, 'dibao-rural')).toBeUndefined();
  });

  it('瓮安: the 高龄补贴 keeps its source and no invented year', () => {
    const gaoling = findStandard(standardsForCounty('522725', regions), 'gaoling-80');
    expect(gaoling).toMatchObject({ amount: 50, period: 'month', kind: 'standard' });
    expect(gaoling).not.toHaveProperty('year');
  });
});
