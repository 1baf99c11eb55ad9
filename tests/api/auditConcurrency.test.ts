// The chain stays one unbroken line when claims share a batch and one is refused, and when two server processes
// write claims to one database at once (the head is read in each batch's transaction, never cached across them).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { makeAuditMac } from '../../api/audit/auditKey.ts';
import { prepareClaim } from '../../api/cases/prepareClaim.ts';
import { claimRequestSchema } from '../../api/schemas/cases.ts';
import { verifyAudit } from '../../api/audit/verify.ts';
import { openServices } from '../../api/openServices.ts';
import { household, testApp, validClaim } from './testApp.ts';

const PORTS = [4725, 4726];

it('a claim refused inside a batch leaves no gap: the next claim of the batch follows the last one kept', async () => {
  const key = randomBytes(32);
  const t = await testApp({ env: { MZY_DATA_KEY: key.toString('hex') } });
  const prepare = (body: Record<string, unknown>) => prepareClaim(t.services, { idempotencyKey: randomUUID(), claim: claimRequestSchema.parse(body), agent: undefined, lang: 'zh-CN', client: undefined }).claim;
  const home = household();
  // Handed over in one tick, so they share one batch transaction; the second is its household's second claim.
  const outcomes = await Promise.allSettled([prepare(validClaim(home)), prepare(validClaim(home)), prepare(validClaim())].map((claim) => t.services.claims(claim)));
  expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  const rows = (await t.services.client.execute('SELECT id, kind FROM audit_events ORDER BY id')).rows.map((r) => [r['id'], r['kind']]);
  expect(rows).toEqual([[1, 'submitted'], [2, 'submitted']]);
  expect(await verifyAudit(t.services.db, makeAuditMac(key))).toMatchObject({ ok: true, events: 2 });
});

function startServer(port: number, env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['api/server.ts'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('serving on') && resolve(server));
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });
}

it('two server processes on one database write one unbroken chain', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-two-'));
  const key = randomBytes(32);
  const env = { ...process.env, HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: key.toString('hex'), MZY_SEED_DEMO: '0', TRUST_PROXY: '1' };
  // One after the other, so the migration runs once.
  const first = await startServer(PORTS[0]!, env);
  const second = await startServer(PORTS[1]!, env);
  const acknowledged: string[] = [];
  const until = Date.now() + 2000;
  let sent = 0;
  // Each claim its own household (一户一案) from its own network (the per-client claim limit).
  const submitter = async (port: number) => {
    while (Date.now() < until) {
      const n = ++sent;
      const headers = { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` };
      const res = await fetch(`http://127.0.0.1:${port}/api/cases`, { method: 'POST', headers, body: JSON.stringify(validClaim()) });
      expect(res.status).toBe(201);
      acknowledged.push(((await res.json()) as { caseNumber: string }).caseNumber);
    }
  };
  try {
    await Promise.all(PORTS.flatMap((port) => Array.from({ length: 5 }, () => submitter(port))));
  } finally {
    first.kill('SIGTERM');
    second.kill('SIGTERM');
  }
  expect(acknowledged.length).toBeGreaterThan(20);

  const services = await openServices({ databaseUrl: env.DATABASE_URL, uploadsDir: env.UPLOADS_DIR, env: { MZY_DATA_KEY: env.MZY_DATA_KEY } });
  expect(await verifyAudit(services.db, makeAuditMac(key))).toEqual({ ok: true, events: acknowledged.length, cases: acknowledged.length, heads: 0 });
  services.client.close();
});
