// Issue 12: several API processes on one machine and one database file. A node:cluster of two workers and a third,
// separate process, all at once: every acknowledged claim is there once, a retry with the same key gets the first
// answer whichever worker takes it, each case is accepted once, and 查进度 in one process shows at once what another
// process did (its cache is keyed by PRAGMA data_version, not only by its own writes).
import { randomUUID } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openServices } from '../../api/openServices.ts';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { act, claims, claimsUntil, sendClaim, signIn, startApiProcess, type ApiProcess } from './apiProcess.ts';
import { freePort } from '../../scripts/support/sqld.ts';
import { APPLICANT_ID, validClaim } from './testApp.ts';

const dir = mkdtempSync(join(tmpdir(), 'mzy-procs-'));
const databaseUrl = `file:${join(dir, 'claims.db')}`;
const env = { DATABASE_URL: databaseUrl, MZY_DATA_KEY: randomBytes(32).toString('hex'), UPLOADS_DIR: join(dir, 'uploads') };
let clusterApi: ApiProcess;
let single: ApiProcess;
let password = '';

beforeAll(async () => {
  // Migrated, and a clerk entered, before the processes open the file.
  const services = await openServices({ databaseUrl, uploadsDir: env.UPLOADS_DIR, env: { MZY_DATA_KEY: env.MZY_DATA_KEY } });
  password = (await addAccount(services, { username: 'lc-clerk', role: 'township-clerk', county: '431225', township: '林城镇', by: 'test' })).password;
  services.changes.close();
  services.client.close();
  const [clusterPort, singlePort] = [await freePort(), await freePort()];
  [clusterApi, single] = await Promise.all([startApiProcess(clusterPort, { ...env, WORKERS: '2' }, 'api/cluster.ts', 2), startApiProcess(singlePort, env)]);
}, 90_000);

afterAll(async () => {
  await Promise.all([clusterApi?.stop(), single?.stop()]);
});

const lookupSteps = async (url: string, caseNumber: string) => {
  const res = await fetch(`${url}/api/cases/lookup`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.200.0.${caseNumber.slice(-2)}` }, body: JSON.stringify({ caseNumber, factor: APPLICANT_ID.slice(-6) }) });
  expect(res.status).toBe(200);
  return ((await res.json()) as { steps: { step: string; state: string }[] }).steps;
};

it('查进度 in one process shows at once an action another process took', async () => {
  const { caseNumber } = await sendClaim(single.url);
  expect((await lookupSteps(single.url, caseNumber!)).find((s) => s.step === 'accept')?.state).toBe('current');
  const clerk = await signIn(clusterApi.url, 'lc-clerk', password);
  expect(await act(clusterApi.url, clerk, caseNumber!, { action: 'accept', version: 0 })).toEqual({ status: 200 });
  expect((await lookupSteps(single.url, caseNumber!)).find((s) => s.step === 'accept')?.state).toBe('done');
});

it('three processes on one file take claims, retries and actions at once: every claim once, every case accepted once', { timeout: 60_000 }, async () => {
  const statuses: number[] = [];
  const first = (await Promise.all([claims(clusterApi.url, 24, 6, statuses), claims(single.url, 12, 3, statuses)])).flat();
  expect(first.length).toBe(36);
  const clerk = await signIn(single.url, 'lc-clerk', password);
  // The same claim sent three times at once with one key, to the cluster (either worker) and to the single process.
  const key = randomUUID();
  const body = validClaim();
  const races = first.slice(0, 30);
  const [more, retries, outcomes] = await Promise.all([
    Promise.all([claimsUntil(clusterApi.url, Date.now() + 1500, 4, statuses), claimsUntil(single.url, Date.now() + 1500, 2, statuses)]).then((x) => x.flat()),
    Promise.all([sendClaim(clusterApi.url, key, body), sendClaim(clusterApi.url, key, body), sendClaim(single.url, key, body)]),
    Promise.all(races.map((caseNumber) => Promise.all([act(clusterApi.url, clerk, caseNumber, { action: 'accept', version: 0 }), act(single.url, clerk, caseNumber, { action: 'accept', version: 0 })]))),
  ]);
  expect(statuses.filter((s) => s !== 201)).toEqual([]);
  expect(retries.map((r) => r.status)).toEqual([201, 201, 201]);
  expect(new Set(retries.map((r) => r.caseNumber)).size).toBe(1);
  for (const pair of outcomes) expect(pair.map((o) => o.code ?? o.status).sort()).toEqual([200, 'stale_version']);

  const acknowledged = [...first, ...more, retries[0]!.caseNumber!];
  const client = createClient({ url: databaseUrl });
  try {
    const stored = await client.execute({ sql: 'select case_no, count(*) as n from cases where case_no in (select value from json_each(?)) group by case_no', args: [JSON.stringify(acknowledged)] });
    expect(stored.rows.length).toBe(acknowledged.length);
    expect(stored.rows.every((r) => Number(r['n']) === 1)).toBe(true);
    const accepted = await client.execute({
      sql: "select c.version, (select count(*) from audit_events e where e.case_id = c.id and e.kind = 'accepted') as accepts from cases c where c.case_no in (select value from json_each(?))",
      args: [JSON.stringify(races)],
    });
    expect(accepted.rows.map((r) => [Number(r['version']), Number(r['accepts'])])).toEqual(races.map(() => [1, 1]));
  } finally {
    client.close();
  }
});
