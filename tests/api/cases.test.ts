import { readFileSync } from 'node:fs';
import { createClient } from '@libsql/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { caseEventsOf } from '../../api/cases/events.ts';
import { cases } from '../../api/db/schema/index.ts';
import { APPLICANT_ID, newKey, seedDemo, testApp, validClaim } from './testApp.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { DEFAULT_AGENT_AUTHORISATION_DAYS } from '../../api/cases/checkClaim.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let linchenPassword: string;
beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  linchenPassword = (await seedDemo(t)).credentials.agents.find((a) => a.username === 'linchen-daiban')!.password;
});
let address = 0;
// Each claim from a resident's own network, as many residents apply (the limits per client are claimLimits.test.ts').
const submit = (body: unknown, key = newKey(), headers: Record<string, string> = {}) =>
  t.post('/api/cases', body, { 'idempotency-key': key, 'x-forwarded-for': `198.18.0.${address++ % 250}`, ...headers });
const caseCount = async () => (await t.services.db.select({ id: cases.id }).from(cases)).length;

describe('POST /api/cases', () => {
  it('records a claim with a case number, query code and a dated next step', async () => {
    const res = await submit(validClaim());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { caseNumber: string; queryCode: string; nextStep: { step: string; dueDate: string } };
    expect(body.caseNumber).toMatch(/^[1-9]\d{11}$/);
    expect(body.queryCode).toMatch(/^\d{8}$/);
    expect(body.nextStep.step).toBe('accept');
    expect(body.nextStep.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('the same key twice makes one case and answers the same', async () => {
    const key = newKey();
    const claim = validClaim();
    const before = await caseCount();
    const first = await (await submit(claim, key)).json();
    const again = await submit(claim, key);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(first);
    expect(await caseCount()).toBe(before + 1);
  });

  it('a reused key with a different body is refused', async () => {
    const key = newKey();
    const claim = validClaim();
    await submit(claim, key);
    const res = await submit({ ...claim, reason: '另一个理由' }, key);
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('idempotency_key_reused');
  });

  it('a concurrent double submit makes one case', async () => {
    const key = newKey();
    const before = await caseCount();
    const claim = validClaim();
    const answers = await Promise.all(Array.from({ length: 5 }, () => submit(claim, key)));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const numbers = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { caseNumber: string }).caseNumber)));
    expect(numbers.size).toBe(1);
    expect(await caseCount()).toBe(before + 1);
  });

  it('claims committed together: a refused one in the batch undoes only itself', async () => {
    const reused = newKey();
    const claim = validClaim();
    await submit(claim, reused);
    const before = await caseCount();
    const answers = await Promise.all([
      ...Array.from({ length: 8 }, () => submit(validClaim())),
      submit({ ...claim, reason: '另一个理由' }, reused),
    ]);
    expect(answers.map((a) => a.status)).toEqual([...Array(8).fill(201), 422]);
    const numbers = await Promise.all(answers.slice(0, 8).map(async (a) => ((await a.json()) as { caseNumber: string }).caseNumber));
    expect(new Set(numbers).size).toBe(8);
    expect(await caseCount()).toBe(before + 8);
  });

  it('requires the Idempotency-Key header', async () => {
    const res = await t.post('/api/cases', validClaim());
    expect(res.status).toBe(400);
  });

  it.each([
    ['applicant.idNumber', { applicant: { name: '张三', idNumber: '431225195203140021', phone: '13800138000' } }, 'checksum'],
    ['applicant.phone', { applicant: { name: '张三', idNumber: APPLICANT_ID, phone: '12345' } }, '区号'],
    ['applicant.name', { applicant: { name: 'Zhang San', idNumber: APPLICANT_ID, phone: '13800138000' } }, '汉字'],
  ])('rejects a bad %s with a domain message', async (field, override, words) => {
    const res = await submit(validClaim(override));
    const body = (await res.json()) as { code: string; field: string; message: string };
    expect([res.status, body.field]).toEqual([422, field]);
    if (words !== 'checksum') expect(body.message).toContain(words);
  });

  it('asks for the finance-check consent of every adult member', async () => {
    const res = await submit(validClaim({ financeCheckConsents: [] }));
    expect(((await res.json()) as { code: string }).code).toBe('finance_check_consent_missing');
  });

  it('stores ID numbers and phones encrypted: the database file has neither in clear', async () => {
    const claim = validClaim();
    expect((await submit(claim)).status).toBe(201);
    await t.services.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = readFileSync(t.dbFile);
    expect(file.includes(Buffer.from(claim.applicant.idNumber))).toBe(false);
    expect(file.includes(Buffer.from(claim.members[1]!.idNumber))).toBe(false);
    expect(file.includes(Buffer.from('8221234'))).toBe(false);
    expect(file.includes(Buffer.from('艾力'))).toBe(false);
  });

  it('records the claim as the first event of its case in the append-only audit chain', async () => {
    const [row] = await t.services.db.select().from(cases).limit(1);
    const events = await caseEventsOf(t.services.db, row!.id);
    expect(events[0]?.kind).toBe('submitted');
    expect(events[0]?.mac).toMatch(/^[0-9a-f]{64}$/);
    await expect(t.services.client.execute('UPDATE audit_events SET reason = ? WHERE case_id = ?', ['edited', row!.id])).rejects.toThrow(/append-only/);
    await expect(t.services.client.execute('DELETE FROM audit_events WHERE case_id = ?', [row!.id])).rejects.toThrow(/append-only/);
  });
});

describe('代办 agents', () => {
  it('an agent signs in with a cookie, must attach the authorisation, and the case shows the agent', async () => {
    const bad = await t.post('/api/session', { username: 'linchen-daiban', password: 'wrong' });
    expect(bad.status).toBe(401);
    const res = await t.post('/api/session', { username: 'linchen-daiban', password: linchenPassword });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const session = { cookie: cookie.split(';')[0]!, 'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken, origin: 'http://localhost' };
    const without = await submit(validClaim(), newKey(), session);
    expect(((await without.json()) as { code: string }).code).toBe('agent_authorisation_required');

    const png = await (await import('sharp')).default({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer();
    const form = new FormData();
    form.set('file', new File([png], 'weituo.png', { type: 'image/png' }));
    const { uploadId } = (await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string };
    const daysAgo = (n: number) => chinaDate(new Date(Date.now() - n * 86_400_000));
    const authorised = (signedOn: string, overrides: Record<string, unknown> = {}) => validClaim({ agentAuthorisation: { uploadId, signedOn }, ...overrides });
    // Issue 8, finding 6: dated in the past, within the county's limit (default 90 days), in the agent's own township.
    const codeOf = async (res: Response) => [res.status, ((await res.json()) as { code: string; field?: string }).code];
    expect(await codeOf(await submit(authorised(daysAgo(-1)), newKey(), session))).toEqual([422, 'agent_authorisation_future']);
    expect(await codeOf(await submit(authorised('2099-01-01'), newKey(), session))).toEqual([422, 'agent_authorisation_future']);
    expect(await codeOf(await submit(authorised(daysAgo(DEFAULT_AGENT_AUTHORISATION_DAYS + 1)), newKey(), session))).toEqual([422, 'agent_authorisation_old']);
    expect(await codeOf(await submit(authorised(daysAgo(3), { township: '坪村镇' }), newKey(), session))).toEqual([422, 'agent_outside_area']);
    expect(await codeOf(await submit(authorised(daysAgo(3), { county: '522725', township: '建中镇' }), newKey(), session))).toEqual([422, 'agent_outside_area']);
    const withAuth = await submit(authorised(daysAgo(DEFAULT_AGENT_AUTHORISATION_DAYS)), newKey(), session);
    expect(withAuth.status).toBe(201);
    const { caseNumber } = (await withAuth.json()) as { caseNumber: string };
    const view = (await (await t.post('/api/cases/lookup', { caseNumber, factor: APPLICANT_ID.slice(-6) })).json()) as { submittedBy: { kind: string; agentName?: string } };
    expect(view.submittedBy).toEqual({ kind: 'agent', agentName: '林城镇改河社区居委会 代办员' });
  });
});

describe('durability', () => {
  it('every pooled connection, including inside transactions, is WAL + synchronous=FULL with a busy timeout', async () => {
    const { checkDurability } = await import('../../api/db/durability.ts');
    const settings = await checkDurability(t.services.client);
    expect(settings.length).toBeGreaterThan(1);
    for (const s of settings) expect(s).toMatchObject({ journalMode: 'wal', synchronous: 2 });
  });

  it('refuses a connection that is not synchronous=FULL', async () => {
    const { checkDurability } = await import('../../api/db/durability.ts');
    const raw = createClient({ url: `file:${t.dir}/plain.db` });
    await expect(checkDurability(raw)).rejects.toThrow(/journal_mode=wal, synchronous=2/);
  });
});
