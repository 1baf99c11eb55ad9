// Issue 10, 好差评: a rating after a case has ended (case number + query code) or at the end of a kiosk session
// (the terminal's own key), five levels, one rating per case, and a follow-up in the county's queue for 不满意 and below
// that the county answers and the applicant reads in 查进度 — on a real database, through the real routes.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { takeAction } from '../../api/cases/takeAction.ts';
import { terminals } from '../../api/db/schema/index.ts';
import { terminalKeyHash } from '../../api/lookup/bucket.ts';
import { newKey, testApp, validClaim } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

const key = randomBytes(32);
let clock = '2026-11-20T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};
type Claim = { caseNumber: string; queryCode: string };
const claims: Record<string, Claim> = {};
const KIOSK_KEY = 'kiosk-ratings-test-key-0001';
let kioskId: number;

const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
const rate = (body: Record<string, unknown>, headers: Record<string, string> = {}) => t.post('/api/ratings', body, { 'x-forwarded-for': '203.0.113.30', ...headers });
const view = async (c: Claim) => json<{ rating?: { rated: boolean; level?: number; ratedOn?: string; followUp?: { dueOn: string; dueSetByCounty: boolean; answer?: string; answeredOn?: string } } }>(await t.post('/api/cases/lookup', { caseNumber: c.caseNumber, factor: c.queryCode }));
type FollowUp = { id: number; level: number; ratedOn: string; channel: string; caseNumber?: string; township?: string; dueOn: string; overdue: boolean; status: string; hasComment: boolean };

async function claim(township: string): Promise<Claim> {
  const res = await t.post('/api/cases', validClaim({ township }), { 'idempotency-key': newKey(), 'x-forwarded-for': '192.0.2.60' });
  expect(res.status).toBe(201);
  return json<Claim>(res);
}

/** The township does not accept the claim: the case has ended (不予受理). */
async function refuseToAccept(c: Claim) {
  const { rows } = await t.services.client.execute({ sql: 'SELECT version FROM cases WHERE case_no = ?', args: [c.caseNumber] });
  await takeAction(t.services, { role: 'township-clerk', actor: 'staff:test', mayOpen: () => true }, { caseNumber: c.caseNumber, action: 'refuse-to-accept', version: Number(rows[0]!['version']), input: { reason: '户籍不在本乡镇' } }, { on: '2026-11-20', at: clock });
}

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock), env: { MZY_DATA_KEY: key.toString('hex'), TRUST_PROXY: '1' } });
  claims['ended'] = await claim('林城镇');
  claims['unhappy'] = await claim('林城镇');
  claims['open'] = await claim('林城镇');
  claims['pingcun'] = await claim('坪村镇');
  for (const c of [claims['ended']!, claims['unhappy']!, claims['pingcun']!]) await refuseToAccept(c);
  const [kiosk] = await t.services.db.insert(terminals).values({ name: '林城镇便民服务中心（测试）', county: '431225', keyHash: terminalKeyHash(KIOSK_KEY) }).returning({ id: terminals.id });
  kioskId = kiosk!.id;
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
  who['wenganApprover'] = await staffMember(t, 'wa-approver', 'county-approver', { county: '522725' });
});

describe('POST /api/ratings for a case', () => {
  it('is refused for a level outside 1–5, with neither a case nor a terminal, or a case without its query code', async () => {
    for (const [body, field] of [
      [{ ...claims['ended'], level: 0 }, 'level'],
      [{ ...claims['ended'], level: 6 }, 'level'],
      [{ ...claims['ended'], level: 2.5 }, 'level'],
      [{ level: 3 }, 'caseNumber'],
      [{ caseNumber: claims['ended']!.caseNumber, level: 3 }, 'queryCode'],
      [{ ...claims['ended'], level: 3, comment: '字'.repeat(501) }, 'comment'],
    ] as const) {
      const res = await rate(body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(await json(res), field).toMatchObject({ field, message: expect.stringMatching(/[\u4e00-\u9fff]/), requestId: expect.any(String) });
    }
  });

  it('a wrong query code answers as an unknown case (404); a case still being worked on cannot be rated yet (409)', async () => {
    const wrong = await rate({ ...claims['ended'], queryCode: claims['ended']!.queryCode === '00000000' ? '11111111' : '00000000', level: 5 });
    expect(wrong.status).toBe(404);
    expect((await json<{ code: string }>(wrong)).code).toBe('case_not_found');
    const open = await rate({ ...claims['open'], level: 5 });
    expect(open.status).toBe(409);
    expect(await json(open)).toMatchObject({ code: 'rating_case_not_ended', message: expect.stringMatching(/办结/) });
    expect((await view(claims['open']!)).rating).toBeUndefined();
  });

  it('查进度 of an ended case offers the rating; 201 for 满意, no follow-up; a second rating is 409 with a clear message', async () => {
    expect((await view(claims['ended']!)).rating).toEqual({ rated: false });
    const res = await rate({ ...claims['ended'], level: 4, comment: '办事的人很耐心。' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ level: 4, ratedOn: '2026-11-20' });
    const again = await rate({ ...claims['ended'], level: 1 });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ code: 'rating_exists', message: expect.stringMatching(/已经评价过/) });
    expect((await view(claims['ended']!)).rating).toEqual({ rated: true, level: 4, ratedOn: '2026-11-20' });
    const { rows } = await t.services.client.execute({ sql: 'SELECT count(*) AS n FROM ratings r JOIN cases c ON c.id = r.case_id WHERE c.case_no = ?', args: [claims['ended']!.caseNumber] });
    expect(rows[0]!['n']).toBe(1);
  });

  it('two ratings at once: one is kept, the other is 409', async () => {
    const [a, b] = await Promise.all([rate({ ...claims['pingcun'], level: 5 }), rate({ ...claims['pingcun'], level: 3 })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
  });

  it('不满意 opens a follow-up in the county’s queue, due in the county-set working days', async () => {
    const res = await rate({ ...claims['unhappy'], level: 2, comment: '跑了三趟才说户籍不对，为什么第一次不说？' });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ level: 2, ratedOn: '2026-11-20', followUp: { dueOn: '2026-12-11', dueSetByCounty: true } });
    expect((await view(claims['unhappy']!)).rating).toEqual({ rated: true, level: 2, ratedOn: '2026-11-20', followUp: { dueOn: '2026-12-11', dueSetByCounty: true } });
  });
});

describe('POST /api/ratings at the end of a kiosk session', () => {
  it('needs the terminal’s own key: unknown key 401, another terminal’s id 422', async () => {
    expect((await rate({ terminal: kioskId, level: 5 }, { 'x-terminal-key': 'not-a-kiosk' })).status).toBe(401);
    const mismatch = await rate({ terminal: kioskId + 1, level: 5 }, { 'x-terminal-key': KIOSK_KEY });
    expect(mismatch.status).toBe(422);
    expect(await json(mismatch)).toMatchObject({ code: 'rating_terminal_unknown', field: 'terminal' });
    expect((await rate({ terminal: kioskId, level: 5 })).status).toBe(422);
  });

  it('rates the session; 非常不满意 opens a follow-up in the terminal’s county', async () => {
    expect((await rate({ terminal: kioskId, level: 5 }, { 'x-terminal-key': KIOSK_KEY })).status).toBe(201);
    const res = await rate({ terminal: kioskId, level: 1, comment: '屏幕上的字太小。' }, { 'x-terminal-key': KIOSK_KEY });
    expect(res.status).toBe(201);
    expect(await json(res)).toMatchObject({ level: 1, followUp: { dueSetByCounty: true } });
  });
});

describe('the county answers the follow-up', () => {
  let caseFollowUp: FollowUp;

  it('lists the follow-ups of its county, oldest due first; township roles 403, another county sees none', async () => {
    expect((await get('/api/staff/follow-ups', who['lcClerk']!.headers)).status).toBe(403);
    expect((await json<{ followUps: FollowUp[] }>(await get('/api/staff/follow-ups', who['wenganApprover']!.headers))).followUps).toEqual([]);
    const res = await get('/api/staff/follow-ups', who['approver']!.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).not.toContain('跑了三趟');
    const list = (JSON.parse(text) as { followUps: FollowUp[] }).followUps;
    expect(list.map((f) => [f.level, f.channel])).toEqual([[2, 'online'], [1, 'kiosk']]);
    caseFollowUp = list[0]!;
    expect(caseFollowUp).toMatchObject({ caseNumber: claims['unhappy']!.caseNumber, township: '林城镇', dueOn: '2026-12-11', overdue: false, status: 'open', hasComment: true });
  });

  it('a follow-up of another county or to a township role is 404; the comment is on its page', async () => {
    expect((await get(`/api/staff/follow-ups/${caseFollowUp.id}`, who['lcClerk']!.headers)).status).toBe(404);
    expect((await get(`/api/staff/follow-ups/${caseFollowUp.id}`, who['wenganApprover']!.headers)).status).toBe(404);
    expect((await t.post(`/api/staff/follow-ups/${caseFollowUp.id}/answer`, { answer: '好' }, who['wenganApprover']!.headers)).status).toBe(404);
    const page = await json(await get(`/api/staff/follow-ups/${caseFollowUp.id}`, who['approver']!.headers));
    expect(page).toMatchObject({ comment: '跑了三趟才说户籍不对，为什么第一次不说？', status: 'open', programme: 'dibao' });
  });

  it('is overdue after its day', async () => {
    clock = '2026-12-14T02:00:00.000Z';
    // Sessions follow the app's clock: the approver signs in again on the new day.
    who['approver'] = await staffMember(t, 'approver-12-14', 'county-approver');
    const list = (await json<{ followUps: FollowUp[] }>(await get('/api/staff/follow-ups', who['approver']!.headers))).followUps;
    expect(list.find((f) => f.id === caseFollowUp.id)).toMatchObject({ overdue: true });
  });

  it('the answer needs words; once given, the rater reads it in 查进度 by case number, and the chain verifies', async () => {
    const empty = await t.post(`/api/staff/follow-ups/${caseFollowUp.id}/answer`, { answer: ' ' }, who['approver']!.headers);
    expect(empty.status).toBe(422);
    expect((await json<{ field: string }>(empty)).field).toBe('answer');
    const answer = '已回访。林城镇今后受理时一次性告知所需材料和户籍要求。';
    const res = await t.post(`/api/staff/follow-ups/${caseFollowUp.id}/answer`, { answer }, who['approver']!.headers);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'answered', answer, answeredOn: '2026-12-14' });
    expect((await t.post(`/api/staff/follow-ups/${caseFollowUp.id}/answer`, { answer: '再答一次' }, who['approver']!.headers)).status).toBe(409);
    expect((await view(claims['unhappy']!)).rating).toEqual({ rated: true, level: 2, ratedOn: '2026-11-20', followUp: { dueOn: '2026-12-11', dueSetByCounty: true, answer, answeredOn: '2026-12-14' } });
    const { rows } = await t.services.client.execute("SELECT kind, actor FROM audit_events WHERE kind LIKE 'rating-%' ORDER BY id");
    expect(rows.map((r) => r['kind'])).toEqual(expect.arrayContaining(['rating-given', 'rating-follow-up-answered']));
    expect(JSON.stringify(rows)).not.toContain('跑了三趟');
    expect(await verifyAudit(t.services.db, makeAuditMac(key))).toMatchObject({ ok: true });
  });
});
