// The staff read API across jurisdictions: a 林城镇 clerk never lists, counts, finds, opens, downloads or reveals
// another township's case (it answers 404 exactly as an unknown number), a county approver sees the county only.
import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { and, eq } from 'drizzle-orm';
import { auditEvents, cases } from '../../api/db/schema/index.ts';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';
import { randomBytes } from 'node:crypto';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { newKey, testApp, validClaim } from './testApp.ts';
import { staffMember, type StaffMember } from './staffAccounts.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let clerk: StaffMember;
let otherClerk: StaffMember;
let approver: StaffMember;
let agent: StaffMember;

interface Filed {
  caseNumber: string;
  idNumber: string;
  photoId: string;
}
const filed: Record<'linchen' | 'linchenVillage' | 'pingcun' | 'wengan', Filed> = {} as never;

interface Queue {
  cases: { caseNumber: string; applicantName: string; township: string; village?: string; step: string; status: string; dueDate?: string; overdue: boolean; dueSoon: boolean; flags: { code: string }[]; version: number }[];
  total: number;
}

async function photo(): Promise<string> {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } }).png().toBuffer();
  const form = new FormData();
  form.set('file', new File([png], 'hukou.png', { type: 'image/png' }));
  return ((await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string }).uploadId;
}

async function file(county: string, township: string, name: string, birth: string, extra: Record<string, unknown> = {}): Promise<Filed> {
  const idNumber = demoIdNumber(county, birth, '031');
  const photoId = await photo();
  const claim = validClaim({ county, township, applicant: { name, idNumber, phone: '13800138000' }, members: [{ name, idNumber, relation: 'self' }], uploadIds: [photoId], ...extra });
  const res = await t.post('/api/cases', claim, { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return { caseNumber: ((await res.json()) as { caseNumber: string }).caseNumber, idNumber, photoId };
}

const get = (path: string, who?: StaffMember) => t.app.request(path, { headers: who ? { cookie: who.headers.cookie } : {} });
const queue = async (who: StaffMember, query = '') => {
  const res = await get(`/api/staff/cases${query}`, who);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  return (await res.json()) as Queue;
};
const reveal = (who: StaffMember, caseNumber: string, body: unknown = {}, headers: Record<string, string> = who.headers) =>
  t.post(`/api/staff/cases/${caseNumber}/reveal-id`, body, headers);

beforeAll(async () => {
  t = await testApp();
  filed.linchen = await file('431225', '林城镇', '张桂兰', '19500101', { nearKinDeclaration: { hasNearKin: true, details: '侄子在镇民政办' } });
  filed.linchenVillage = await file('431225', '林城镇', '欧阳秀英', '19480611', { village: '改河社区' });
  filed.pingcun = await file('431225', '坪村镇', '李四妹', '19520302');
  filed.wengan = await file('522725', '建中镇', '王德芳', '19460909');
  clerk = await staffMember(t, 'linchen-clerk', 'township-clerk');
  otherClerk = await staffMember(t, 'pingcun-clerk', 'township-clerk', { township: '坪村镇' });
  approver = await staffMember(t, 'huitong-approver', 'county-approver');
  agent = await staffMember(t, 'linchen-agent', 'agent');
});

describe('who may ask', () => {
  it('answers 401 without a session and 403 role_forbidden to an agent, on every staff endpoint, never cached', async () => {
    const n = filed.linchen.caseNumber;
    for (const path of ['/api/staff/cases', `/api/staff/cases/${n}`, `/api/staff/cases/${n}/attachments/${filed.linchen.photoId}`]) {
      const anonymous = await get(path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('cache-control')).toBe('no-store');
      const asAgent = await get(path, agent);
      expect(asAgent.status).toBe(403);
      expect(((await asAgent.json()) as { code: string }).code).toBe('role_forbidden');
    }
    expect((await reveal(agent, n)).status).toBe(403);
  });
});

describe('GET /api/staff/cases', () => {
  it('lists, counts and finds only the clerk\'s own township, soonest due first, names masked', async () => {
    const mine = await queue(clerk);
    expect(mine.cases.map((c) => c.caseNumber).sort()).toEqual([filed.linchen.caseNumber, filed.linchenVillage.caseNumber].sort());
    expect(mine.total).toBe(2);
    expect(mine.cases.every((c) => c.township === '林城镇')).toBe(true);
    const dues = mine.cases.map((c) => c.dueDate ?? '9999');
    expect(dues).toEqual([...dues].sort());
    expect(mine.cases.find((c) => c.caseNumber === filed.linchen.caseNumber)).toMatchObject({ applicantName: '张*兰', step: 'accept', status: 'open', overdue: false, flags: [{ code: 'conflict_of_interest' }] });
    expect(JSON.stringify(mine)).not.toContain('桂兰');

    // Another township's case by its own number, name or village: not found, not counted.
    for (const q of [filed.pingcun.caseNumber, '李**', '枫木村']) expect(await queue(clerk, `?q=${encodeURIComponent(q)}`)).toEqual({ cases: [], total: 0, totalCapped: false });
    expect((await queue(clerk, `?q=${filed.linchen.caseNumber}`)).cases.map((c) => c.caseNumber)).toEqual([filed.linchen.caseNumber]);
    expect((await queue(clerk, `?q=${encodeURIComponent('改河社区')}`)).cases.map((c) => c.caseNumber)).toEqual([filed.linchenVillage.caseNumber]);
    expect((await queue(otherClerk)).cases.map((c) => c.caseNumber)).toEqual([filed.pingcun.caseNumber]);
  });

  it('gives a county approver the whole county and nothing of another county', async () => {
    const county = await queue(approver);
    expect(county.cases.map((c) => c.caseNumber).sort()).toEqual([filed.linchen.caseNumber, filed.linchenVillage.caseNumber, filed.pingcun.caseNumber].sort());
    expect(county.total).toBe(3);
    expect(await queue(approver, `?q=${filed.wengan.caseNumber}`)).toEqual({ cases: [], total: 0, totalCapped: false });
  });

  it('filters by step, status and overdue, and says which filter is wrong', async () => {
    expect((await queue(clerk, '?step=accept')).total).toBe(2);
    expect((await queue(clerk, '?step=payment')).total).toBe(0);
    expect((await queue(clerk, '?status=open')).total).toBe(2);
    expect((await queue(clerk, '?status=approved')).total).toBe(0);
    expect((await queue(clerk, '?overdue=true')).total).toBe(0);
    expect((await queue(clerk, '?overdue=false')).total).toBe(2);
    const bad = await get('/api/staff/cases?step=nowhere', clerk);
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { field: string }).field).toBe('step');
  });

  it('counts a busy township up to 1000 and says the count stopped there', async () => {
    const rows = Array.from({ length: 1005 }, (_, i) => ({
      caseNo: makeCaseNo((n) => randomBytes(n)), queryCodeHmac: 'x', idLast6Hmac: 'x', programme: 'dibao', county: '431225', township: '堡子镇',
      applicantNameMasked: '赵*', applicantIdLast4: '0000', claimSealed: 'x', submittedBy: 'self' as const, nearKin: false, status: 'open' as const,
      submittedAt: new Date().toISOString(), version: 1, step: 'accept', dueOn: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
    }));
    for (let i = 0; i < rows.length; i += 250) await t.services.db.insert(cases).values(rows.slice(i, i + 250));
    const baozi = await staffMember(t, 'baozi-clerk', 'township-clerk', { township: '堡子镇' });
    const busy = await queue(baozi);
    expect(busy).toMatchObject({ total: 1000, totalCapped: true });
    expect(busy.cases).toHaveLength(200);
    expect(busy.cases[0]!.dueDate).toBe('2026-12-01');
    // The clerk of 林城镇 still counts only their own two.
    expect(await queue(clerk)).toMatchObject({ total: 2, totalCapped: false });
  });
});

describe('GET /api/staff/cases/{caseNumber}', () => {
  it('shows its own township\'s case with the household masked, the events and the photo handler', async () => {
    const res = await get(`/api/staff/cases/${filed.linchen.caseNumber}`, clerk);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    const detail = JSON.parse(text);
    const id = filed.linchen.idNumber;
    expect(detail).toMatchObject({
      caseNumber: filed.linchen.caseNumber, county: '431225', township: '林城镇', status: 'open', step: 'accept', version: expect.any(Number),
      applicant: { nameMasked: '张*兰', idMasked: `${id.slice(0, 6)}********${id.slice(-4)}`, phoneMasked: '138****8000' },
      household: [{ index: 0, nameMasked: '张*兰', relation: 'self', incomes: [{ kind: 'pension', monthly: 300 }] }],
      nearKinDeclaration: { hasNearKin: true },
      flags: [{ code: 'conflict_of_interest', reason: expect.stringContaining('本系统要求') }],
      allowedActions: expect.any(Array),
    });
    expect(detail.events[0]).toMatchObject({ kind: 'submitted', actorName: '申请人' });
    expect(detail.attachments).toEqual([{ id: filed.linchen.photoId, purpose: 'claim', uploadedAt: expect.any(String), href: `/api/staff/cases/${filed.linchen.caseNumber}/attachments/${filed.linchen.photoId}` }]);
    expect(text).not.toContain(id);
    expect(text).not.toContain('13800138000');
  });

  it('answers another township\'s case and another county\'s exactly as an unknown number: 404', async () => {
    const unknown = await get('/api/staff/cases/000000000000', clerk);
    expect(unknown.status).toBe(404);
    const { requestId: _, ...unknownBody } = (await unknown.json()) as Record<string, string>;
    for (const [who, n] of [[clerk, filed.pingcun.caseNumber], [clerk, filed.wengan.caseNumber], [otherClerk, filed.linchen.caseNumber], [approver, filed.wengan.caseNumber]] as const) {
      const res = await get(`/api/staff/cases/${n}`, who);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const { requestId: __, ...body } = (await res.json()) as Record<string, string>;
      expect(body).toEqual(unknownBody);
    }
    expect(unknownBody).toMatchObject({ code: 'staff_case_not_found', message: '没有找到这个受理编号的案件。' });
    expect((await get(`/api/staff/cases/${filed.pingcun.caseNumber}`, approver)).status).toBe(200);
  });
});

describe('GET /api/staff/cases/{caseNumber}/attachments/{id}', () => {
  it('serves its own case\'s photo, never cached, and nothing across townships or cases', async () => {
    const own = await get(`/api/staff/cases/${filed.linchen.caseNumber}/attachments/${filed.linchen.photoId}`, clerk);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/jpeg');
    expect(own.headers.get('cache-control')).toBe('no-store');
    expect((await sharp(Buffer.from(await own.arrayBuffer())).metadata()).width).toBe(8);
    // Another township's photo, through its own case or smuggled under one of the clerk's cases.
    expect((await get(`/api/staff/cases/${filed.pingcun.caseNumber}/attachments/${filed.pingcun.photoId}`, clerk)).status).toBe(404);
    const smuggled = await get(`/api/staff/cases/${filed.linchen.caseNumber}/attachments/${filed.pingcun.photoId}`, clerk);
    expect(smuggled.status).toBe(404);
    expect(((await smuggled.json()) as { code: string }).code).toBe('attachment_not_found');
    expect((await get(`/api/staff/cases/${filed.pingcun.caseNumber}/attachments/${filed.pingcun.photoId}`, otherClerk)).status).toBe(200);
  });
});

describe('POST /api/staff/cases/{caseNumber}/reveal-id', () => {
  const revealEvents = async (caseNumber: string) => {
    const res = await get(`/api/staff/cases/${caseNumber}`, approver);
    const caseEvents = ((await res.json()) as { events: { kind: string }[] }).events;
    return caseEvents.filter((e) => e.kind === 'id-revealed');
  };

  it('needs the CSRF token and our Origin', async () => {
    const { 'x-csrf-token': _, ...noToken } = clerk.headers;
    const missing = await reveal(clerk, filed.linchen.caseNumber, {}, noToken);
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { code: string }).code).toBe('csrf_failed');
    expect((await reveal(clerk, filed.linchen.caseNumber, {}, { ...clerk.headers, origin: 'https://evil.example' })).status).toBe(403);
    expect(await revealEvents(filed.linchen.caseNumber)).toEqual([]);
  });

  it('gives the whole number and writes an audit event naming the account and whose number, not the number', async () => {
    const res = await reveal(clerk, filed.linchen.caseNumber, { member: 0 });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ idNumber: filed.linchen.idNumber });
    const [row] = await t.services.db.select().from(auditEvents).where(and(eq(auditEvents.kind, 'id-revealed'), eq(auditEvents.reason, 'member 1')));
    expect(row).toMatchObject({ accountId: expect.any(Number), actor: 'staff:linchen-clerk', mac: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(row)).not.toContain(filed.linchen.idNumber);
    expect(await revealEvents(filed.linchen.caseNumber)).toEqual([expect.objectContaining({ kind: 'id-revealed', actorName: 'linchen-clerk 测试' })]);
    const bad = await reveal(clerk, filed.linchen.caseNumber, { member: 5 });
    expect(bad.status).toBe(422);
  });

  it('reveals nothing of another township\'s case and records nothing', async () => {
    const res = await reveal(clerk, filed.pingcun.caseNumber);
    expect(res.status).toBe(404);
    expect(JSON.stringify(await res.json())).not.toContain(filed.pingcun.idNumber);
    expect(await revealEvents(filed.pingcun.caseNumber)).toEqual([]);
  });
});

describe('POST /api/staff/cases/{caseNumber}/actions', () => {
  const act = (who: StaffMember, caseNumber: string, body: Record<string, unknown>) => t.post(`/api/staff/cases/${caseNumber}/actions`, body, who.headers);
  const detailOf = async (who: StaffMember, caseNumber: string) => (await (await get(`/api/staff/cases/${caseNumber}`, who)).json()) as { version: number; step: string; allowedActions: { action: string; fields: { name: string }[] }[]; events: { kind: string }[] };

  it('offers the clerk the actions of the step, and answers an action with the same detail, the queue following', async () => {
    const before = await detailOf(clerk, filed.linchenVillage.caseNumber);
    expect(before.allowedActions.map((a) => a.action)).toEqual(expect.arrayContaining(['accept', 'refuse-to-accept', 'request-documents']));
    expect(before.allowedActions.find((a) => a.action === 'request-documents')!.fields.map((f) => f.name)).toContain('items');
    // A county approver reads the case but is not offered the township's acceptance.
    expect((await detailOf(approver, filed.linchenVillage.caseNumber)).allowedActions.map((a) => a.action)).not.toContain('accept');

    const res = await act(clerk, filed.linchenVillage.caseNumber, { action: 'accept', version: before.version });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const after = await res.json();
    expect(after).toMatchObject({ caseNumber: filed.linchenVillage.caseNumber, version: before.version + 1, applicant: { nameMasked: '欧**英' }, household: expect.any(Array) });
    expect(after.step).not.toBe('accept');
    const listed = (await queue(clerk, `?q=${filed.linchenVillage.caseNumber}`)).cases[0]!;
    expect(listed).toMatchObject({ version: after.version, step: after.step, dueDate: after.dueDate });
  });

  it('answers another township\'s case 404 and changes nothing in it', async () => {
    const theirs = await detailOf(otherClerk, filed.pingcun.caseNumber);
    const res = await act(clerk, filed.pingcun.caseNumber, { action: 'accept', version: theirs.version });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const still = await detailOf(otherClerk, filed.pingcun.caseNumber);
    expect(still.version).toBe(theirs.version);
    expect(still.events).toEqual(theirs.events);
    expect((await act(clerk, filed.wengan.caseNumber, { action: 'accept', version: 0 })).status).toBe(404);
  });
});
