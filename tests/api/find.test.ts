import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { fillMissingIdNumberHashes } from '../../api/cases/idNumberHash.ts';
import { NOTHING_FOUND_FLOOR_MS } from '../../api/cases/findCases.ts';
import { cases } from '../../api/db/schema/index.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { APPLICANT_ID, household, newKey, testApp, validClaim } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
// One household's applicant, 买买提•艾力 with APPLICANT_ID, phone 0745-8221234.
const OWN_PHONE_CASES: string[] = [];
let relativesPhoneCase = '';

interface Found {
  caseNumber: string;
  programme: string;
  applicantName: string;
  submittedOn: string;
  status: string;
  step: { step: string; title: string; state: string };
}

const submit = async (overrides: Record<string, unknown> = {}) => {
  const res = await t.post('/api/cases', validClaim({ ...household(APPLICANT_ID), ...overrides }), { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
};
const find = (body: unknown, ip: string, headers: Record<string, string> = {}) => t.post('/api/cases/find', body, { 'x-forwarded-for': ip, ...headers });
const owner = { idNumber: APPLICANT_ID, name: '买买提·艾力', phoneLast4: '1234' };

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  OWN_PHONE_CASES.push(await submit(), await submit({ programme: 'linshi-jiuzhu', requestedAmount: 800 }));
  // The same applicant once left a relative's mobile (for another programme: 一户一案): that claim answers to those digits only.
  relativesPhoneCase = await submit({ programme: 'gaoling-jintie', applicant: { name: '买买提•艾力', idNumber: APPLICANT_ID, phone: '139 1234 5678' } });
});

describe('POST /api/cases/find', () => {
  it('lists the applicant\'s cases with their steps, masked and never cached', async () => {
    const res = await find(owner, '10.9.0.1');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const { cases: found } = JSON.parse(text) as { cases: Found[] };
    expect(found.map((c) => c.caseNumber).sort()).toEqual([...OWN_PHONE_CASES].sort());
    for (const c of found) {
      expect(c.applicantName).toBe('买**·*力');
      expect(c.step).toMatchObject({ step: 'accept', state: 'current', title: '乡镇受理（材料不全会一次性告诉您缺什么）' });
      expect(c.status).toBe('open');
      expect(c.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(found.map((c) => c.programme).sort()).toEqual(['dibao', 'linshi-jiuzhu']);
    // Nothing personal beyond the masked name: no ID number, no full name, no phone.
    for (const secret of [APPLICANT_ID, APPLICANT_ID.slice(-6), '艾力', '8221234', '0745']) expect(text).not.toContain(secret);
  });

  it('reads the name and digits as the apply form does: ASCII dot, full-width digits, lower-case x', async () => {
    const res = await find({ idNumber: ` ${APPLICANT_ID.toLowerCase()} `, name: '买买提.艾力', phoneLast4: '１２３４' }, '10.9.0.2');
    expect(((await res.json()) as { cases: Found[] }).cases).toHaveLength(2);
    const relatives = await find({ ...owner, phoneLast4: '5678' }, '10.9.0.2');
    expect(((await relatives.json()) as { cases: Found[] }).cases.map((c) => c.caseNumber)).toEqual([relativesPhoneCase]);
  });

  it('answers an unknown ID number, another name and wrong phone digits all alike: 200 and no cases', async () => {
    const stranger = demoIdNumber('431225', '19800101', '077');
    const answers = await Promise.all([
      find({ ...owner, idNumber: stranger }, '10.9.1.1'),
      find({ ...owner, name: '买买提·艾' }, '10.9.1.2'),
      find({ ...owner, phoneLast4: '4321' }, '10.9.1.3'),
    ]);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ cases: [] });
    }
  });

  it('takes about as long to find nothing whether or not the ID number has cases', async () => {
    const started = performance.now();
    await find({ ...owner, phoneLast4: '0000' }, '10.9.2.1');
    const knownMs = performance.now() - started;
    await find({ ...owner, idNumber: demoIdNumber('431225', '19810101', '078') }, '10.9.2.2');
    const unknownMs = performance.now() - started - knownMs;
    // Both wait out the same floor, so the answer's time does not tell whether the ID number has cases (a loaded
    // machine only adds time, so the floor is what a test can rely on).
    expect(knownMs).toBeGreaterThanOrEqual(NOTHING_FOUND_FLOOR_MS - 2);
    expect(unknownMs).toBeGreaterThanOrEqual(NOTHING_FOUND_FLOOR_MS - 2);
  });

  it('cools one ID number down for the client that kept missing, while its owner elsewhere still finds the cases', async () => {
    const guesser = '10.9.3.1';
    for (let i = 0; i < 5; i++) expect((await find({ ...owner, phoneLast4: `900${i}` }, guesser)).status).toBe(200);
    const blocked = await find(owner, guesser);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toMatchObject({ code: 'too_many_requests', message: expect.stringContaining('分钟'), requestId: expect.any(String) });
    const fromHome = await find(owner, '10.9.3.2');
    expect(((await fromHome.json()) as { cases: Found[] }).cases).toHaveLength(2);
  });

  it('limits a client that tries many ID numbers, and shares that allowance with case lookups', async () => {
    const ip = '10.9.4.1';
    for (let i = 0; i < 20; i++) await find({ ...owner, idNumber: demoIdNumber('431225', '19900101', String(100 + i)) }, ip);
    expect((await find(owner, ip)).status).toBe(429);
    expect((await t.post('/api/cases/lookup', { caseNumber: OWN_PHONE_CASES[0], factor: APPLICANT_ID.slice(-6) }, { 'x-forwarded-for': ip })).status).toBe(429);
  });

  it('says what is wrong in the user\'s language, with the one error body', async () => {
    const short = await find({ ...owner, phoneLast4: '123' }, '10.9.5.1', { 'accept-language': 'en' });
    expect(short.status).toBe(422);
    expect(await short.json()).toEqual({ code: 'validation', field: 'phoneLast4', message: 'Please enter the last 4 digits of the phone number.', requestId: expect.any(String) });
    const oldId = await find({ ...owner, idNumber: '431225520314002' }, '10.9.5.1');
    expect(await oldId.json()).toMatchObject({ code: 'validation', field: 'idNumber', message: '这是15位的老身份证号码，请填写18位的新号码。' });
  });

  it('finds claims recorded before the ID-number hash existed, once it is filled at start', async () => {
    const [row] = await t.services.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, OWN_PHONE_CASES[0]!));
    await t.services.client.execute('UPDATE cases SET id_number_hmac = NULL WHERE id = ?', [row!.id]);
    const before = (await (await find(owner, '10.9.6.1')).json()) as { cases: Found[] };
    expect(before.cases.map((c) => c.caseNumber)).not.toContain(OWN_PHONE_CASES[0]);
    expect(await fillMissingIdNumberHashes(t.services)).toBe(1);
    const after = (await (await find(owner, '10.9.6.1')).json()) as { cases: Found[] };
    expect(after.cases.map((c) => c.caseNumber)).toContain(OWN_PHONE_CASES[0]);
  });

  it('is in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/api/cases/find']?.['post']?.responses ?? {})).toEqual(expect.arrayContaining(['200', '422', '429']));
    expect(Object.keys(doc.paths['/api/agent/cases']?.['get']?.responses ?? {})).toEqual(expect.arrayContaining(['200', '401']));
  });
});
