import { describe, expect, it } from 'vitest';
import { checkEligibility, type EligibilityInput, type ProgrammeId } from '../../../api/domain/eligibility.ts';
import { standardsForCounty } from '../../../api/domain/localStandards.ts';
import { loadRegions, readSample } from './fixtures.ts';

interface SampleCase extends EligibilityInput {
  id: string;
  expect: Partial<Record<ProgrammeId, { eligible: boolean | 'maybe'; monthly?: number }>>;
}

const { cases } = readSample<{ cases: SampleCase[] }>('eligibility-sample.json');
const regions = loadRegions();

describe('eligibility samples (/work/shared/data/eligibility-sample.json)', () => {
  it('has the four sample cases', () => {
    expect(cases.map((c) => c.id)).toEqual(['urban-2', 'rural-1-margin', 'elder-85', 'grade-2']);
  });

  it.each(cases)('$id', ({ expect: expected, ...input }) => {
    const { programmes } = checkEligibility(input, standardsForCounty(input.county, regions));
    for (const [id, want] of Object.entries(expected)) {
      const got = programmes.find((p) => p.id === id);
      expect({ id, eligible: got?.eligible }).toEqual({ id, eligible: want.eligible });
      if (want.monthly !== undefined) expect({ id, monthly: got?.monthly }).toEqual({ id, monthly: want.monthly });
    }
  });
});
