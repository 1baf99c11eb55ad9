// The self-check rules corrected in issue 7, each with the text it follows in the test name.
import { describe, expect, it } from 'vitest';
import { checkEligibility, figuresForCounty, type EligibilityInput, type HouseholdMember, type LocalFigures, type ProgrammeId } from '../../../api/domain/eligibility.ts';
import type { LocalStandard } from '../../../api/domain/localStandards.ts';
import { loadRegions } from './fixtures.ts';

const regions = loadRegions();
const HUITONG = '431225';
const WENGAN = '522725';
const TODAY = new Date('2026-12-01T10:00:00+08:00');
const WHEN_2022_FIGURES_WERE_CURRENT = new Date('2023-06-01T12:00:00+08:00');

type Input = Partial<EligibilityInput> & { members: HouseholdMember[] };
function answer(id: ProgrammeId, input: Input, figures?: LocalFigures) {
  const full: EligibilityInput = { county: HUITONG, hukou: 'rural', monthlyIncome: 0, ...input };
  const result = checkEligibility(full, figures ?? figuresForCounty(full.county, regions, [], WHEN_2022_FIGURES_WERE_CURRENT));
  return result.programmes.find((p) => p.id === id)!;
}

describe('特困: who counts as unable to work (民发〔2021〕43号 §5)', () => {
  const alone = (member: HouseholdMember) => ({ members: [{ ...member, hasSupporter: false }] });
  it.each([
    ['physical', 1, true], ['physical', 2, true], ['physical', 3, false],
    ['visual', 1, true], ['visual', 2, false],
    ['intellectual', 3, true], ['mental', 3, true], ['mental', 4, false],
    ['hearing', 1, false], ['speech', 1, false],
  ] as const)('%s grade %i counts: %s', (disabilityType, disabilityGrade, counts) => {
    const got = answer('tekun', alone({ age: 40, disabilityGrade, disabilityType }));
    expect({ eligible: got.eligible, reasonKey: got.reasonKey }).toEqual(counts ? { eligible: true, reasonKey: 'tekun.yes' } : { eligible: false, reasonKey: 'tekun.no-group' });
  });

  it('is a "maybe" without the kind of disability, and for 多重残疾 graded by a kind it does not know', () => {
    expect(answer('tekun', alone({ age: 40, disabilityGrade: 2 })).eligible).toBe('maybe');
    expect(answer('tekun', alone({ age: 40, disabilityGrade: 2, disabilityType: 'multiple' })).eligible).toBe('maybe');
  });

  it('counts a qualifying disability whatever the person answers about work', () => {
    expect(answer('tekun', alone({ age: 40, disabilityGrade: 1, disabilityType: 'physical', canWork: true })).eligible).toBe(true);
  });
});

describe("特困: the person's own income counts, not the household's (民发〔2021〕43号 §6)", () => {
  const elderWithWorker = (monthlyIncome: number) => ({ monthlyIncome, members: [{ age: 70, hasSupporter: false }, { age: 40 }] });
  it('is a "maybe" in a larger household whose income is above one person\'s line, even when the household is not poor', () => {
    expect(answer('tekun', elderWithWorker(3000))).toMatchObject({ eligible: 'maybe', reasonKey: 'tekun.maybe-own-income' });
    expect(answer('dibao', elderWithWorker(3000)).eligible).toBe(false);
  });

  it("is a yes when even the whole household's income is below one person's line (385元/月)", () => {
    expect(answer('tekun', elderWithWorker(300)).eligible).toBe(true);
  });

  it('is a no for a person living alone whose income is at the line', () => {
    expect(answer('tekun', { monthlyIncome: 385, members: [{ age: 70, hasSupporter: false }] })).toMatchObject({ eligible: false, reasonKey: 'tekun.no-income' });
  });
});

describe('高龄津贴 (瓮安): "国家机关、企事业单位退休人员除外" (瓮安县 report, sources/000)', () => {
  it('leaves out enterprise retirees too', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85, retiredFromEnterprise: true }] })).toMatchObject({ eligible: false, reasonKey: 'gaoling.no-retired' });
  });

  it('pays only the elders who did not retire from the public sector', () => {
    const got = answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85, retiredFromPublicSector: true }, { age: 82, retiredFromPublicSector: false }] });
    expect(got).toMatchObject({ eligible: true, monthly: 50, reasonKey: 'gaoling.yes-not-retired', reasonParams: { count: 1 } });
  });

  it('is a no when every elder retired from the public sector', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85, retiredFromPublicSector: true }] })).toMatchObject({ eligible: false, reasonKey: 'gaoling.no-retired' });
  });

  it('says who is left out when the question was not answered', () => {
    expect(answer('gaoling-jintie', { county: WENGAN, members: [{ age: 85 }] })).toMatchObject({ eligible: true, reasonKey: 'gaoling.yes-not-retired' });
  });

  it('leaves nobody out where the county has no such rule', () => {
    const standards: LocalStandard[] = [{ key: 'gaoling-80', programme: 'gaoling-jintie', amount: 60, period: 'month', year: 2026, source: 'test' }];
    const figures = { county: standards, province: [], provinceWide: standards, today: TODAY };
    expect(answer('gaoling-jintie', { members: [{ age: 85, retiredFromPublicSector: true }] }, figures)).toMatchObject({ eligible: true, reasonKey: 'gaoling.yes' });
  });
});

describe('两项补贴: a child paid the 事实无人抚养儿童 subsidy gets no 生活补贴 (民发〔2019〕62号)', () => {
  it('pays the care allowance but not the living allowance to such a child of a 低保 household', () => {
    const got = answer('canji-butie', { monthlyIncome: 0, members: [{ age: 10, disabilityGrade: 1, parentsUnable: true }, { age: 70 }] });
    expect(got).toMatchObject({ eligible: true, monthly: 75, reasonKey: 'canji.yes-huli', noteKeys: ['canji.note-wuren'] });
  });

  it('is a no for a grade-3 child paid the 事实无人抚养 or the 孤儿 subsidy (国发〔2015〕52号), a yes for a grade-3 child with parents', () => {
    expect(answer('canji-butie', { monthlyIncome: 0, members: [{ age: 10, disabilityGrade: 3, parentsUnable: true }, { age: 70 }] })).toMatchObject({ eligible: false, reasonKey: 'canji.no-wuren' });
    expect(answer('canji-butie', { monthlyIncome: 0, members: [{ age: 10, disabilityGrade: 3, isOrphan: true }, { age: 70 }] })).toMatchObject({ eligible: false, reasonKey: 'canji.no-wuren' });
    expect(answer('canji-butie', { monthlyIncome: 0, members: [{ age: 10, disabilityGrade: 3 }, { age: 70 }] })).toMatchObject({ eligible: true, reasonKey: 'canji.yes-shenghuo' });
  });
});

describe('低保 and 特困 are alternatives for one person (社会救助法 §16, §18; 民发〔2021〕43号)', () => {
  it('says so on both answers for a person living alone who could have either', () => {
    const input = { monthlyIncome: 0, members: [{ age: 72, hasSupporter: false }] };
    expect(answer('dibao', input).noteKeys).toEqual(['alternative.dibao-tekun']);
    expect(answer('tekun', input).noteKeys).toEqual(['alternative.dibao-tekun']);
  });

  it('says nothing when 特困 is out of reach', () => {
    expect(answer('dibao', { monthlyIncome: 0, members: [{ age: 72, hasSupporter: true }] }).noteKeys).toBeUndefined();
  });
});

describe('an old local line is "maybe", never "no", within 20 % (issue 7: figures more than two years old)', () => {
  const today = figuresForCounty(HUITONG, regions, [], TODAY);
  it("marks 会同's 2022 line as stale in 2026 and still estimates below it", () => {
    const got = answer('dibao', { monthlyIncome: 300, members: [{ age: 50 }] }, today);
    expect(got).toMatchObject({ eligible: true, monthly: 85, reasonKey: 'dibao.yes-old-line', standard: { year: 2022, stale: true } });
  });

  it('answers "maybe" from the line up to 1.2 × it (385 → 462元/月), and "no" from there', () => {
    expect(answer('dibao', { monthlyIncome: 385, members: [{ age: 50 }] }, today)).toMatchObject({ eligible: 'maybe', reasonKey: 'dibao.maybe-old-line' });
    expect(answer('dibao', { monthlyIncome: 461, members: [{ age: 50 }] }, today).eligible).toBe('maybe');
    expect(answer('dibao', { monthlyIncome: 462, members: [{ age: 50 }] }, today)).toMatchObject({ eligible: false, reasonKey: 'dibao.no-income' });
  });

  it('keeps the strict line while the figure is current', () => {
    expect(answer('dibao', { monthlyIncome: 385, members: [{ age: 50 }] }).eligible).toBe(false);
  });

  it('applies the same margin to 低收入 (1.5 × 385 = 577.5 → 693元/月)', () => {
    expect(answer('dishouru', { monthlyIncome: 600, members: [{ age: 50 }] }, today)).toMatchObject({ eligible: 'maybe', reasonKey: 'dishouru.maybe-old-line' });
    expect(answer('dishouru', { monthlyIncome: 700, members: [{ age: 50 }] }, today).eligible).toBe(false);
  });
});

describe("a county without a line of its own uses its province's; far above every line in the province is a plain no", () => {
  const provinceLine: LocalStandard = { key: 'dibao-rural', programme: 'dibao', amount: 6000, period: 'year', year: 2026, source: 'province test figure' };
  const neighbourLine: LocalStandard = { key: 'dibao-rural', programme: 'dibao', amount: 7200, period: 'year', year: 2026, source: 'neighbour test figure' };
  const figures: LocalFigures = { county: [], province: [provinceLine], provinceWide: [provinceLine, neighbourLine], today: TODAY };
  it('is a maybe below the highest line in the province plus the margin (600元 × 1.2 = 720元/月)', () => {
    expect(answer('dibao', { monthlyIncome: 300, members: [{ age: 50 }] }, figures)).toMatchObject({ eligible: 'maybe', reasonKey: 'dibao.maybe-province', standard: { source: 'province test figure' } });
    expect(answer('dibao', { monthlyIncome: 719, members: [{ age: 50 }] }, figures).eligible).toBe('maybe');
  });

  it('is a no far above every line in the province', () => {
    expect(answer('dibao', { monthlyIncome: 720, members: [{ age: 50 }] }, figures)).toMatchObject({ eligible: false, reasonKey: 'dibao.no-province', reasonParams: { highest: 600 } });
  });

  it("never takes a city's planned average (安顺 2018 plan, sources/004) for a household's line", () => {
    const planned: LocalStandard = { key: 'dibao-rural', programme: 'dibao', amount: 4500, period: 'year', year: 2020, source: 'plan', kind: 'planned-average' };
    const onlyPlanned: LocalFigures = { county: [planned], province: [], provinceWide: [planned], today: TODAY };
    expect(answer('dibao', { monthlyIncome: 100, members: [{ age: 50 }] }, onlyPlanned)).toMatchObject({ eligible: 'maybe', reasonKey: 'dibao.maybe-no-standard' });
    const withProvince: LocalFigures = { ...figures, county: [planned] };
    expect(answer('dibao', { monthlyIncome: 100, members: [{ age: 50 }] }, withProvince).reasonKey).toBe('dibao.maybe-province');
  });
});
