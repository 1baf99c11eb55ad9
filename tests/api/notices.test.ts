// Issue 10, 公示 online: the notices a 公示 writes (masked names only), current and expired, objections that pause a case
// until the township finds on them, the objector's lookup, and every staff answer within its jurisdiction only — on a
// real database, through the real routes.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { auditEvents, cases, notices, objections } from '../../api/db/schema/index.ts';
import { testApp } from './testApp.ts';
import { filedClaim, movedToNotice } from './noticeCases.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

const key = randomBytes(32);
let clock = '2026-11-30T02:00:00.000Z';
const TODAY = '2026-11-30';
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};
const filed: Record<string, { caseNumber: string; idNumber: string }> = {};

const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const rowOf = async (caseNumber: string) => (await t.services.db.select().from(cases).where(eq(cases.caseNo, caseNumber)))[0]!;
const noticeOf = async (caseNumber: string) => (await t.services.db.select().from(notices).where(eq(notices.caseId, (await rowOf(caseNumber)).id)))[0]!;
const objectFrom = (ip: string, id: number, body: unknown) => t.post(`/api/notices/${id}/objections`, body, { 'x-forwarded-for': ip });
const toNotice = (caseNumber: string, from: string, proposedMonthly: number) => movedToNotice(t, caseNumber, from, proposedMonthly);
const submit = (name: string, place: { township: string; village: string }, birth: string, extra: { name: string; birth: string }[] = []) => filedClaim(t, name, place, birth, extra);
const staffAct = async (as: StaffMember, caseNumber: string, body: Record<string, unknown>) => t.post(`/api/staff/cases/${caseNumber}/actions`, { ...body, version: (await rowOf(caseNumber)).version }, as.headers);

type PublicNotice = { id: number; programme: string; nameMasked: string; householdSize: number; monthlyAmount: number; from: string; to: string; county: string; township: string; village: string | null };

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock), env: { MZY_DATA_KEY: key.toString('hex'), TRUST_PROXY: '1' } });
  // A rare character outside the BMP (𠮷, U+20BB7) at the start of a three-character name, and two people in the household.
  filed['rare'] = await submit('𠮷祥云', { township: '林城镇', village: '改河社区' }, '19500101', [{ name: '𠮷小龙', birth: '20150303' }]);
  filed['expired'] = await submit('张小三', { township: '林城镇', village: '改河社区' }, '19510202');
  filed['pingcun'] = await submit('买买提·艾力', { township: '坪村镇', village: '枫木村' }, '19520303');
  filed['tomorrow'] = await submit('李秀英', { township: '林城镇', village: '改河社区' }, '19530404');
  clock = '2026-10-09T02:00:00.000Z';
  await toNotice(filed['expired']!.caseNumber, '2026-10-14', 400);
  clock = '2026-11-25T02:00:00.000Z';
  await toNotice(filed['rare']!.caseNumber, '2026-11-27', 612.5);
  await toNotice(filed['pingcun']!.caseNumber, '2026-11-28', 375);
  await toNotice(filed['tomorrow']!.caseNumber, '2026-12-01', 300);
  clock = '2026-11-30T02:00:00.000Z';
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['lcReviewer'] = await staffMember(t, 'lc-reviewer', 'township-reviewer');
  who['pcClerk'] = await staffMember(t, 'pc-clerk', 'township-clerk', { township: '坪村镇' });
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
});

describe('GET /api/notices', () => {
  it('lists the current notices with exactly the fields the issue names: masked name, household, programme, amount, dates, place', async () => {
    const res = await get('/api/notices?county=431225');
    expect(res.status).toBe(200);
    const maxAge = Number(/max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(300);
    const text = await res.text();
    const body = JSON.parse(text) as { notices: PublicNotice[] };
    expect(Object.keys(body)).toEqual(['notices']);
    const rare = body.notices.find((n) => n.township === '林城镇')!;
    expect(rare).toEqual({ id: expect.any(Number), programme: 'dibao', nameMasked: '\u{20BB7}*云', householdSize: 2, monthlyAmount: 612.5, from: '2026-11-27', to: '2026-12-03', county: '431225', township: '林城镇', village: '改河社区' });
    expect(body.notices.map((n) => n.nameMasked).sort()).toEqual(['买**·*力', '\u{20BB7}*云']);
    // Nothing else of the people or their cases: no full name, ID number, case number or phone.
    for (const secret of ['𠮷祥云', '祥', '𠮷小龙', '张小三', '李*英', filed['rare']!.idNumber, filed['rare']!.caseNumber, '13800138000']) expect(text).not.toContain(secret);
  });

  it('narrows to a township and a village; a 公示 that starts tomorrow is not current yet', async () => {
    const township = await json<{ notices: PublicNotice[] }>(await get('/api/notices?county=431225&township=%E6%9E%97%E5%9F%8E%E9%95%87'));
    expect(township.notices.map((n) => n.nameMasked)).toEqual(['\u{20BB7}*云']);
    const village = await json<{ notices: PublicNotice[] }>(await get(`/api/notices?county=431225&township=${encodeURIComponent('坪村镇')}&village=${encodeURIComponent('枫木村')}`));
    expect(village.notices.map((n) => n.nameMasked)).toEqual(['买**·*力']);
    clock = '2026-12-01T02:00:00.000Z';
    const tomorrow = await json<{ notices: PublicNotice[] }>(await get('/api/notices?county=431225&township=%E6%9E%97%E5%9F%8E%E9%95%87'));
    clock = '2026-11-30T02:00:00.000Z';
    expect(tomorrow.notices.map((n) => n.nameMasked).sort()).toEqual(['李*英', '\u{20BB7}*云']);
  });

  it('says which filter is wrong, in the standard error body and the reader’s language', async () => {
    for (const [query, field] of [['county=43122', 'county'], ['county=999999', 'county'], ['township=%E6%9E%97%E5%9F%8E%E9%95%87', 'township'], [`county=431225&township=${'镇'.repeat(41)}`, 'township'], ['county=431225&village=%E6%94%B9%E6%B2%B3%E7%A4%BE%E5%8C%BA', 'village']] as const) {
      const res = await get(`/api/notices?${query}`);
      expect(res.status, query).toBe(422);
      const body = await json<{ code: string; message: string; field: string; requestId: string }>(res);
      expect(body, query).toMatchObject({ field, requestId: expect.any(String) });
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const en = await json<{ message: string }>(await get('/api/notices?county=999999', { 'accept-language': 'en' }));
    expect(en.message).toMatch(/county/i);
  });
});

describe('GET /api/notices/archive', () => {
  it('shows an expired 公示 was published — dates, programme, village, how many households — and no names', async () => {
    const res = await get('/api/notices/archive?county=431225');
    expect(res.status).toBe(200);
    const text = await res.text();
    const body = JSON.parse(text) as { notices: Record<string, unknown>[] };
    expect(body.notices).toContainEqual({ programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', from: '2026-10-14', to: '2026-10-20', count: 1 });
    expect(body.notices.every((n) => !('nameMasked' in n) && !('id' in n))).toBe(true);
    expect(text).not.toContain('张');
    // A current notice is not in the archive.
    expect(body.notices.some((n) => n['from'] === '2026-11-27')).toBe(false);
  });
});

describe('objections', () => {
  let rareObjection: { trackingNumber: string; queryCode: string };

  it('are refused for a notice that is over, not yet posted or unknown, and without text', async () => {
    const expired = await objectFrom('203.0.113.1', (await noticeOf(filed['expired']!.caseNumber)).id, { text: '此户有车' });
    expect(expired.status).toBe(409);
    expect((await json<{ code: string }>(expired)).code).toBe('notice_not_current');
    expect((await objectFrom('203.0.113.1', (await noticeOf(filed['tomorrow']!.caseNumber)).id, { text: '此户有车' })).status).toBe(409);
    const unknown = await objectFrom('203.0.113.1', 999999, { text: '此户有车' });
    expect(unknown.status).toBe(404);
    expect((await json<{ code: string }>(unknown)).code).toBe('notice_not_found');
    const empty = await objectFrom('203.0.113.1', (await noticeOf(filed['rare']!.caseNumber)).id, { text: '   ' });
    expect(empty.status).toBe(422);
    expect((await json<{ field: string }>(empty)).field).toBe('text');
    const long = await objectFrom('203.0.113.1', (await noticeOf(filed['rare']!.caseNumber)).id, { text: '字'.repeat(2001) });
    expect((await json<{ field: string }>(long)).field).toBe('text');
  });

  it('201 with a tracking number and a query code; the contact and text are sealed; the case is paused in the chain', async () => {
    const before = await rowOf(filed['rare']!.caseNumber);
    const res = await objectFrom('203.0.113.2', (await noticeOf(filed['rare']!.caseNumber)).id, { text: '据我所知，这家儿子在县城开店，收入不低。', contact: '13900001111' });
    expect(res.status).toBe(201);
    rareObjection = await json(res);
    expect(Object.keys(rareObjection).sort()).toEqual(['queryCode', 'trackingNumber']);
    expect(rareObjection.trackingNumber).toMatch(/^5\d{10}$/);
    expect(rareObjection.queryCode).toMatch(/^\d{8}$/);
    const [stored] = await t.services.db.select().from(objections).where(eq(objections.trackingNumber, rareObjection.trackingNumber));
    expect(stored).toMatchObject({ status: 'open', raisedOn: TODAY, county: '431225', township: '林城镇' });
    expect(stored!.contactSealed).not.toContain('13900001111');
    expect(stored!.textSealed).not.toContain('县城');
    expect(stored!.queryCodeHmac).not.toContain(rareObjection.queryCode);
    const after = await rowOf(filed['rare']!.caseNumber);
    expect(after).toMatchObject({ pausedOn: TODAY, dueOn: null, version: before.version + 1 });
    const events = await t.services.db.select().from(auditEvents).where(eq(auditEvents.caseId, after.id));
    const raised = events.at(-1)!;
    expect(raised).toMatchObject({ kind: 'objection-raised', step: 'public-notice', actor: 'public', on: TODAY });
    expect(JSON.stringify(raised)).not.toMatch(/13900001111|县城|儿子/);
    expect(JSON.parse(raised.detail!)).toEqual({ objection: stored!.id });
  });

  it('lands in the township’s queue first, flagged, with no due date; the case page shows the text but never the contact', async () => {
    const queue = await json<{ cases: { caseNumber: string; flags: { code: string; reason: string }[]; dueDate?: string }[] }>(await get('/api/staff/cases', who['lcClerk']!.headers));
    expect(queue.cases[0]).toMatchObject({ caseNumber: filed['rare']!.caseNumber, flags: [{ code: 'objection_open' }] });
    expect(queue.cases[0]!.dueDate).toBeUndefined();
    expect(queue.cases[0]!.flags[0]!.reason).toContain('异议');
    const detailRes = await get(`/api/staff/cases/${filed['rare']!.caseNumber}`, who['lcClerk']!.headers);
    const text = await detailRes.text();
    expect(text).not.toContain('13900001111');
    const detail = JSON.parse(text) as { objections: Record<string, unknown>[]; allowedActions: { action: string; fields: { name: string }[] }[]; dueDate?: string; flags: { code: string }[] };
    expect(detail.objections).toEqual([{ trackingNumber: rareObjection.trackingNumber, raisedOn: TODAY, text: '据我所知，这家儿子在县城开店，收入不低。', hasContact: true, status: 'open' }]);
    expect(detail.dueDate).toBeUndefined();
    expect(detail.flags.map((f) => f.code)).toContain('objection_open');
    expect(detail.allowedActions.find((a) => a.action === 'resolve-objection')?.fields.map((f) => f.name)).toEqual(['objectionOutcome', 'finding']);
  });

  it('the applicant’s 查进度 says a question was raised about the 公示 — not by whom, not what', async () => {
    const text = await (await t.post('/api/cases/lookup', { caseNumber: filed['rare']!.caseNumber, factor: filed['rare']!.idNumber.slice(-6) })).text();
    const view = JSON.parse(text) as { noticeObjection?: unknown; steps: { step: string; state: string; dueOn?: string; paused?: boolean }[] };
    expect(view.noticeObjection).toEqual({ state: 'open', raisedOn: TODAY });
    expect(view.steps.find((s) => s.state === 'current')).toMatchObject({ step: 'public-notice', paused: true });
    expect(view.steps.find((s) => s.state === 'current')?.dueOn).toBeUndefined();
    for (const secret of ['13900001111', '县城', rareObjection.trackingNumber, '203.0.113.2']) expect(text).not.toContain(secret);
  });

  it('another township’s clerk never sees it: not listed, 404 on the case, the contact and the action', async () => {
    const pc = who['pcClerk']!;
    const listed = await json<{ objections: { trackingNumber: string }[] }>(await get('/api/staff/objections', pc.headers));
    expect(listed.objections.map((o) => o.trackingNumber)).not.toContain(rareObjection.trackingNumber);
    expect((await get(`/api/staff/cases/${filed['rare']!.caseNumber}`, pc.headers)).status).toBe(404);
    const reveal = await t.post(`/api/staff/objections/${rareObjection.trackingNumber}/reveal-contact`, {}, pc.headers);
    expect(reveal.status).toBe(404);
    expect((await staffAct(pc, filed['rare']!.caseNumber, { action: 'resolve-objection', objectionOutcome: 'continue', finding: '不成立' })).status).toBe(404);
  });

  it('its own township lists it (never the contact) and may reveal the contact, which the chain records', async () => {
    const text = await (await get('/api/staff/objections', who['lcClerk']!.headers)).text();
    expect(text).not.toContain('13900001111');
    const listed = JSON.parse(text) as { objections: Record<string, unknown>[] };
    expect(listed.objections).toEqual([{ trackingNumber: rareObjection.trackingNumber, caseNumber: filed['rare']!.caseNumber, township: '林城镇', village: '改河社区', raisedOn: TODAY, status: 'open', hasContact: true }]);
    const reveal = await t.post(`/api/staff/objections/${rareObjection.trackingNumber}/reveal-contact`, {}, who['lcClerk']!.headers);
    expect(reveal.status).toBe(200);
    expect(reveal.headers.get('cache-control')).toBe('no-store');
    expect(await reveal.json()).toEqual({ contact: '13900001111' });
    const [event] = await t.services.db.select().from(auditEvents).where(eq(auditEvents.kind, 'objection-contact-revealed'));
    expect(event).toMatchObject({ actor: 'staff:lc-clerk', caseId: (await rowOf(filed['rare']!.caseNumber)).id });
    expect(JSON.stringify(event)).not.toContain('13900001111');
  });

  it('the objector reads “being looked into” by tracking number and query code; a wrong code answers as an unknown number', async () => {
    const open = await t.post('/api/notices/objections/lookup', rareObjection);
    expect(open.status).toBe(200);
    expect(open.headers.get('cache-control')).toBe('no-store');
    expect(await open.json()).toEqual({ trackingNumber: rareObjection.trackingNumber, status: 'open', raisedOn: TODAY, notice: { programme: 'dibao', township: '林城镇', village: '改河社区', from: '2026-11-27', to: '2026-12-03' } });
    const wrong = await t.post('/api/notices/objections/lookup', { ...rareObjection, queryCode: rareObjection.queryCode === '00000000' ? '11111111' : '00000000' });
    expect(wrong.status).toBe(404);
    const unknown = await t.post('/api/notices/objections/lookup', { trackingNumber: '5' + '0'.repeat(9) + '0', queryCode: rareObjection.queryCode });
    expect(unknown.status).toBe(404);
    expect((await json<{ code: string }>(wrong)).code).toBe((await json<{ code: string }>(unknown)).code);
  });

  it('the township finds it unfounded: the 公示 goes on to its posted end, the case resumes, the objector reads the finding', async () => {
    const res = await staffAct(who['lcReviewer']!, filed['rare']!.caseNumber, { action: 'resolve-objection', objectionOutcome: 'continue', finding: '经入户核实，其子在外务工收入已计入，异议不成立。' });
    expect(res.status).toBe(200);
    const detail = await json<{ objections: { status: string; finding?: string; resolvedOn?: string }[]; dueDate?: string; flags: { code: string }[] }>(res);
    expect(detail.objections[0]).toMatchObject({ status: 'continued', finding: '经入户核实，其子在外务工收入已计入，异议不成立。', resolvedOn: TODAY });
    expect(detail.dueDate).toBe('2026-12-03');
    expect(detail.flags.map((f) => f.code)).not.toContain('objection_open');
    expect(await rowOf(filed['rare']!.caseNumber)).toMatchObject({ pausedOn: null, dueOn: '2026-12-03' });
    const read = await json(await t.post('/api/notices/objections/lookup', rareObjection));
    expect(read).toMatchObject({ status: 'continued', finding: '经入户核实，其子在外务工收入已计入，异议不成立。', resolvedOn: TODAY });
    const view = await json<{ noticeObjection?: unknown }>(await t.post('/api/cases/lookup', { caseNumber: filed['rare']!.caseNumber, factor: filed['rare']!.idNumber.slice(-6) }));
    expect(view.noticeObjection).toEqual({ state: 'continued', raisedOn: TODAY, resolvedOn: TODAY });
    expect((await json<{ notices: PublicNotice[] }>(await get('/api/notices?county=431225'))).notices.map((n) => n.nameMasked)).toContain('\u{20BB7}*云');
  });

  it('upheld by the other township: the notice comes down at once, the county may only refuse, with the finding as the reason', async () => {
    const notice = await noticeOf(filed['pingcun']!.caseNumber);
    expect((await objectFrom('203.0.113.3', notice.id, { text: '此人已去世多年。' })).status).toBe(201);
    const finding = '经核实，申请人户籍已迁出本村，异议成立。';
    const res = await staffAct(who['pcClerk']!, filed['pingcun']!.caseNumber, { action: 'resolve-objection', objectionOutcome: 'refuse', finding });
    expect(res.status).toBe(200);
    expect((await noticeOf(filed['pingcun']!.caseNumber)).withdrawnOn).toBe(TODAY);
    const current = await json<{ notices: PublicNotice[] }>(await get('/api/notices?county=431225'));
    expect(current.notices.map((n) => n.nameMasked)).not.toContain('买**·*力');
    const archive = await json<{ notices: Record<string, unknown>[] }>(await get('/api/notices/archive?county=431225'));
    expect(archive.notices).toContainEqual({ programme: 'dibao', county: '431225', township: '坪村镇', village: '枫木村', from: '2026-11-28', to: '2026-12-04', count: 1 });
    const county = await json<{ allowedActions: { action: string }[]; objections: { status: string }[] }>(await get(`/api/staff/cases/${filed['pingcun']!.caseNumber}`, who['approver']!.headers));
    expect(county.allowedActions.map((a) => a.action)).toEqual(['refuse', 'close']);
    expect((await staffAct(who['approver']!, filed['pingcun']!.caseNumber, { action: 'approve', amount: 375, fromMonth: '2026-12' })).status).toBe(409);
    const refused = await staffAct(who['approver']!, filed['pingcun']!.caseNumber, { action: 'refuse', reason: finding });
    expect(refused.status).toBe(200);
    expect(await rowOf(filed['pingcun']!.caseNumber)).toMatchObject({ status: 'refused', refusalReason: finding });
  });

  it('are limited per client: a few per notice and a day, then 429 with Retry-After', async () => {
    const id = (await noticeOf(filed['rare']!.caseNumber)).id;
    const answers: number[] = [];
    for (let i = 0; i < 4; i++) answers.push((await objectFrom('198.51.100.7', id, { text: `第${i + 1}次：情况不实` })).status);
    expect(answers).toEqual([201, 201, 201, 429]);
    const refused = await objectFrom('198.51.100.7', id, { text: '再来一次' });
    expect((await json<{ code: string }>(refused)).code).toBe('objections_too_many');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not locked out by this one.
    expect((await objectFrom('198.51.100.8', id, { text: '我也有异议' })).status).toBe(201);
  });

  it('leave the audit chain whole and every case row equal to what its events say', async () => {
    expect(await verifyAudit(t.services.db, makeAuditMac(key))).toMatchObject({ ok: true });
  });
});
