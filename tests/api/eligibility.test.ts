import { beforeAll, describe, expect, it } from 'vitest';
import { readSample } from '../unit/domain/fixtures.ts';
import { testApp } from './testApp.ts';

interface SampleCase {
  id: string;
  county: string;
  hukou: string;
  members: unknown[];
  monthlyIncome: number;
  expect: Record<string, { eligible: boolean | 'maybe'; monthly?: number }>;
}
const { cases } = readSample<{ cases: SampleCase[] }>('eligibility-sample.json');
let t: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp();
});

describe('POST /api/eligibility', () => {
  it.each(cases)('sample $id passes through the API', async ({ id, expect: expected, ...input }) => {
    const res = await t.post('/api/eligibility', input);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { programmes: { id: string; eligible: unknown; monthly?: number; reason: string }[]; note: string };
    for (const [programme, want] of Object.entries(expected)) {
      const got = body.programmes.find((p) => p.id === programme);
      expect({ id, programme, eligible: got?.eligible }).toEqual({ id, programme, eligible: want.eligible });
      if (want.monthly !== undefined) expect(got?.monthly).toBe(want.monthly);
      expect(got?.reason).not.toMatch(/^[a-z]+\.[a-z-]+$/);
    }
    expect(body.note).toContain('估算');
  });

  it('answers reasons and the note in English when asked', async () => {
    const res = await t.post('/api/eligibility', { county: '431225', hukou: 'urban', members: [{ age: 35 }, { age: 8 }], monthlyIncome: 800 }, { 'accept-language': 'en-GB,en;q=0.9' });
    const body = (await res.json()) as { programmes: { id: string; reason: string }[]; note: string };
    expect(body.note).toMatch(/estimate/i);
    expect(body.programmes.find((p) => p.id === 'dibao')?.reason).toMatch(/[a-z]/);
  });
});
