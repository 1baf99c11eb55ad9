// Issue 12, structured logs: a real server with demo data logs one JSON line per request (request id, method, route
// pattern, status, ms), and after claims, lookups, staff actions and refusals its log holds none of the demo
// residents' names, ID numbers, phones or query codes, none of the shared sample inputs, no case number, no cookie.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { demoCredentialsFile, readDemoCredentials } from '../../api/db/seed/demoCredentials.ts';
import { DEMO_CASES } from '../../api/db/seed/demoPeople.ts';
import { household, validClaim } from './testApp.ts';
import { personalData } from '../support/personalData.ts';

const PORT = 4594;
const BASE = `http://127.0.0.1:${PORT}`;
it('logs each request as one JSON line with nothing personal in it', { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-log-'));
  const databaseUrl = `file:${join(dir, 'log.db')}`;
  const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex'), MZY_SEED_DEMO: '1', TRUST_PROXY: '1', LOG_LEVEL: 'info' };
  const server = spawn(process.execPath, ['api/server.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  server.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/Staff \(POST[^\n]*\n(?:[^\n]*\n){4,}/.test(stdout)) resolve();
    });
    void exited.then(() => reject(new Error(`server exited:\n${stdout}\n${stderr}`)));
  });
  // What the start printed for the person starting it (case numbers, query codes, passwords) is not the log.
  const startOutput = stdout;
  const demo = [...startOutput.matchAll(/^ {4}(\d{12,})\s+\S+\s+\S+\s+factor (\S+)\s+or query code (\S+)/gm)].map((m) => ({ caseNumber: m[1]!, factor: m[2]!, queryCode: m[3]! }));
  expect(demo.length).toBe(DEMO_CASES.length);
  const credentials = await readDemoCredentials(demoCredentialsFile(databaseUrl));
  const clerk = credentials.staff!.find((s) => s.username === 'linchen-jingban')!;

  const requestIds: string[] = [];
  const send = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${BASE}${path}`, { ...init, headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.${requestIds.length}.1`, ...(init.headers as Record<string, string>) } });
    requestIds.push(res.headers.get('x-request-id')!);
    return { status: res.status, body: (await res.text()) };
  };
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) => send(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers });

  // Residents: a claim, a retry of it, a claim refused for its ID number, lookups right and wrong.
  const claim = validClaim();
  const key = randomUUID();
  const filed = await post('/api/cases', claim, { 'idempotency-key': key });
  expect(filed.status).toBe(201);
  const { caseNumber, queryCode } = JSON.parse(filed.body) as { caseNumber: string; queryCode: string };
  expect((await post('/api/cases', claim, { 'idempotency-key': key })).status).toBe(201);
  expect((await post('/api/cases', validClaim({ applicant: { name: '张三', idNumber: '431225195203140021', phone: '13800138000' } }), { 'idempotency-key': randomUUID() })).status).toBe(422);
  expect((await post('/api/cases', '{"applicant": {"name": "卓玛", "idNumber": "52272519380101123X"', { 'idempotency-key': randomUUID() })).status).toBe(400);
  for (const d of demo) expect((await post('/api/cases/lookup', { caseNumber: d.caseNumber, factor: d.factor })).status).toBe(200);
  expect((await post('/api/cases/lookup', { caseNumber, factor: queryCode })).status).toBe(200);
  expect((await post('/api/cases/lookup', { caseNumber: demo[0]!.caseNumber, factor: '000000' })).status).toBe(404);
  // Personal data where a careless log would pick it up: the query string, the Authorization header, a cookie.
  const idNumber = household().applicant.idNumber;
  expect((await send(`/api/eligibility?name=${encodeURIComponent('张桂兰')}&idNumber=${idNumber}&phone=13800138000`, { headers: { authorization: `Bearer ${idNumber}`, cookie: `name=${encodeURIComponent('王䶮')}` } })).status).toBeGreaterThanOrEqual(400);

  // Staff: signs in, finds the case by name, reads it, accepts it, then tries again on the old version.
  const signedIn = await fetch(`${BASE}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.8.0.1' }, body: JSON.stringify({ username: clerk.username, password: clerk.password }) });
  expect(signedIn.status).toBe(200);
  const staffHeaders = { cookie: signedIn.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': ((await signedIn.json()) as { csrfToken: string }).csrfToken, origin: BASE, 'x-forwarded-for': '10.8.0.1' };
  expect((await send(`/api/staff/cases?q=${encodeURIComponent('买*')}`, { headers: staffHeaders })).status).toBe(200);
  expect((await send(`/api/staff/cases/${caseNumber}`, { headers: staffHeaders })).status).toBe(200);
  expect((await post(`/api/staff/cases/${caseNumber}/actions`, { action: 'accept', version: 0 }, staffHeaders)).status).toBe(200);
  expect((await post(`/api/staff/cases/${caseNumber}/actions`, { action: 'accept', version: 0 }, staffHeaders)).status).toBe(409);
  expect((await send('/api/nowhere/13800138000')).status).toBe(404);

  server.kill('SIGTERM');
  await exited;
  const logLines = stdout.slice(startOutput.length).split('\n').filter((l) => l.startsWith('{'));
  const entries = logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
  const requests = entries.filter((e) => e['requestId'] !== undefined);
  // One line per request, each with its id (the one the answer carried), method, route pattern, status and time.
  expect(requests.map((e) => e['requestId'])).toEqual(expect.arrayContaining(requestIds));
  for (const e of requests) expect(e).toMatchObject({ method: expect.any(String), route: expect.stringMatching(/^\//), status: expect.any(Number), ms: expect.any(Number) });
  expect(requests.find((e) => e['method'] === 'POST' && e['status'] === 200 && String(e['route']).endsWith('/actions'))?.['route']).toBe('/api/staff/cases/:caseNumber/actions');

  const log = logLines.join('\n') + stderr;
  const secrets = [
    ...personalData(),
    ...demo.flatMap((d) => [d.caseNumber, d.queryCode]),
    claim.applicant.name, claim.applicant.idNumber, claim.applicant.phone, ...claim.members.map((m) => m.idNumber),
    caseNumber, queryCode, clerk.password, staffHeaders.cookie.split('=')[1]!, staffHeaders['x-csrf-token'],
    '张桂兰', encodeURIComponent('张桂兰'), 'Bearer',
  ];
  expect(secrets.filter((s) => log.includes(s))).toEqual([]);
});
