import { describe, expect, it } from 'vitest';
import { checkEligibility, countyOnly, figuresForCounty, PROGRAMME_IDS, type EligibilityInput, type HouseholdMember, type ProgrammeId } from '../../../api/domain/eligibility.ts';
import type { LocalStandard } from '../../../api/domain/localStandards.ts';
import { loadRegions } from './fixtures.ts';

const regions = loadRegions();
// The rules themselves are tested on a day when 会同's 2022 figures were current; their age is tested on its own below.
const WHEN_2022_FIGURES_WERE_CURRENT = new Date('2023-06-01T12:00:00+08:00');
const HUITONG = '431225';
const WENGAN = '522725';
const HAIYAN = '632223';
const XIXIU = '520402'; // a district of 安顺市 520400

function check(input: Partial<EligibilityInput> & { members: HouseholdMember[] }, standards?: readonly LocalStandard[]) {
  const full: EligibilityInput = { county: HUITONG, hukou: 'urban', monthlyIncome: 0, ...input };
  const today = WHEN_2022_FIGURES_WERE_CURRENT;
  return checkEligibility(full, standards ? countyOnly(standards, today) : figuresForCounty(full.county, regions, [], today));
}
function answer(id: ProgrammeId, input: Parameters<typeof check>[0], standards?: readonly LocalStandard[]) {
  return check(input, standards).programmes.find((p) => p.id === id)!;
}

describe('the answer as a whole', () => {
  it('answers every programme of the self-check, in catalog order', () => {
    expect(check({ members: [{ age: 30 }] }).programmes.map((p) => p.id)).toEqual([...PROGRAMME_IDS]);
  });

  it('refuses a household without members or with a negative income', () => {
    expect(() => check({ members: [] })).toThrow(RangeError);
    expect(() => check({ members: [{ age: 30 }], monthlyIncome: -1 })).toThrow(RangeError);
  });
});

describe('低保 (dibao)', () => {
  it('tops the household up to the standard for each person, and quotes the figure', () => {
    expect(answer('dibao', { hukou: 'urban', members: [{ age: 35 }, { age: 8 }], monthlyIncome: 800 })).toEqual({
      id: 'dibao',
      eligible: true,
      monthly: 400,
      reasonKey: 'dibao.yes',
      reasonParams: { perCapita: 400, standard: 600, year: 2022, highest: 600, monthly: 400 },
      standard: expect.objectContaining({ key: 'dibao-urban' }),
    });
    expect(answer('dibao', { hukou: 'urban', members: [{ age: 35 }, { age: 8 }], monthlyIncome: 800 }).standard).toMatchObject({ key: 'dibao-urban', amount: 600, period: 'month', year: 2022, stale: false });
  });

  it('needs income strictly below the standard', () => {
    expect(answer('dibao', { members: [{ age: 35 }, { age: 8 }], monthlyIncome: 1200 }).eligible).toBe(false);
    expect(answer('dibao', { members: [{ age: 35 }, { age: 8 }], monthlyIncome: 1199 })).toMatchObject({ eligible: true, monthly: 1 });
  });

  it('spreads a rural yearly standard over 12 months (4620元/年 → 385元/月)', () => {
    expect(answer('dibao', { hukou: 'rural', members: [{ age: 50 }], monthlyIncome: 384 })).toMatchObject({ eligible: true, monthly: 1 });
    expect(answer('dibao', { hukou: 'rural', members: [{ age: 50 }], monthlyIncome: 385 })).toMatchObject({ eligible: false, reasonParams: { standard: 385 } });
    expect(answer('dibao', { hukou: 'rural', members: [{ age: 50 }, { age: 48 }, { age: 20 }], monthlyIncome: 0 })).toMatchObject({ monthly: 1155 });
  });

  it("measures no 安顺 district against the city's planned averages (3908/4500元 are 2018 plan targets, not a standard)", () => {
    expect(answer('dibao', { county: XIXIU, hukou: 'rural', members: [{ age: 50 }], monthlyIncome: 300 })).toMatchObject({
      eligible: 'maybe',
      reasonKey: 'dibao.maybe-no-standard',
    });
  });

  it('rounds an estimate from a yearly figure to the fen', () => {
    const standards: LocalStandard[] = [{ key: 'dibao-rural', programme: 'dibao', amount: 5000, period: 'year', source: 'test' }];
    expect(answer('dibao', { hukou: 'rural', members: [{ age: 50 }], monthlyIncome: 100 }, standards).monthly).toBe(316.67);
  });

  it('says "maybe" without an amount where the county has no figure for the hukou', () => {
    for (const input of [{ county: HAIYAN }, { county: XIXIU, hukou: 'urban' as const }, { county: '999999' }]) {
      const result = answer('dibao', { ...input, members: [{ age: 50 }], monthlyIncome: 100 });
      expect(result).toEqual({ id: 'dibao', eligible: 'maybe', reasonKey: 'dibao.maybe-no-standard', reasonParams: {} });
    }
  });
});

describe('低收入 (dishouru)', () => {
  it('takes in households below 1.5 × the standard, strictly', () => {
    expect(answer('dishouru', { hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 577 })).toMatchObject({ eligible: true, reasonParams: { limit: 577.5 } });
    expect(answer('dishouru', { hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 577.5 }).eligible).toBe(false);
  });

  it('counts a 低保 household as low-income without a second application', () => {
    expect(answer('dishouru', { members: [{ age: 35 }], monthlyIncome: 100 })).toMatchObject({ eligible: true, reasonKey: 'dishouru.yes-dibao' });
  });
});

describe('特困 (tekun)', () => {
  const rural = { hukou: 'rural' as const, monthlyIncome: 200 };

  it('is a yes for an elder with nobody to support them and income below the standard', () => {
    expect(answer('tekun', { ...rural, members: [{ age: 70, canWork: false, hasSupporter: false }] })).toMatchObject({ eligible: true, reasonKey: 'tekun.yes' });
  });

  it('counts people over 60 as unable to work whatever they answer (特困人员认定办法 第五条)', () => {
    expect(answer('tekun', { ...rural, members: [{ age: 62, canWork: true, hasSupporter: false }] }).eligible).toBe(true);
  });

  it('is a maybe when the supporter question is not answered', () => {
    expect(answer('tekun', { ...rural, members: [{ age: 70 }] })).toMatchObject({ eligible: 'maybe', reasonKey: 'tekun.maybe-ask' });
  });

  it('is a maybe for a disabled adult when the kind of disability is not known (民发〔2021〕43号 §5)', () => {
    expect(answer('tekun', { ...rural, members: [{ age: 40, disabilityGrade: 1, hasSupporter: false }] }).eligible).toBe('maybe');
    expect(answer('tekun', { ...rural, members: [{ age: 40, disabilityGrade: 3, hasSupporter: false }] }).eligible).toBe('maybe');
    expect(answer('tekun', { ...rural, members: [{ age: 40, disabilityGrade: 4, hasSupporter: false }] }).reasonKey).toBe('tekun.no-group');
  });

  it('is a no with a supporter, with income at the standard, or without anyone in the groups it serves', () => {
    expect(answer('tekun', { ...rural, members: [{ age: 70, hasSupporter: true }] })).toMatchObject({ eligible: false, reasonKey: 'tekun.no-support' });
    expect(answer('tekun', { ...rural, monthlyIncome: 385, members: [{ age: 70, hasSupporter: false }] })).toMatchObject({ eligible: false, reasonKey: 'tekun.no-income' });
    expect(answer('tekun', { ...rural, members: [{ age: 40, disabilityGrade: 4 }] })).toMatchObject({ eligible: false, reasonKey: 'tekun.no-group' });
  });

  it('is a maybe where the county has no standard', () => {
    expect(answer('tekun', { county: HAIYAN, members: [{ age: 70, canWork: false, hasSupporter: false }] })).toMatchObject({ eligible: 'maybe', reasonKey: 'tekun.maybe-no-standard' });
  });
});

describe('两项补贴 (canji-butie)', () => {
  it('pays the care allowance for grade 1–2 outside 低保', () => {
    expect(answer('canji-butie', { hukou: 'rural', monthlyIncome: 2600, members: [{ age: 40, disabilityGrade: 2 }, { age: 38 }] })).toMatchObject({
      eligible: true,
      monthly: 75,
      reasonKey: 'canji.yes-huli',
      standard: { key: 'canji-huli', amount: 75 },
    });
  });

  it('adds the living allowance for a disabled member of a 低保 household, per member and per item', () => {
    expect(answer('canji-butie', { monthlyIncome: 0, members: [{ age: 40, disabilityGrade: 1 }] })).toMatchObject({ monthly: 150, reasonKey: 'canji.yes-both' });
    expect(answer('canji-butie', { monthlyIncome: 0, members: [{ age: 40, disabilityGrade: 3 }, { age: 12, disabilityGrade: 4 }] })).toMatchObject({
      monthly: 150,
      reasonKey: 'canji.yes-shenghuo',
    });
  });

  it('is a no for grade 3–4 outside 低保, and for nobody disabled', () => {
    expect(answer('canji-butie', { monthlyIncome: 5000, members: [{ age: 40, disabilityGrade: 3 }] })).toMatchObject({ eligible: false, reasonKey: 'canji.no-grade' });
    expect(answer('canji-butie', { members: [{ age: 40 }] })).toMatchObject({ eligible: false, reasonKey: 'canji.no-disability' });
  });

  it('is a maybe without an amount where the county has no figure', () => {
    const result = answer('canji-butie', { county: HAIYAN, members: [{ age: 40, disabilityGrade: 1 }] });
    expect(result).toMatchObject({ eligible: 'maybe', reasonKey: 'canji.maybe-no-standard' });
    expect(result.monthly).toBeUndefined();
    expect(answer('canji-butie', { county: HAIYAN, members: [{ age: 40, disabilityGrade: 3 }] })).toMatchObject({ eligible: 'maybe', reasonKey: 'canji.maybe-dibao' });
  });
});

describe('高龄津贴 (gaoling-jintie)', () => {
  it('pays each member aged 80 or more the county figure (瓮安 50元/月)', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85 }, { age: 80 }, { age: 79 }] })).toMatchObject({
      eligible: true,
      monthly: 100,
      reasonParams: { count: 2, age: 80, monthly: 100 },
      standard: { key: 'gaoling-80', amount: 50, period: 'month', source: '《瓮安县扎实推进基层民政工作》(贵州省民政厅网站，约2018年)' },
    });
  });

  it('quotes a figure without a year without inventing one', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85 }] }).standard).not.toHaveProperty('year');
  });

  it('uses the highest age tier a member has reached', () => {
    const tiers: LocalStandard[] = [
      { key: 'gaoling-80', programme: 'gaoling-jintie', amount: 50, period: 'month', source: 'test' },
      { key: 'gaoling-90', programme: 'gaoling-jintie', amount: 100, period: 'month', source: 'test' },
      { key: 'gaoling-100', programme: 'gaoling-jintie', amount: 3600, period: 'year', source: 'test' },
    ];
    expect(answer('gaoling-jintie', { members: [{ age: 82 }, { age: 93 }, { age: 101 }] }, tiers).monthly).toBe(450);
  });

  it('is a no below the age, a maybe at 80 where the county has no figure', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 79 }] })).toMatchObject({ eligible: false, reasonKey: 'gaoling.no-age' });
    expect(answer('gaoling-jintie', { county: HUITONG, members: [{ age: 85 }] })).toMatchObject({ eligible: 'maybe', reasonKey: 'gaoling.maybe-no-standard' });
    expect(answer('gaoling-jintie', { county: HUITONG, members: [{ age: 70 }] }).eligible).toBe(false);
  });
});

describe('孤儿 and 事实无人抚养 (guer, wuren-fuyang)', () => {
  it('follows the flags for children under 18, whatever the income', () => {
    const members = [{ age: 10, isOrphan: true }, { age: 7, parentsUnable: true }, { age: 70 }];
    expect(answer('guer', { members, monthlyIncome: 9000 })).toMatchObject({ eligible: true, reasonParams: { count: 1 } });
    expect(answer('wuren-fuyang', { members, monthlyIncome: 9000 })).toMatchObject({ eligible: true, reasonParams: { count: 1 } });
  });

  it('does not count an orphan twice', () => {
    expect(answer('wuren-fuyang', { members: [{ age: 10, isOrphan: true, parentsUnable: true }] }).eligible).toBe(false);
  });

  it('is a no without the flag, at 18 and without children', () => {
    expect(answer('guer', { members: [{ age: 10 }] })).toMatchObject({ eligible: false, reasonKey: 'guer.no-flag' });
    expect(answer('guer', { members: [{ age: 18, isOrphan: true }] })).toMatchObject({ eligible: false, reasonKey: 'guer.no-age' });
    expect(answer('wuren-fuyang', { members: [{ age: 40 }] })).toMatchObject({ eligible: false, reasonKey: 'child.none' });
  });

  it('adds an amount when the county publishes one', () => {
    const standards: LocalStandard[] = [{ key: 'guer-sanju', programme: 'guer', amount: 1200, period: 'month', source: 'test' }];
    expect(answer('guer', { members: [{ age: 10, isOrphan: true }, { age: 12, isOrphan: true }] }, standards).monthly).toBe(2400);
  });
});

describe('临时救助 and 医疗救助', () => {
  it('always answers 临时救助 with a maybe', () => {
    expect(answer('linshi-jiuzhu', { members: [{ age: 30 }], monthlyIncome: 100_000 }).eligible).toBe('maybe');
  });

  it('follows 低保, 特困 and 低收入 for 医疗救助', () => {
    expect(answer('yiliao-jiuzhu', { members: [{ age: 30 }], monthlyIncome: 100 }).eligible).toBe(true);
    expect(answer('yiliao-jiuzhu', { hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 450 }).eligible).toBe(true);
    expect(answer('yiliao-jiuzhu', { county: HAIYAN, members: [{ age: 30 }], monthlyIncome: 100 }).eligible).toBe('maybe');
    expect(answer('yiliao-jiuzhu', { members: [{ age: 30 }], monthlyIncome: 5000 }).eligible).toBe(false);
  });
});

describe('alsoTry', () => {
  it('points a household just above 低保 to 低收入 and what else is open', () => {
    const dibao = answer('dibao', { hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 450 });
    expect(dibao.alsoTry).toEqual(['dishouru', 'yiliao-jiuzhu', 'linshi-jiuzhu']);
  });

  it('is on every no and on nothing else, and only names programmes that are not a no themselves', () => {
    const { programmes } = check({ hukou: 'rural', members: [{ age: 85 }, { age: 12 }, { age: 45, disabilityGrade: 3 }], monthlyIncome: 3000 });
    for (const p of programmes) {
      expect({ id: p.id, hasAlsoTry: p.alsoTry !== undefined }).toEqual({ id: p.id, hasAlsoTry: p.eligible === false });
      for (const other of p.alsoTry ?? []) expect(programmes.find((q) => q.id === other)?.eligible).not.toBe(false);
    }
  });

  it('suggests elderly services and child protection only to households with elders or children', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 70 }] }).alsoTry).toEqual(['yanglao-fuwu']);
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 40 }] }).alsoTry).toEqual([]);
    expect(answer('guer', { members: [{ age: 10 }], monthlyIncome: 5000 }).alsoTry).toEqual(['liushou-ertong']);
  });
});
