import { beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import type { DemoSeed, SeededCase } from '../../api/db/seed/index.ts';
import { seedDemo, testApp } from './testApp.ts';
import { FAILURE_FLOOR_MS } from '../../api/cases/lookupCase.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let demo: SeededCase[];
let terminalKey: string;
beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' } });
  const seed: DemoSeed = await seedDemo(t);
  demo = seed.cases;
  terminalKey = seed.credentials.terminals[0]!.key;
});
const byStage = (stage: SeededCase['stage']) => demo.find((d) => d.stage === stage)!;
const lookup = (body: unknown, headers: Record<string, string> = {}) => t.post('/api/cases/lookup', body, headers);

describe('POST /api/cases/lookup', () => {
  it('shows the timeline with masked name and ID, by ID last 6 or by query code, never cached', async () => {
    const approved = byStage('approved');
    for (const factor of [approved.idLast6, approved.queryCode]) {
      const res = await lookup({ caseNumber: approved.caseNumber, factor }, { 'x-forwarded-for': '10.0.0.1' });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const view = (await res.json()) as { applicantName: string; applicantIdMasked: string; approved: unknown; payments: unknown[]; steps: { step: string; state: string }[] };
      expect(view.applicantName).toBe('李*');
      expect(view.applicantIdMasked).toMatch(/^\*{14}[0-9X]{4}$/);
      expect(view.approved).toEqual({ monthly: 375, fromMonth: expect.stringMatching(/^\d{4}-\d{2}$/) });
      expect(view.payments.length).toBeGreaterThan(0);
      expect(view.steps.find((s) => s.step === 'decision')?.state).toBe('done');
    }
  });

  it('takes either factor as residents type it: full-width digits, spaces, a small x', async () => {
    const approved = byStage('approved');
    const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    const typed = [fullWidth(approved.idLast6), approved.idLast6.toLowerCase(), fullWidth(approved.queryCode), `${approved.queryCode.slice(0, 4)} ${approved.queryCode.slice(4)}`];
    for (const factor of typed) expect((await lookup({ caseNumber: approved.caseNumber, factor }, { 'x-forwarded-for': '10.0.0.3' })).status).toBe(200);
    // Neither factor cut short or run on matches.
    for (const factor of [approved.queryCode.slice(0, 6), approved.queryCode.slice(0, 7), `${approved.idLast6}0`]) {
      expect((await lookup({ caseNumber: approved.caseNumber, factor }, { 'x-forwarded-for': '10.0.0.4' })).status).toBe(404);
    }
  });

  it('shows 公示 dates, the refusal with how to object, and the 需补正 list', async () => {
    const notice = (await (await lookup({ caseNumber: byStage('notice').caseNumber, factor: byStage('notice').idLast6 })).json()) as { publicNotice: { from: string; to: string } };
    expect(notice.publicNotice.from <= notice.publicNotice.to).toBe(true);
    const refused = (await (await lookup({ caseNumber: byStage('refused').caseNumber, factor: byStage('refused').idLast6 })).json()) as { refusal: { reason: string; howToObject: string } };
    expect(refused.refusal.howToObject).toContain('行政复议');
    const supplement = (await (await lookup({ caseNumber: byStage('supplement').caseNumber, factor: byStage('supplement').idLast6 })).json()) as { supplement: { items: string[] }; submittedBy: { kind: string } };
    expect(supplement.supplement.items.length).toBeGreaterThan(0);
    expect(supplement.submittedBy.kind).toBe('agent');
  });

  it('answers an unknown number and a wrong factor with the same status and body (but the request id)', async () => {
    const known = byStage('submitted').caseNumber;
    const strip = async (res: Response) => ({ status: res.status, ...((await res.json()) as object), requestId: '-' });
    const started = performance.now();
    const wrong = await strip(await lookup({ caseNumber: known, factor: '999999' }, { 'x-forwarded-for': '10.0.0.2' }));
    const wrongMs = performance.now() - started;
    const unknown = await strip(await lookup({ caseNumber: '100000000000', factor: '999999' }, { 'x-forwarded-for': '10.0.0.2' }));
    const unknownMs = performance.now() - started - wrongMs;
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ status: 404, code: 'case_not_found' });
    // Both are padded to the same floor (a loaded machine only adds time, so the floor is what a test can rely on).
    expect(wrongMs).toBeGreaterThanOrEqual(FAILURE_FLOOR_MS - 2);
    expect(unknownMs).toBeGreaterThanOrEqual(FAILURE_FLOOR_MS - 2);
  });

  it('cools a case number down after 5 failures for the client that failed, not for the owner elsewhere', async () => {
    const target = byStage('notice');
    for (let i = 0; i < 5; i++) expect((await lookup({ caseNumber: target.caseNumber, factor: '000000' }, { 'x-forwarded-for': '10.1.0.1' })).status).toBe(404);
    expect((await lookup({ caseNumber: target.caseNumber, factor: target.idLast6 }, { 'x-forwarded-for': '10.1.0.1' })).status).toBe(429);
    expect((await lookup({ caseNumber: target.caseNumber, factor: target.idLast6 }, { 'x-forwarded-for': '10.1.0.99' })).status).toBe(200);
  });

  it('limits a client IP, while a kiosk terminal behind the same IP keeps its own bucket', async () => {
    const ip = { 'x-forwarded-for': '10.2.0.1' };
    for (let i = 0; i < 20; i++) await lookup({ caseNumber: `1000000000${String(i).padStart(2, '0')}`, factor: '000000' }, ip);
    const target = byStage('submitted');
    expect((await lookup({ caseNumber: target.caseNumber, factor: target.idLast6 }, ip)).status).toBe(429);
    const kiosk = await lookup({ caseNumber: target.caseNumber, factor: target.idLast6 }, { ...ip, 'x-terminal-key': terminalKey });
    expect(kiosk.status).toBe(200);
    expect((await lookup({ caseNumber: target.caseNumber, factor: target.idLast6 }, { 'x-terminal-key': 'forged' })).status).toBe(401);
  });
});

describe('POST /api/cases/supplement', () => {
  it('attaches 需补正 photos with the lookup token, and refuses without it', async () => {
    const target = byStage('supplement');
    const view = (await (await lookup({ caseNumber: target.caseNumber, factor: target.queryCode }, { 'x-forwarded-for': '10.3.0.1' })).json()) as { accessToken: string };
    const jpeg = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#abc' } }).jpeg().toBuffer();
    const form = new FormData();
    form.set('file', new File([jpeg], 'hukou.jpg'));
    const { uploadId } = (await (await t.app.request('/api/uploads', { method: 'POST', body: form })).json()) as { uploadId: string };
    expect((await t.post('/api/cases/supplement', { uploadIds: [uploadId] }, { authorization: 'Bearer forged.token' })).status).toBe(401);
    const res = await t.post('/api/cases/supplement', { uploadIds: [uploadId] }, { authorization: `Bearer ${view.accessToken}` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { uploadedIds: string[] }).uploadedIds).toContain(uploadId);
  });
});
