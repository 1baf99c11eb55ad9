// Issue 10, 举报 and questions: filing (anonymous or with a sealed contact, with photos by the claims' upload rules), the
// reporter's lookup, routing to the county only (never to a township, whichever it is about), the 信访工作条例 clock,
// the county's acceptance and answer, the audited contact reveal, per-client limits — on a real database file.
import { readFileSync, existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { sweepExpiredUploads } from '../../api/uploads/sweep.ts';
import { newKey, testApp, validClaim } from './testApp.ts';
import { plainPhoto, photoForm } from './photos.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

const key = randomBytes(32);
let clock = '2026-11-10T02:00:00.000Z';
let t: Awaited<ReturnType<typeof testApp>>;
const who: Record<string, StaffMember> = {};

const CONTACT = '13912345678';
const SECRET_TEXT = '林城镇民政办的工作人员收了申请人的好处费才给办低保。';
type Filed = { trackingNumber: string; queryCode: string };
type Listed = { trackingNumber: string; kind: string; about: string; township?: string; receivedOn: string; status: string; dueOn?: string; overdue: boolean; hasContact: boolean; photoCount: number };

const json = async <T = Record<string, unknown>>(res: Response) => (await res.json()) as T;
const get = (path: string, headers: Record<string, string> = {}) => t.app.request(path, { headers });
const fileFrom = (ip: string, body: Record<string, unknown>) => t.post('/api/reports', body, { 'x-forwarded-for': ip });
const conduct = (extra: Record<string, unknown> = {}) => ({ kind: 'report', county: '431225', about: 'conduct', personRole: 'township-staff', township: '林城镇', text: SECRET_TEXT, ...extra });
const act = (as: StaffMember, number: string, body: Record<string, unknown>) => t.post(`/api/staff/reports/${number}/actions`, body, as.headers);
const lookup = (filed: Filed) => t.post('/api/reports/lookup', filed);
const row = async (number: string) => (await t.services.client.execute({ sql: 'SELECT * FROM reports WHERE tracking_number = ?', args: [number] })).rows[0]!;

async function upload(): Promise<string> {
  const res = await t.app.request('/api/uploads', { method: 'POST', body: photoForm(await plainPhoto(800, 600)), headers: { 'x-forwarded-for': '192.0.2.50' } });
  expect(res.status).toBe(201);
  return (await json<{ uploadId: string }>(res)).uploadId;
}

let aboutStaff: Filed;
let question: Filed;
let photoId: string;

/** Moves the app's clock on and signs the county approver in again (a session does not outlive 12 hours of it). */
async function dayOf(instant: string): Promise<StaffMember> {
  clock = instant;
  who['approver'] = await staffMember(t, `approver-${instant.slice(5, 10)}`, 'county-approver');
  return who['approver'];
}

beforeAll(async () => {
  t = await testApp({ now: () => new Date(clock), env: { MZY_DATA_KEY: key.toString('hex'), TRUST_PROXY: '1' } });
  who['lcClerk'] = await staffMember(t, 'lc-clerk', 'township-clerk');
  who['lcReviewer'] = await staffMember(t, 'lc-reviewer', 'township-reviewer');
  who['pcClerk'] = await staffMember(t, 'pc-clerk', 'township-clerk', { township: '坪村镇' });
  who['approver'] = await staffMember(t, 'approver', 'county-approver');
  who['admin'] = await staffMember(t, 'county-admin', 'admin');
  who['wenganApprover'] = await staffMember(t, 'wa-approver', 'county-approver', { county: '522725' });
});

describe('POST /api/reports', () => {
  it('says which field is wrong, in the standard error body and the reader’s language', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [conduct({ text: '   ' }), 'text'],
      [conduct({ text: '字'.repeat(2001) }), 'text'],
      [conduct({ county: '999999' }), 'county'],
      [conduct({ personRole: undefined }), 'personRole'],
      [{ ...conduct(), about: 'programme', programme: 'no-such-programme' }, 'programme'],
      [{ ...conduct(), about: 'place', township: undefined }, 'township'],
      [conduct({ township: '平定营镇' }), 'township'],
      [conduct({ contact: '电'.repeat(101) }), 'contact'],
      [conduct({ uploadIds: ['A'.repeat(22)] }), 'uploadIds'],
    ];
    for (const [body, field] of cases) {
      const res = await fileFrom('203.0.113.10', body);
      expect([422], JSON.stringify(body).slice(0, 80)).toContain(res.status);
      const error = await json<{ code: string; message: string; field: string; requestId: string }>(res);
      expect(error, field).toMatchObject({ field, requestId: expect.any(String) });
      expect(error.message, field).toMatch(/[\u4e00-\u9fff]/);
    }
    const en = await json<{ message: string }>(await t.post('/api/reports', conduct({ text: '' }), { 'accept-language': 'en', 'x-forwarded-for': '203.0.113.10' }));
    expect(en.message).toMatch(/write/i);
  });

  it('201 with a tracking number (6…) and a query code; the row waits in the county’s queue with its 15-day acceptance date', async () => {
    photoId = await upload();
    const res = await fileFrom('203.0.113.11', conduct({ contact: CONTACT, uploadIds: [photoId] }));
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    aboutStaff = await json<Filed>(res);
    expect(Object.keys(aboutStaff).sort()).toEqual(['queryCode', 'trackingNumber']);
    expect(aboutStaff.trackingNumber).toMatch(/^6\d{10}$/);
    expect(aboutStaff.queryCode).toMatch(/^\d{8}$/);
    expect(await row(aboutStaff.trackingNumber)).toMatchObject({ county: '431225', township: '林城镇', status: 'received', received_on: '2026-11-10', accept_due_on: '2026-11-25', answer_due_on: null });
    const [photo] = (await t.services.client.execute({ sql: 'SELECT report_id, case_id, purpose FROM uploads WHERE id = ?', args: [photoId] })).rows;
    expect(photo).toMatchObject({ report_id: (await row(aboutStaff.trackingNumber))['id'], case_id: null, purpose: 'report' });
  });

  it('a question gets its own kind of number (7…); anonymous is fine', async () => {
    const res = await fileFrom('203.0.113.12', { kind: 'question', county: '431225', about: 'programme', programme: 'gaoling-jintie', text: '八十岁的老人高龄津贴怎么申请？' });
    expect(res.status).toBe(201);
    question = await json<Filed>(res);
    expect(question.trackingNumber).toMatch(/^7\d{10}$/);
  });

  it('the contact and the text are not in the database file in clear, nor in the audit chain', async () => {
    await t.services.client.execute('PRAGMA wal_checkpoint(FULL)');
    for (const file of [t.dbFile, `${t.dbFile}-wal`].filter(existsSync)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(Buffer.from(CONTACT)), file).toBe(false);
      expect(bytes.includes(Buffer.from('好处费')), file).toBe(false);
    }
    const { rows } = await t.services.client.execute("SELECT * FROM audit_events WHERE kind = 'report-filed'");
    expect(rows.length).toBe(2);
    expect(rows[0]).toMatchObject({ actor: 'public', case_id: null });
    expect(JSON.stringify(rows)).not.toMatch(/13912345678|好处费|203\.0\.113/);
  });

  it('a photo attached to a report is no longer free: a claim cannot take it, and the sweep keeps it', async () => {
    const claim = await t.post('/api/cases', validClaim({ uploadIds: [photoId] }), { 'idempotency-key': newKey(), 'x-forwarded-for': '203.0.113.13' });
    expect(claim.status).toBe(422);
    expect((await json<{ code: string }>(claim)).code).toBe('upload_unknown');
    clock = '2026-11-20T02:00:00.000Z';
    await sweepExpiredUploads(t.services);
    clock = '2026-11-10T02:00:00.000Z';
    const [photo] = (await t.services.client.execute({ sql: 'SELECT id FROM uploads WHERE id = ?', args: [photoId] })).rows;
    expect(photo).toBeDefined();
  });
});

describe('the reporter’s lookup', () => {
  it('reads status and dates by tracking number and query code', async () => {
    const res = await lookup(aboutStaff);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ trackingNumber: aboutStaff.trackingNumber, kind: 'report', status: 'received', receivedOn: '2026-11-10', acceptDueOn: '2026-11-25' });
  });

  it('a wrong code answers exactly as an unknown number: 404 report_not_found', async () => {
    const wrong = await lookup({ ...aboutStaff, queryCode: aboutStaff.queryCode === '00000000' ? '11111111' : '00000000' });
    const unknown = await lookup({ trackingNumber: `6${'0'.repeat(9)}0`, queryCode: aboutStaff.queryCode });
    expect(wrong.status).toBe(404);
    expect(unknown.status).toBe(404);
    const [a, b] = [await json<{ code: string; message: string }>(wrong), await json<{ code: string; message: string }>(unknown)];
    expect(a.code).toBe('report_not_found');
    expect(b).toMatchObject({ code: a.code, message: a.message });
  });
});

describe('routing: the county’s queue, never a township’s', () => {
  it('no township role sees it, not even the township it is about: 403 on the list, 404 on the report, its photo, contact and actions', async () => {
    for (const name of ['lcClerk', 'lcReviewer', 'pcClerk']) {
      const as = who[name]!;
      expect((await get('/api/staff/reports', as.headers)).status, name).toBe(403);
      expect((await get(`/api/staff/reports/${aboutStaff.trackingNumber}`, as.headers)).status, name).toBe(404);
      expect((await get(`/api/staff/reports/${aboutStaff.trackingNumber}/photos/${photoId}`, as.headers)).status, name).toBe(404);
      expect((await t.post(`/api/staff/reports/${aboutStaff.trackingNumber}/reveal-contact`, {}, as.headers)).status, name).toBe(404);
      expect((await act(as, aboutStaff.trackingNumber, { action: 'accept' })).status, name).toBe(404);
    }
  });

  it('another county’s approver neither lists nor opens it', async () => {
    const other = who['wenganApprover']!;
    const listed = await json<{ reports: Listed[] }>(await get('/api/staff/reports', other.headers));
    expect(listed.reports).toEqual([]);
    expect((await get(`/api/staff/reports/${aboutStaff.trackingNumber}`, other.headers)).status).toBe(404);
    expect((await act(other, aboutStaff.trackingNumber, { action: 'accept' })).status).toBe(404);
  });

  it('the county lists it with its due date and no contact; the report page has the text and photos but not the contact', async () => {
    const text = await (await get('/api/staff/reports', who['approver']!.headers)).text();
    expect(text).not.toContain(CONTACT);
    expect(text).not.toContain('好处费');
    const listed = (JSON.parse(text) as { reports: Listed[] }).reports.find((r) => r.trackingNumber === aboutStaff.trackingNumber)!;
    expect(listed).toMatchObject({ kind: 'report', about: 'conduct', township: '林城镇', receivedOn: '2026-11-10', status: 'received', dueOn: '2026-11-25', overdue: false, hasContact: true, photoCount: 1 });
    const page = await get(`/api/staff/reports/${aboutStaff.trackingNumber}`, who['approver']!.headers);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const pageText = await page.text();
    expect(pageText).not.toContain(CONTACT);
    expect(JSON.parse(pageText)).toMatchObject({ text: SECRET_TEXT, personRole: 'township-staff', photos: [photoId], allowedActions: ['accept', 'not-accept'] });
    const photo = await get(`/api/staff/reports/${aboutStaff.trackingNumber}/photos/${photoId}`, who['approver']!.headers);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
  });

});

describe('accepting and answering', () => {
  it('only the county approver decides: the admin reads but may not act or reveal', async () => {
    expect((await get(`/api/staff/reports/${aboutStaff.trackingNumber}`, who['admin']!.headers)).status).toBe(200);
    expect((await act(who['admin']!, aboutStaff.trackingNumber, { action: 'accept' })).status).toBe(403);
    expect((await t.post(`/api/staff/reports/${aboutStaff.trackingNumber}/reveal-contact`, {}, who['admin']!.headers)).status).toBe(403);
  });

  it('an answer before acceptance is refused (409), an empty one asked for (422)', async () => {
    const early = await act(who['approver']!, aboutStaff.trackingNumber, { action: 'answer', reply: '已查实。' });
    expect(early.status).toBe(409);
    expect((await json<{ code: string }>(early)).code).toBe('report_action_not_allowed');
  });

  it('accepted on day 3: 60 days to answer from then; the reporter sees it', async () => {
    await dayOf('2026-11-13T02:00:00.000Z');
    const res = await act(who['approver']!, aboutStaff.trackingNumber, { action: 'accept' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-13', answerDueOn: '2027-01-12', dueOn: '2027-01-12', allowedActions: ['answer'] });
    expect((await act(who['approver']!, aboutStaff.trackingNumber, { action: 'accept' })).status).toBe(409);
    expect(await json(await lookup(aboutStaff))).toMatchObject({ status: 'accepted', acceptedOn: '2026-11-13', answerDueOn: '2027-01-12' });
  });

  it('the answer needs words, then the reporter reads it by number and code', async () => {
    const empty = await act(who['approver']!, aboutStaff.trackingNumber, { action: 'answer', reply: '  ' });
    expect(empty.status).toBe(422);
    expect((await json<{ field: string }>(empty)).field).toBe('reply');
    await dayOf('2026-12-01T02:00:00.000Z');
    const answer = '经县民政局调查核实，该工作人员违规收取财物属实，已移交县纪委监委处理。';
    const res = await act(who['approver']!, aboutStaff.trackingNumber, { action: 'answer', reply: answer });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'answered', answeredOn: '2026-12-01', allowedActions: [] });
    expect(await json(await lookup(aboutStaff))).toEqual({
      trackingNumber: aboutStaff.trackingNumber, kind: 'report', status: 'answered', receivedOn: '2026-11-10', acceptDueOn: '2026-11-25',
      acceptedOn: '2026-11-13', answerDueOn: '2027-01-12', answeredOn: '2026-12-01', answer,
    });
  });

  it('not accepted: the reason is what the reporter reads', async () => {
    const filed = await json<Filed>(await fileFrom('203.0.113.14', { county: '431225', about: 'place', township: '坪村镇', village: '枫木村', text: '村里的路灯坏了。' }));
    const reason = '路灯维修不属于民政部门职责，请向坪村镇人民政府反映。';
    const res = await act(who['approver']!, filed.trackingNumber, { action: 'not-accept', reply: reason });
    expect(res.status).toBe(200);
    expect(await json(await lookup(filed))).toMatchObject({ status: 'not-accepted', answeredOn: '2026-12-01', answer: reason });
  });

  it('the contact is revealed only on request, and the chain records who asked (never the contact)', async () => {
    const res = await t.post(`/api/staff/reports/${aboutStaff.trackingNumber}/reveal-contact`, {}, who['approver']!.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ contact: CONTACT });
    const { rows } = await t.services.client.execute("SELECT * FROM audit_events WHERE kind = 'report-contact-revealed'");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor: 'staff:approver-12-01' });
    expect(JSON.stringify(rows)).not.toContain(CONTACT);
  });

  it('the question left undecided past its 15 days is highlighted overdue, first in the list', async () => {
    const listed = (await json<{ reports: Listed[] }>(await get('/api/staff/reports', who['approver']!.headers))).reports;
    expect(listed[0]).toMatchObject({ trackingNumber: question.trackingNumber, status: 'received', dueOn: '2026-11-25', overdue: true });
    expect(listed.find((r) => r.trackingNumber === aboutStaff.trackingNumber)).toMatchObject({ status: 'answered', overdue: false });
    expect(listed.find((r) => r.trackingNumber === aboutStaff.trackingNumber)!.dueOn).toBeUndefined();
  });

  it('filing, acceptance and the answer are events of the chain, which verifies', async () => {
    const { rows } = await t.services.client.execute("SELECT kind, actor FROM audit_events WHERE kind LIKE 'report-%' ORDER BY id");
    expect(rows.map((r) => `${r['kind']}:${r['actor']}`)).toEqual(expect.arrayContaining(['report-accepted:staff:approver-11-13', 'report-answered:staff:approver-12-01', 'report-not-accepted:staff:approver-12-01']));
    expect(await verifyAudit(t.services.db, makeAuditMac(key))).toMatchObject({ ok: true });
  });
});

describe('limits', () => {
  it('a network files a few an hour, then 429 with Retry-After; another network is not held back', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await fileFrom('198.51.100.20', { county: '431225', about: 'programme', programme: 'dibao', text: `第${i + 1}条` })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    const refused = await fileFrom('198.51.100.20', { county: '431225', about: 'programme', programme: 'dibao', text: '再来' });
    expect(await json(refused)).toMatchObject({ code: 'reports_too_many', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await fileFrom('198.51.100.21', { county: '431225', about: 'programme', programme: 'dibao', text: '我也说一句' })).status).toBe(201);
  });
});
