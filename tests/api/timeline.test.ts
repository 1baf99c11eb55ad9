import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData, type SeededCase } from '../../api/db/seed/index.ts';
import { testApp } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let demo: SeededCase[];
beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  demo = await seedDemoData(t.services);
});

type Step = { step: string; state: string; dueOn?: string; dueSetByCounty?: boolean };
const timeline = async (stage: SeededCase['stage'], client: string) => {
  const c = demo.find((d) => d.stage === stage)!;
  const res = await t.post('/api/cases/lookup', { caseNumber: c.caseNumber, factor: c.idLast6 }, { 'x-forwarded-for': client });
  expect(res.status).toBe(200);
  return ((await res.json()) as { steps: Step[] }).steps;
};

describe('the case timeline says which due dates are the county’s own', () => {
  it('a county-set limit (受理, no national day count) is flagged so the page adds 以县里公布为准', async () => {
    const current = (await timeline('submitted', '10.9.0.1')).find((s) => s.state === 'current')!;
    expect(current.step).toBe('accept');
    expect(current.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(current.dueSetByCounty).toBe(true);
  });

  it('the posted 公示 gives its own last day, with no county-default flag', async () => {
    const current = (await timeline('notice', '10.9.0.2')).find((s) => s.state === 'current')!;
    expect(current.step).toBe('public-notice');
    expect(current.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(current.dueSetByCounty).toBeUndefined();
  });
});
