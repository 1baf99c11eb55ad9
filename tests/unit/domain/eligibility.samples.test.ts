import { describe, expect, it } from 'vitest';
import { checkEligibility, figuresForCounty, type EligibilityInput, type ProgrammeId } from '../../../api/domain/eligibility.ts';
import { loadRegions, readSample } from './fixtures.ts';

interface SampleCase extends EligibilityInput {
  id: string;
  expect: Partial<Record<ProgrammeId, { eligible: boolean | 'maybe'; monthly?: number }>>;
}

const { cases } = readSample<{ cases: SampleCase[] }>('eligibility-sample.json');
const regions = loadRegions();
// The samples state their figures as current ("会同县 2022 …"): they are judged on a day when those figures were.
const SAMPLE_DAY = new Date('2023-06-01T12:00:00+08:00');

describe('eligibility samples (/work/shared/data/eligibility-sample.json)', () => {
  it('has sample cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('$id', ({ expect: expected, ...input }) => {
    const { programmes } = checkEligibility(input, figuresForCounty(input.county, regions, [], SAMPLE_DAY));
    for (const [id, want] of Object.entries(expected)) {
      const got = programmes.find((p) => p.id === id);
      expect({ id, eligible: got?.eligible }).toEqual({ id, eligible: want.eligible });
      if (want.monthly !== undefined) expect({ id, monthly: got?.monthly }).toEqual({ id, monthly: want.monthly });
    }
  });
});
