// Finding 7 of issue 8: claims are limited per client, per hour and per day (an IP network, a kiosk terminal, a 代办
// account with its own higher limit). What a village office does gets through; a script filing hundreds does not.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { CLAIM_LIMITS } from '../../api/cases/claimLimits.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { household, newKey, signInAs, testApp, validClaim, type SignedInHeaders } from './testApp.ts';
import { addAgent, addTerminal } from './residents.ts';

let t: Awaited<ReturnType<typeof testApp>>;
const MINUTE = 60_000;
let clock = Date.parse('2026-12-01T08:00:00+08:00');
const KIOSK_KEY = 'claim-limits-kiosk-7c2a';
let png: Uint8Array<ArrayBuffer>;

const claimFrom = (ip: string, body: unknown = validClaim(), headers: Record<string, string> = {}, key = newKey()) =>
  t.post('/api/cases', body, { 'idempotency-key': key, 'x-forwarded-for': ip, ...headers });
const later = (minutes: number) => (clock += minutes * MINUTE);
const statuses = (responses: Response[]) => responses.map((r) => r.status);

async function signIn(username: string, ip: string): Promise<SignedInHeaders> {
  await addAgent(t, username, `${username}-password`);
  return signInAs(t, username, `${username}-password`, { 'x-forwarded-for': ip });
}

/** A 代办 claim with its signed authorisation, as an agent sends it from the office at `ip`. */
async function agentClaim(session: SignedInHeaders, ip: string): Promise<Response> {
  const form = new FormData();
  form.set('file', new File([png], 'weituo.png', { type: 'image/png' }));
  const upload = await t.app.request('/api/uploads', { method: 'POST', body: form, headers: { 'x-forwarded-for': ip } });
  expect(upload.status).toBe(201);
  const { uploadId } = (await upload.json()) as { uploadId: string };
  return claimFrom(ip, validClaim({ agentAuthorisation: { uploadId, signedOn: chinaDate(new Date(clock)) } }), { ...session });
}

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' }, now: () => new Date(clock) });
  await addTerminal(t, KIOSK_KEY);
  png = new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer());
});

describe('claims per client', () => {
  it('takes 10 claims from a household\'s network in an hour; the 11th waits the rest of the hour, said plainly', async () => {
    const home = '203.0.113.10';
    const sent = Array.from({ length: CLAIM_LIMITS.network.perHour }, () => ({ key: newKey(), claim: validClaim() }));
    const answers: Response[] = [];
    for (const { key, claim } of sent) {
      answers.push(await claimFrom(home, claim, {}, key));
      later(3);
    }
    expect(statuses(answers)).toEqual(Array(10).fill(201));
    // 30 minutes after the first claim.
    const refused = await claimFrom(home);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String(30 * 60));
    expect(await refused.json()).toEqual({
      code: 'claims_too_many',
      message: '这一个小时里从这里提交的申请已经有10份了，请30分钟后再提交。您填的内容都还在，已经提交的申请不受影响。要帮很多户人家申请，请找村里的代办员，或者到乡镇（街道）民政办办理。',
      requestId: expect.any(String),
    });
    const en = (await (await claimFrom(home, validClaim(), { 'accept-language': 'en' })).json()) as { message: string };
    expect(en.message).toContain('10 applications have been sent from here within an hour. Please send this one in 30 minutes.');

    // A retry of a claim that was taken still gets its answer; another household's network is not affected.
    const retried = await claimFrom(home, sent[9]!.claim, {}, sent[9]!.key);
    expect([retried.status, ((await retried.json()) as { caseNumber: string }).caseNumber]).toEqual([201, ((await answers[9]!.json()) as { caseNumber: string }).caseNumber]);
    expect((await claimFrom('203.0.113.11')).status).toBe(201);
    later(30);
    expect((await claimFrom(home)).status).toBe(201);
  });

  it('raises an alert for staff when a client used up its hour', async () => {
    await expect.poll(async () => (await t.services.client.execute("SELECT kind, subject, failures FROM alerts WHERE subject = 'ip:203.0.113.10'")).rows.map((r) => ({ ...r })))
      .toEqual([{ kind: 'claim_limit', subject: 'ip:203.0.113.10', failures: 10 }]);
  });

  it('takes 20 from one network in a day; the 21st is asked to come back tomorrow, and tomorrow it is taken', async () => {
    clock = Date.parse('2026-12-02T08:00:00+08:00');
    const home = '203.0.113.20';
    const answers: Response[] = [];
    for (let hour = 0; hour < 2; hour++) {
      for (let i = 0; i < 10; i++) answers.push(await claimFrom(home));
      later(61);
    }
    expect(statuses(answers)).toEqual(Array(20).fill(201));
    // 10:02 in China: 13 h 58 min to midnight.
    const refused = await claimFrom(home);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe(String((13 * 60 + 58) * 60));
    expect(((await refused.json()) as { message: string }).message).toBe('今天从这里提交的申请已经有20份了，请明天再提交。您填的内容都还在，已经提交的申请不受影响。要帮很多户人家申请，请找村里的代办员，或者到乡镇（街道）民政办办理。');
    clock = Date.parse('2026-12-03T00:00:01+08:00');
    expect((await claimFrom(home)).status).toBe(201);
  });

  it('counts a claim refused as the household\'s second, so refusals cannot test ID numbers quickly', async () => {
    clock = Date.parse('2026-12-04T08:00:00+08:00');
    const prober = '203.0.113.40';
    const home = household();
    expect((await claimFrom(prober, validClaim(home))).status).toBe(201);
    const probes: Response[] = [];
    for (let i = 0; i < 9; i++) probes.push(await claimFrom(prober, validClaim(home)));
    expect(statuses(probes)).toEqual(Array(9).fill(409));
    expect((await claimFrom(prober)).status).toBe(429);
  });

  it('gives a kiosk terminal, which serves many residents, more than a home network', async () => {
    clock = Date.parse('2026-12-05T08:00:00+08:00');
    const answers: Response[] = [];
    for (let i = 0; i < CLAIM_LIMITS.network.perHour + 5; i++) answers.push(await claimFrom('203.0.113.50', validClaim(), { 'x-terminal-key': KIOSK_KEY }));
    expect(statuses(answers)).toEqual(Array(15).fill(201));
  });
});

describe('claims per 代办 account', () => {
  it('a village agent files 30 claims in a morning, apart from the office network\'s own allowance', async () => {
    clock = Date.parse('2026-12-07T08:00:00+08:00');
    const office = '203.0.113.60';
    const cookie = await signIn('morning-agent', office);
    const answers: Response[] = [];
    for (let i = 0; i < 30; i++) {
      answers.push(await agentClaim(cookie, office));
      later(6);
    }
    expect(statuses(answers)).toEqual(Array(30).fill(201));
    // A resident at the office's network still applies for themselves.
    expect((await claimFrom(office)).status).toBe(201);
  });

  it('an account sending 40 within an hour waits, told in the agent\'s own words', async () => {
    clock = Date.parse('2026-12-08T08:00:00+08:00');
    const office = '203.0.113.70';
    const cookie = await signIn('busy-agent', office);
    const answers: Response[] = [];
    for (let i = 0; i < CLAIM_LIMITS.agent.perHour; i++) answers.push(await agentClaim(cookie, office));
    expect(statuses(answers)).toEqual(Array(40).fill(201));
    const refused = await agentClaim(cookie, office);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    expect(((await refused.json()) as { message: string }).message).toBe('您的代办账号这一个小时里已经提交了40份申请，请60分钟后再提交。填的内容都还在，已经提交的申请不受影响。');
  });
});
