// Issue 12: on a real libSQL server. A primary and a replica (sqld, JWT auth), one API process on each (over http://
// and ws://), taking claims and moving cases at the same time: every acknowledged claim is there exactly once, each
// case accepted exactly once (the loser of each race a 409 stale_version), and `npm run audit:verify` passes on the
// server's URL.
import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openServices } from '../../api/openServices.ts';
import { createApp } from '../../api/app.ts';
import { validClaim } from './testApp.ts';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { act, claims, claimsUntil, sendClaim, signIn, startApiProcess, type ApiProcess } from './apiProcess.ts';
import { freePort, sqldAuth, startSqld, type Sqld } from '../../scripts/support/sqld.ts';

const dir = mkdtempSync(join(tmpdir(), 'mzy-sqld-'));
const key = randomBytes(32).toString('hex');
let auth: ReturnType<typeof sqldAuth>;
let primary: Sqld;
let replica: Sqld;
const apis: ApiProcess[] = [];
const passwords: Record<string, string> = {};

beforeAll(async () => {
  auth = sqldAuth(dir);
  primary = await startSqld({ dir: join(dir, 'primary'), authKeyFile: auth.keyFile });
  replica = await startSqld({ dir: join(dir, 'replica'), primaryGrpcUrl: primary.grpcUrl, authKeyFile: auth.keyFile });
  // Migrated once, and the clerks entered, before the API processes start.
  const services = await openServices({ databaseUrl: primary.url, uploadsDir: join(dir, 'uploads-setup'), env: { MZY_DATA_KEY: key, DATABASE_AUTH_TOKEN: auth.token } });
  for (const username of ['lc-clerk-a', 'lc-clerk-b']) passwords[username] = (await addAccount(services, { username, role: 'township-clerk', county: '431225', township: '林城镇', by: 'test' })).password;
  services.client.close();
  const ports = [await freePort(), await freePort()];
  // The primary's process over HTTP (http://), the replica's over a WebSocket (ws://): both ways a URL may name it.
  apis.push(...(await Promise.all(([[primary.url, 'uploads-a'], [replica.url.replace(/^http:/, 'ws:'), 'uploads-b']] as const).map(([url, uploads], i) =>
    startApiProcess(ports[i]!, { DATABASE_URL: url, DATABASE_AUTH_TOKEN: auth.token, MZY_DATA_KEY: key, UPLOADS_DIR: join(dir, uploads) })))));
}, 60_000);

afterAll(async () => {
  await Promise.all(apis.map((a) => a.stop()));
  await Promise.all([replica?.stop(), primary?.stop()]);
});

const onServer = (url: string) => createClient({ url, authToken: auth.token });

/** Waits until the replica holds every case of `caseNumbers` (replication is asynchronous). */
async function replicated(caseNumbers: readonly string[]): Promise<void> {
  const client = onServer(replica.url);
  try {
    for (const until = Date.now() + 10_000; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) {
      const rs = await client.execute({ sql: 'select count(*) as n from cases where case_no in (select value from json_each(?))', args: [JSON.stringify(caseNumbers)] });
      if (Number(rs.rows[0]!['n']) === caseNumbers.length) return;
    }
    throw new Error('the replica did not catch up within 10 s');
  } finally {
    client.close();
  }
}

it('refuses a request without the auth token: sqld is not open to anyone who reaches it', async () => {
  const res = await fetch(`${primary.url}/v2/pipeline`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ requests: [{ type: 'execute', stmt: { sql: 'select 1' } }] }) });
  expect(res.status).toBe(401);
});

it('two API processes, on the primary and on its replica, take claims and move cases at once: nothing lost, nothing twice', { timeout: 60_000 }, async () => {
  const [a, b] = apis as [ApiProcess, ApiProcess];
  const statuses: number[] = [];
  // First claims from both processes at once.
  const first = (await Promise.all([claims(a.url, 20, 4, statuses), claims(b.url, 20, 4, statuses)])).flat();
  expect(first.length).toBe(40);
  const clerkA = await signIn(a.url, 'lc-clerk-a', passwords['lc-clerk-a']!);
  const clerkB = await signIn(a.url, 'lc-clerk-b', passwords['lc-clerk-b']!);
  await replicated(first);
  await new Promise((r) => setTimeout(r, 200));

  // Then more claims while a clerk on each process accepts every first claim at version 0, both at the same moment.
  const races = first.slice(0, 30);
  // And one claim sent to both processes at once with one key: one case, the same answer twice.
  const retryKey = randomUUID();
  const body = validClaim();
  const [more, outcomes, retries] = await Promise.all([
    Promise.all([claimsUntil(a.url, Date.now() + 2000, 3, statuses), claimsUntil(b.url, Date.now() + 2000, 3, statuses)]).then((x) => x.flat()),
    Promise.all(races.map((caseNumber) => Promise.all([act(a.url, clerkA, caseNumber, { action: 'accept', version: 0 }), act(b.url, clerkB, caseNumber, { action: 'accept', version: 0 })]))),
    Promise.all([sendClaim(a.url, retryKey, body), sendClaim(b.url, retryKey, body)]),
  ]);
  expect(statuses.filter((s) => s !== 201)).toEqual([]);
  expect(retries.map((r) => r.status)).toEqual([201, 201]);
  expect(retries[0]!.caseNumber).toBe(retries[1]!.caseNumber);
  for (const pair of outcomes) {
    // One clerk wins; the other is told the case moved on, whichever process saw it first.
    expect(pair.map((o) => o.status).sort()).toEqual([200, 409]);
    expect(pair.find((o) => o.status === 409)!.code).toBe('stale_version');
  }
  const acknowledged = [...first, ...more, retries[0]!.caseNumber!];

  const client = onServer(primary.url);
  try {
    const stored = await client.execute({ sql: 'select case_no, count(*) as n from cases where case_no in (select value from json_each(?)) group by case_no', args: [JSON.stringify(acknowledged)] });
    expect(stored.rows.length).toBe(acknowledged.length);
    expect(stored.rows.every((r) => Number(r['n']) === 1)).toBe(true);
    const accepted = await client.execute({
      sql: "select c.case_no, c.version, (select count(*) from audit_events e where e.case_id = c.id and e.kind = 'accepted') as accepts from cases c where c.case_no in (select value from json_each(?))",
      args: [JSON.stringify(races)],
    });
    expect(accepted.rows.map((r) => [Number(r['version']), Number(r['accepts'])])).toEqual(races.map(() => [1, 1]));
  } finally {
    client.close();
  }

  const verify = await promisify(execFile)(process.execPath, ['scripts/audit-verify.ts', primary.url], { env: { ...process.env, MZY_DATA_KEY: key, DATABASE_AUTH_TOKEN: auth.token } });
  expect(verify.stdout).toMatch(/^audit chain intact: \d+ events/);
});

it('an embedded replica (a local file with DATABASE_SYNC_URL) takes claims: they are on the server, and a retry with the same key gets the first answer', async () => {
  const services = await openServices({ databaseUrl: `file:${join(dir, 'embedded', 'replica.db')}`, uploadsDir: join(dir, 'uploads-embedded'), env: { MZY_DATA_KEY: key, DATABASE_AUTH_TOKEN: auth.token, DATABASE_SYNC_URL: primary.url } });
  try {
    const app = createApp({ base: '/', services });
    const body = JSON.stringify(validClaim());
    const send = (k: string) => app.request('/api/cases', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': k }, body });
    const key1 = randomUUID();
    const [first, again] = [await send(key1), await send(key1)];
    expect([first.status, again.status]).toEqual([201, 201]);
    const { caseNumber } = (await first.json()) as { caseNumber: string };
    expect(((await again.json()) as { caseNumber: string }).caseNumber).toBe(caseNumber);
    const client = onServer(primary.url);
    const rs = await client.execute({ sql: 'select count(*) as n from cases where case_no = ?', args: [caseNumber] });
    client.close();
    expect(Number(rs.rows[0]!['n'])).toBe(1);
  } finally {
    services.changes.close();
    services.client.close();
  }
});
