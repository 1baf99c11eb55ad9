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
// The samples state their figures as current ("会同县 2022 …"), so they run on a day when those figures were.
const SAMPLE_DAY = new Date('2023-06-01T12:00:00+08:00');
let t: Awaited<ReturnType<typeof testApp>>;
let today: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  t = await testApp({ now: () => SAMPLE_DAY });
  today = await testApp({ now: () => new Date('2026-12-01T10:00:00+08:00') });
});

type Answer = { id: string; eligible: unknown; monthly?: number; reason: string; notes?: string[]; standard?: { year?: number; stale: boolean } };
async function programmes(app: typeof t, body: unknown) {
  const res = await app.post('/api/eligibility', body);
  expect(res.status).toBe(200);
  return ((await res.json()) as { programmes: Answer[] }).programmes;
}

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

describe('POST /api/eligibility: member fields added in issue 7', () => {
  it('takes disabilityType per member (民发〔2021〕43号 §5: grade 3 hearing does not count, grade 3 mental does)', async () => {
    const base = { county: '431225', hukou: 'rural', monthlyIncome: 0 };
    const hearing = await programmes(t, { ...base, members: [{ age: 40, disabilityGrade: 3, disabilityType: 'hearing', hasSupporter: false }] });
    const mental = await programmes(t, { ...base, members: [{ age: 40, disabilityGrade: 3, disabilityType: 'mental', hasSupporter: false }] });
    expect(hearing.find((p) => p.id === 'tekun')?.eligible).toBe(false);
    expect(mental.find((p) => p.id === 'tekun')?.eligible).toBe(true);
  });

  it('takes retiredFromPublicSector per member (瓮安 高龄补贴 leaves such retirees out)', async () => {
    const got = await programmes(t, { county: '522725', hukou: 'urban', monthlyIncome: 6000, members: [{ age: 86, retiredFromPublicSector: true }] });
    expect(got.find((p) => p.id === 'gaoling-jintie')).toMatchObject({ eligible: false, reason: expect.stringContaining('退休') });
  });

  it('refuses an unknown disabilityType or a non-boolean retiredFromPublicSector with the field named', async () => {
    for (const member of [{ age: 40, disabilityGrade: 1, disabilityType: 'blind' }, { age: 80, retiredFromPublicSector: 'yes' }]) {
      const res = await t.post('/api/eligibility', { county: '431225', hukou: 'rural', monthlyIncome: 0, members: [member] });
      const body = (await res.json()) as { code: string; field?: string; message: string };
      expect([res.status, body.code, body.field?.startsWith('members.0.')]).toEqual([422, 'validation', true]);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('marks a figure older than two years as stale, and answers "maybe" just above it', async () => {
    const got = await programmes(today, { county: '431225', hukou: 'rural', monthlyIncome: 450, members: [{ age: 66 }] });
    expect(got.find((p) => p.id === 'dibao')).toMatchObject({ eligible: 'maybe', standard: { year: 2022, stale: true } });
  });

  it('tells a person living alone that 低保 and 特困 are one or the other', async () => {
    const got = await programmes(t, { county: '431225', hukou: 'rural', monthlyIncome: 0, members: [{ age: 75, hasSupporter: false }] });
    expect(got.find((p) => p.id === 'tekun')?.notes?.[0]).toContain('只能选一样');
  });
});
