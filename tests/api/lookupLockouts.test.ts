// Finding 2 of issue 8: failures count per (case number, client) and per (case number, terminal); a stranger's
// failures never refuse the owner elsewhere, and many failures on one case only raise an alert for staff.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { alertLines } from '../../api/alerts/listAlerts.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { testApp } from './testApp.ts';
import { addTerminal, fileClaim } from './residents.ts';

let t: Awaited<ReturnType<typeof testApp>>;
let clock = Date.parse('2026-12-01T02:00:00Z');
const KIOSK_KEY = 'lockout-test-kiosk-5e1d';
const lookup = (caseNumber: string, factor: string, headers: Record<string, string>) => t.post('/api/cases/lookup', { caseNumber, factor }, headers);
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const alertsAbout = async (subject: string) =>
  (await t.services.client.execute({ sql: 'SELECT kind, subject, failures FROM alerts WHERE subject = ?', args: [subject] })).rows.map((r) => ({ ...r }));

beforeAll(async () => {
  t = await testApp({ env: { TRUST_PROXY: '1' }, now: () => new Date(clock) });
  await addTerminal(t, KIOSK_KEY);
});
afterEach(() => vi.restoreAllMocks());

describe('lookup failures and who they lock out', () => {
  it('cools down the client that kept guessing one case, while the owner at home still gets in', async () => {
    const target = await fileClaim(t);
    for (let i = 0; i < 5; i++) expect((await lookup(target.caseNumber, `00000${i}`, from('10.20.0.1'))).status).toBe(404);
    const guesser = await lookup(target.caseNumber, target.idLast6, from('10.20.0.1'));
    expect(guesser.status).toBe(429);
    expect(await guesser.json()).toMatchObject({ code: 'too_many_requests', message: '尝试次数太多，请过15分钟再试。', requestId: expect.any(String) });
    expect(guesser.headers.get('retry-after')).toBe('900');
    expect((await lookup(target.caseNumber, target.idLast6, from('10.20.0.2'))).status).toBe(200);
  });

  it('lets the guessing client try again once 15 minutes have passed', async () => {
    const target = await fileClaim(t);
    for (let i = 0; i < 5; i++) await lookup(target.caseNumber, `11111${i}`, from('10.21.0.1'));
    clock += 14 * 60_000;
    const still = await lookup(target.caseNumber, target.queryCode, { ...from('10.21.0.1'), 'accept-language': 'en' });
    expect(await still.json()).toMatchObject({ code: 'too_many_requests', message: 'Too many attempts. Please try again in 1 minute.' });
    clock += 60_000;
    expect((await lookup(target.caseNumber, target.queryCode, from('10.21.0.1'))).status).toBe(200);
  });

  it('at a kiosk, one resident\'s failures neither lock the next resident at it nor the owner at home', async () => {
    const mistyped = await fileClaim(t);
    const next = await fileClaim(t);
    const kiosk = { ...from('10.22.0.1'), 'x-terminal-key': KIOSK_KEY };
    for (let i = 0; i < 5; i++) expect((await lookup(mistyped.caseNumber, `22222${i}`, kiosk)).status).toBe(404);
    expect((await lookup(mistyped.caseNumber, mistyped.idLast6, kiosk)).status).toBe(429);
    expect((await lookup(next.caseNumber, next.idLast6, kiosk)).status).toBe(200);
    // The village's other computers share the kiosk's IP but not its failures.
    expect((await lookup(mistyped.caseNumber, mistyped.idLast6, from('10.22.0.1'))).status).toBe(200);
  });

  it('raises one alert for staff when a case passes 50 failures from many clients, and never refuses the owner', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const target = await fileClaim(t);
    for (let client = 0; client < 12; client++) {
      for (let i = 0; i < 5; i++) expect((await lookup(target.caseNumber, `3333${client}${i}`.slice(-6), from(`10.23.${client}.1`))).status).toBe(404);
    }
    expect((await lookup(target.caseNumber, target.idLast6, from('10.23.99.1'))).status).toBe(200);
    expect(await alertsAbout(`case:${target.caseNumber}`)).toEqual([{ kind: 'lookup_failures', subject: `case:${target.caseNumber}`, failures: 50 }]);
    expect(warn.mock.calls.map((call) => String(call[0])).filter((line) => line.includes(target.caseNumber))).toHaveLength(1);
    // What `npm run alerts` prints for staff.
    expect(await alertLines(t.services.db)).toContainEqual(expect.stringContaining(`受理编号查询多次失败  case:${target.caseNumber}  50 failures since 2026-12-01 10:`));
  });

  it('raises the same alert for an ID number tried on POST /api/cases/find from many clients', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const idNumber = demoIdNumber('431225', '19500101', '900');
    for (let client = 0; client < 10; client++) {
      for (let i = 0; i < 5; i++) await t.post('/api/cases/find', { idNumber, name: '张桂兰', phoneLast4: `900${i}` }, from(`10.24.${client}.1`));
    }
    const rows = (await t.services.client.execute("SELECT kind, failures FROM alerts WHERE subject LIKE 'id:%'")).rows.map((r) => ({ ...r }));
    expect(rows).toEqual([{ kind: 'find_failures', failures: 50 }]);
  });
});
