// Issue 9, casework: POST /api/staff/cases/{caseNumber}/actions moves a case for real staff, one version at a time.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { APPLICANT_ID, newKey, signInAs, testApp, validClaim, type SignedInHeaders } from './testApp.ts';

let t: Awaited<ReturnType<typeof testApp>>;
const staff: Record<string, SignedInHeaders> = {};

const act = (who: string, caseNumber: string, body: Record<string, unknown>) => t.post(`/api/staff/cases/${caseNumber}/actions`, body, staff[who]!);
const submit = async (overrides: Record<string, unknown> = {}) => {
  const res = await t.post('/api/cases', validClaim(overrides), { 'idempotency-key': newKey() });
  expect(res.status).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
};
type Answer = { status: string; step: string; version: number; dueDate: string | null; allowedActions: { action: string }[]; events: { kind: string; actor: string }[] };

beforeAll(async () => {
  t = await testApp();
  for (const [username, role, township] of [
    ['lc-clerk', 'township-clerk', '林城镇'],
    ['lc-clerk-2', 'township-clerk', '林城镇'],
    ['pc-clerk', 'township-clerk', '坪村镇'],
    ['lc-reviewer', 'township-reviewer', '林城镇'],
  ] as const) {
    const { password } = await addAccount(t.services, { username, role, county: '431225', township, by: 'test' });
    staff[username] = await signInAs(t, username, password);
  }
});

describe('POST /api/staff/cases/{caseNumber}/actions', () => {
  it('a township clerk accepts a claim: 200 with the new case, version + 1, the event in the audit chain and what may be done next', async () => {
    const caseNumber = await submit();
    const res = await act('lc-clerk', caseNumber, { action: 'accept', version: 0 });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as Answer;
    expect(body).toMatchObject({ status: 'open', step: 'survey', version: 1 });
    expect(body.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.events.map((e) => e.kind)).toEqual(['submitted', 'accepted']);
    expect(body.events[1]!.actor).toBe('staff:lc-clerk');
    expect(body.allowedActions.map((a) => a.action)).toEqual(['record-check', 'record-visit', 'open-linked-case']);
    // The applicant's 查进度 shows the same step done and the survey as the one being worked on.
    const lookup = await t.post('/api/cases/lookup', { caseNumber, factor: APPLICANT_ID.slice(-6) });
    const steps = ((await lookup.json()) as { steps: { step: string; state: string; dueOn?: string }[] }).steps;
    expect(steps.find((s) => s.step === 'accept')?.state).toBe('done');
    expect(steps.find((s) => s.state === 'current')).toMatchObject({ step: 'survey', dueOn: body.dueDate });
  });

  it('two clerks act on the same version at once: one wins, the other gets 409 stale_version and nothing of theirs is written', async () => {
    const caseNumber = await submit();
    const [a, b] = await Promise.all([
      act('lc-clerk', caseNumber, { action: 'request-documents', version: 0, items: ['户口簿的照片'] }),
      act('lc-clerk-2', caseNumber, { action: 'refuse-to-accept', version: 0, reason: '不属于本乡镇' }),
    ]);
    const statuses = [a.status, b.status].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = a.status === 409 ? a : b;
    const error = (await loser.json()) as { code: string; message: string };
    expect(error.code).toBe('stale_version');
    expect(error.message).toContain('刚被别人办理过');
    const winner = (await (a.status === 200 ? a : b).json()) as Answer;
    expect(winner.version).toBe(1);
    expect(winner.events).toHaveLength(2);
    // The loser reads the case again and can act on the version it now sees.
    const next = await act(a.status === 409 ? 'lc-clerk' : 'lc-clerk-2', caseNumber, { action: 'refuse-to-accept', version: 1, reason: '不属于本乡镇' });
    expect(next.status).toBe(200);
  });

  it('403 role_forbidden when a clerk tries the reviewer’s township review; 409 action_not_allowed_now when the reviewer tries it before the survey', async () => {
    const caseNumber = await submit();
    expect((await act('lc-clerk', caseNumber, { action: 'accept', version: 0 })).status).toBe(200);
    const forbidden = await act('lc-clerk', caseNumber, { action: 'township-review', version: 1, opinion: 'agree', reason: '同意' });
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { code: string }).code).toBe('role_forbidden');
    const early = await act('lc-reviewer', caseNumber, { action: 'township-review', version: 1, opinion: 'agree', reason: '同意' });
    expect(early.status).toBe(409);
    expect(((await early.json()) as { code: string }).code).toBe('action_not_allowed_now');
  });

  it('a clerk of another township gets 404 for a case outside their jurisdiction, the same as for no case at all', async () => {
    const caseNumber = await submit();
    const outside = await act('pc-clerk', caseNumber, { action: 'accept', version: 0 });
    expect(outside.status).toBe(404);
    const none = await act('pc-clerk', '000000000000', { action: 'accept', version: 0 });
    expect(none.status).toBe(404);
    expect(((await outside.json()) as { code: string }).code).toBe(((await none.json()) as { code: string }).code);
  });

  it('422 names the field when the home visit has one named staff member, and without the CSRF token the action is refused', async () => {
    const caseNumber = await submit();
    await act('lc-clerk', caseNumber, { action: 'accept', version: 0 });
    const one = await act('lc-clerk', caseNumber, { action: 'record-visit', version: 1, staff: ['张三'], visitedOn: '2026-01-01' });
    expect(one.status).toBe(422);
    expect(((await one.json()) as { field: string }).field).toBe('staff');
    const { 'x-csrf-token': _token, ...noToken } = staff['lc-clerk']!;
    const res = await t.post(`/api/staff/cases/${caseNumber}/actions`, { action: 'record-check', version: 1, result: '核对完成' }, noToken);
    expect(res.status).toBe(403);
  });
});
