// Finding 7 of issue 8, 一户一案: while a member of a household is in a claim of a programme that is being handled
// or paid, a second claim of that programme for the household is refused, with how to follow the one there is and
// nothing of it (its number, who filed it) told to the person submitting.
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { cases } from '../../api/db/schema/index.ts';
import { fillMissingHouseholds } from '../../api/cases/household.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { household, newKey, signInAs, testApp, validClaim } from './testApp.ts';
import { addAgent } from './residents.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let address = 0;
// Each submission from a network of its own: the per-client limits are another test's.
const submit = (body: unknown, headers: Record<string, string> = {}, key = newKey()) =>
  t.post('/api/cases', body, { 'idempotency-key': key, 'x-forwarded-for': `198.18.${Math.floor(address / 250)}.${address++ % 250}`, ...headers });
const caseNumberOf = async (res: Response) => {
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
};
const setStatus = (caseNumber: string, status: 'open' | 'supplement' | 'approved' | 'refused') =>
  t.services.db.update(cases).set({ status }).where(eq(cases.caseNo, caseNumber));

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
});

describe('一户一案: one open claim per household and programme', () => {
  it('refuses a second 低保 claim of the household, says how to follow the first, and tells nothing of it', async () => {
    const home = household();
    const firstAnswer = await submit(validClaim(home));
    expect(firstAnswer.status).toBe(201);
    const first = (await firstAnswer.json()) as { caseNumber: string; queryCode: string };
    const again = await submit(validClaim({ ...home, reason: '再申请一次。' }));
    expect(again.status).toBe(409);
    const text = await again.text();
    const body = JSON.parse(text) as { code: string; message: string; field?: string; requestId: string };
    expect(body).toMatchObject({ code: 'household_case_open', requestId: expect.any(String) });
    expect(body.field).toBeUndefined();
    for (const words of ['已经有一份同一项的申请正在办理', '受理编号', '查进度', '忘了受理编号？', '乡镇（街道）民政办']) expect(body.message).toContain(words);
    // Neither the case's number nor its query code, nor whose ID number matched.
    for (const secret of [first.caseNumber, first.queryCode, home.applicant.idNumber.slice(-4), '艾力']) expect(text).not.toContain(secret);

    const en = (await (await submit(validClaim(home), { 'accept-language': 'en' })).json()) as { message: string };
    expect(en.message).toContain('still being handled');
    expect(en.message).toContain('“Follow a case” page');
    expect(en.message).toContain('“Lost the case number?”');
  });

  it('counts every member: a spouse applying with the applicant in the household is refused too', async () => {
    const home = household();
    await caseNumberOf(await submit(validClaim(home)));
    const spouse = household();
    const members = [...spouse.members, { name: '买买提•艾力', idNumber: home.applicant.idNumber, relation: 'spouse' }];
    const res = await submit(validClaim({ ...spouse, members, financeCheckConsents: [{ memberIndex: 0, agreed: true }, { memberIndex: 2, agreed: true }] }));
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('household_case_open');
  });

  it('takes a claim of another programme for the same household', async () => {
    const home = household();
    await caseNumberOf(await submit(validClaim(home)));
    await caseNumberOf(await submit(validClaim({ ...home, programme: 'linshi-jiuzhu', requestedAmount: 800 })));
  });

  it('replays the first answer to a retry of the same key, not a refusal', async () => {
    const home = household();
    const key = newKey();
    const claim = validClaim(home);
    const first = await caseNumberOf(await submit(claim, {}, key));
    expect(await caseNumberOf(await submit(claim, {}, key))).toBe(first);
  });

  it('keeps refusing while the case waits for 需补正 or is paid, and takes a new claim once it was refused', async () => {
    const home = household();
    const first = await caseNumberOf(await submit(validClaim(home)));
    for (const status of ['supplement', 'approved'] as const) {
      await setStatus(first, status);
      expect((await submit(validClaim(home))).status).toBe(409);
    }
    await setStatus(first, 'refused');
    await caseNumberOf(await submit(validClaim(home)));
  });

  it('lets one of two claims of a household sent at the same moment through', async () => {
    const home = household();
    const answers = await Promise.all([submit(validClaim(home)), submit(validClaim(home))]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
  });

  it('knows the households of claims recorded before the member table, once they are filled at start', async () => {
    const home = household();
    const first = await caseNumberOf(await submit(validClaim(home)));
    const [row] = await t.services.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, first));
    await t.services.client.execute({ sql: 'DELETE FROM case_members WHERE case_id = ?', args: [row!.id] });
    expect(await fillMissingHouseholds(t.services)).toBe(1);
    const child = home.members[1]!;
    const res = await submit(validClaim({ applicant: { name: '王䶮', idNumber: child.idNumber, phone: '13800138000' }, members: [{ ...child, relation: 'self' }] }));
    expect(res.status).toBe(409);
  });

  it('starts on a database where one household was filed twice before 一户一案, and refuses a third', async () => {
    const home = household();
    const rowsOf = async (caseNumber: string) => (await t.services.db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNumber)))[0]!.id;
    const forget = async (caseNumber: string) => t.services.client.execute({ sql: 'DELETE FROM case_members WHERE case_id = ?', args: [await rowsOf(caseNumber)] });
    await forget(await caseNumberOf(await submit(validClaim(home))));
    await forget(await caseNumberOf(await submit(validClaim(home))));
    expect(await fillMissingHouseholds(t.services)).toBe(2);
    expect((await submit(validClaim(home))).status).toBe(409);
  });

  it('tells an agent where their own cases are listed', async () => {
    await addAgent(t, 'household-agent', 'household-agent-password');
    const session = await signInAs(t, 'household-agent', 'household-agent-password');
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    const authorised = async () => {
      const form = new FormData();
      form.set('file', new File([png], 'weituo.png', { type: 'image/png' }));
      const { uploadId } = (await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string };
      return { uploadId, signedOn: chinaDate(new Date()) };
    };
    const home = household();
    await caseNumberOf(await submit(validClaim({ ...home, agentAuthorisation: await authorised() }), { ...session }));
    const res = await submit(validClaim({ ...home, agentAuthorisation: await authorised() }), { ...session });
    expect(res.status).toBe(409);
    const body = (await res.json()) as { code: string; message: string };
    expect(body.code).toBe('household_case_open');
    expect(body.message).toContain('我代办的申请');
    // The resident asking for the same household is told nothing of the agent who filed.
    const resident = await submit(validClaim(home));
    expect(resident.status).toBe(409);
    expect(await resident.text()).not.toMatch(/household-agent|我代办的申请/);
  });

  it('declares the refusal in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
    expect(Object.keys(doc.paths['/api/cases']?.['post']?.responses ?? {})).toEqual(expect.arrayContaining(['201', '409', '429']));
  });
});
