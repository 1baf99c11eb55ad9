import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { DemoSeed, SeededCase } from '../../api/db/seed/index.ts';
import { DEMO_CASES, demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { newKey, seedDemo, signInAs, testApp, validClaim, type SignedInHeaders } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let demo: SeededCase[];
let linchen: DemoSeed['credentials']['agents'][number];
let other: DemoSeed['credentials']['agents'][number];

interface Listed {
  cases: { caseNumber: string; programme: string; applicantName: string; status: string; step: { step: string; state: string } }[];
  total: number;
}

const signIn = (agent: { username: string; password: string }) => signInAs(t, agent.username, agent.password);
const list = (session?: SignedInHeaders, query = '') => t.app.request(`/api/agent/cases${query}`, { headers: session ? { cookie: session.cookie } : {} });

async function submitAs(session: SignedInHeaders, name: string, idNumber: string) {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
  const form = new FormData();
  form.set('file', new File([png], 'weituo.png', { type: 'image/png' }));
  const { uploadId } = (await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string };
  const claim = validClaim({
    applicant: { name, idNumber, phone: '13800138000' },
    members: [{ name, idNumber, relation: 'self' }],
    agentAuthorisation: { uploadId, signedOn: '2026-11-30' },
  });
  const res = await t.post('/api/cases', claim, { 'idempotency-key': newKey(), ...session });
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

beforeAll(async () => {
  t = await testApp();
  const seed = await seedDemo(t);
  demo = seed.cases;
  [linchen, other] = seed.credentials.agents as [typeof linchen, typeof other];
});

describe('GET /api/agent/cases', () => {
  it('answers 401 with the one error body without a session, and with an ended one', async () => {
    const res = await list();
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: 'unauthorised', message: expect.stringContaining('登录'), requestId: expect.any(String) });
    const cookie = await signIn(linchen);
    expect((await t.app.request('/api/session', { method: 'DELETE', headers: cookie })).status).toBe(204);
    expect((await list(cookie)).status).toBe(401);
  });

  it('lists only the cases the signed-in agent submitted, newest first, applicants masked', async () => {
    const cookie = await signIn(linchen);
    const first = await submitAs(cookie, '欧阳秀英', demoIdNumber('431225', '19450302', '061'));
    const second = await submitAs(cookie, '杨明', demoIdNumber('431225', '19480611', '072'));
    const res = await list(cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const mine = JSON.parse(text) as Listed;
    expect(mine.cases.map((c) => c.caseNumber)).toEqual([second, first]);
    expect(mine.total).toBe(2);
    expect(mine.cases.map((c) => c.applicantName)).toEqual(['杨*', '欧**英']);
    expect(mine.cases[0]).toMatchObject({ programme: 'dibao', status: 'open', step: { step: 'accept', state: 'current' } });
    for (const secret of ['秀英', '13800138000', '19450302']) expect(text).not.toContain(secret);

    // The other agent's seeded case (需补正) is theirs alone.
    const theirs = demo.find((d) => DEMO_CASES.find((c) => c.stage === d.stage)?.byAgent === other.username)!;
    expect(mine.cases.map((c) => c.caseNumber)).not.toContain(theirs.caseNumber);
    const otherList = (await (await list(await signIn(other))).json()) as Listed;
    expect(otherList.cases.map((c) => c.caseNumber)).toEqual([theirs.caseNumber]);
    expect(otherList.cases[0]).toMatchObject({ status: 'supplement' });
  });

  it('takes a limit of 1–200, and says so when it is out of range', async () => {
    const cookie = await signIn(linchen);
    const one = (await (await list(cookie, '?limit=1')).json()) as Listed;
    expect(one.cases).toHaveLength(1);
    expect(one.total).toBe(2);
    const bad = await list(cookie, '?limit=0');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ code: 'validation', field: 'limit' });
  });
});
