import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegions, type TownshipFile } from '../../api/content/regions.ts';
import { countyUnit, placeTownship, whereToGo } from '../../api/domain/places.ts';

const regions = loadRegions();
const policiesDir = join(import.meta.dirname, '../../content/policies/zh-CN');
const townshipsOf = (r: (typeof regions)[number]): TownshipFile[] => [...(r.townships ?? []), ...(r.districts ?? []).flatMap((d) => d.townships ?? [])];

describe('every place fact carries its source', () => {
  for (const region of regions) {
    const sources = new Map((region.sources ?? []).map((s) => [s.id, s]));
    it(`${region.name}: every township comes from a dated official list, every village from a document`, () => {
      const townships = townshipsOf(region);
      expect(townships.length).toBeGreaterThan(0);
      for (const t of townships) {
        const list = sources.get(t.source);
        expect(list, `${t.name} cites ${t.source}`).toBeDefined();
        expect(list!.date).toMatch(/^\d{4}/);
        for (const v of t.villages ?? []) {
          expect(sources.has(v.source), `${v.name} cites ${v.source}`).toBe(true);
          if (v.placedBy) expect(sources.has(v.placedBy), `${v.name} placed by ${v.placedBy}`).toBe(true);
        }
      }
    });

    it(`${region.name}: each township's 统计用区划代码 lies inside its own county or district`, () => {
      const units = region.districts?.length ? region.districts.map((d) => ({ code: d.code, townships: d.townships ?? [] })) : [{ code: region.code, townships: region.townships ?? [] }];
      for (const u of units) for (const t of u.townships) expect(t.code, t.name).toMatch(new RegExp(`^${u.code}\\d{3}$`));
    });

    it(`${region.name}: offices and institutions cite listed sources and real programme pages`, () => {
      const offices = [region.office, ...(region.districts ?? []).flatMap((d) => (d.office ? [d.office] : [])), ...(region.townshipOffice ? [region.townshipOffice] : [])];
      for (const o of [...offices, ...(region.institutions ?? [])]) {
        expect(o.sources.length).toBeGreaterThan(0);
        for (const id of o.sources) expect(sources.has(id), `cites ${id}`).toBe(true);
      }
      const programmes = [...offices.flatMap((o) => o.handles ?? []), ...(region.institutions ?? []).flatMap((i) => i.programmes)];
      for (const id of programmes) expect(existsSync(join(policiesDir, `${id}.md`)), `policy page ${id}`).toBe(true);
    });

  }
});

describe('the official 区划 lists (国家统计局 2023年统计用区划代码)', () => {
  const count = (code: string) => countyUnit(regions, code)?.townships.length;
  it('瓮安县 lists the 13 乡镇(街道) its own report counts (瓮安县民政工作报告, about 2018)', () => {
    expect(count('522725')).toBe(13);
    expect(countyUnit(regions, '522725')?.townships.map((t) => t.name)).toEqual(expect.arrayContaining(['建中镇', '中坪镇', '雍阳街道', '永和镇']));
    expect(countyUnit(regions, '522725')?.townships.map((t) => t.name)).not.toContain('草塘镇');
  });

  it('会同县 has 18, 海晏县 6, and 安顺市 lists its townships under each district (25, 11, 13, 16, 14, 13)', () => {
    expect(count('431225')).toBe(18);
    expect(count('632223')).toBe(6);
    expect(['520402', '520403', '520422', '520423', '520424', '520425'].map(count)).toEqual([25, 11, 13, 16, 14, 13]);
    expect(regions.find((r) => r.code === '520400')?.townships ?? []).toEqual([]);
  });

  it('villages the documents name sit in the township they name (会同县民政局 2022-09-01; 塘约村 in 乐平镇, 党建网 2017-08-15)', () => {
    const villages = (county: string, township: string) => countyUnit(regions, county)?.townships.find((t) => t.name === township)?.villages?.map((v) => v.name);
    expect(villages('431225', '坪村镇')).toEqual(['枫木村']);
    expect(villages('431225', '林城镇')).toEqual(['改河社区']);
    expect(villages('431225', '马鞍镇')).toEqual(['黄土村', '闹溪村']);
    expect(villages('520403', '乐平镇')).toEqual(['塘约村']);
  });
});

describe('placing a typed township', () => {
  it('a township of the chosen county is listed; one in no list is taken as typed (其他)', () => {
    expect(placeTownship(regions, '431225', '林城镇')).toEqual({ kind: 'listed' });
    expect(placeTownship(regions, '431225', ' 林城镇 ')).toEqual({ kind: 'listed' });
    expect(placeTownship(regions, '431225', '新建的某某乡')).toEqual({ kind: 'unlisted' });
  });

  it('a township of another county is placed there, so the claim can say which', () => {
    expect(placeTownship(regions, '522725', '林城镇')).toEqual({ kind: 'elsewhere', county: '431225', countyName: '会同县' });
    expect(placeTownship(regions, '520402', '乐平镇')).toEqual({ kind: 'elsewhere', county: '520403', countyName: '平坝区' });
  });

  it('a name two districts share (马场镇 in 平坝区 and 普定县) is listed in each', () => {
    expect(placeTownship(regions, '520403', '马场镇')).toEqual({ kind: 'listed' });
    expect(placeTownship(regions, '520422', '马场镇')).toEqual({ kind: 'listed' });
  });
});

describe('where to go', () => {
  it('a 街道 has an 办事处, a 镇 its 人民政府, with the unit the county documents name (瓮安: 民政办)', () => {
    const where = whereToGo(regions, '522725', '雍阳街道');
    expect(where?.offices.map((o) => o.name)).toEqual(['雍阳街道办事处（民政办）', '瓮安县民政局']);
    expect(whereToGo(regions, '431225', '林城镇')?.offices[0]?.name).toBe('林城镇人民政府（社会救助受理窗口）');
  });

  it('a district resident goes to the district bureau, not only the city one', () => {
    expect(whereToGo(regions, '520403', '乐平镇')?.offices.map((o) => o.name)).toEqual(['乐平镇人民政府（社会救助受理窗口）', '平坝区民政局']);
  });

  it('a township typed under 其他 still gets its government, marked as not listed; no phone is made up', () => {
    const where = whereToGo(regions, '632223', '新设的乡');
    expect(where).toMatchObject({ countyName: '海晏县', township: '新设的乡', listed: false });
    expect(where?.offices.map((o) => o.name)).toEqual(['新设的乡人民政府（民政办公室）', '海晏县民政和扶贫开发局']);
    expect(where?.offices.every((o) => o.phone === undefined)).toBe(true);
  });
});
