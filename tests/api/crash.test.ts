// kill -9 in the middle of submissions: every claim the server acknowledged (201) is in the database afterwards.
import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { cases } from '../../api/db/schema/index.ts';
import { openServices } from '../../api/openServices.ts';
import { validClaim } from './testApp.ts';

const PORT = 4590;

it('loses no acknowledged claim when the server is killed with SIGKILL', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-crash-'));
  const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex'), MZY_SEED_DEMO: '0', TRUST_PROXY: '1' };
  const server = spawn(process.execPath, ['api/server.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('serving on') && resolve());
    server.on('exit', (code) => reject(new Error(`server exited ${code}`)));
  });

  const acknowledged: string[] = [];
  // Many residents at once: each claim a household of its own (一户一案) from a network of its own (claims per client are limited).
  let resident = 0;
  let killed = false;
  const submitter = async () => {
    while (!killed) {
      try {
        const n = resident++;
        const headers = { 'content-type': 'application/json', 'idempotency-key': randomUUID(), 'x-forwarded-for': `10.${n >> 16 & 255}.${n >> 8 & 255}.${n & 255}` };
        const res = await fetch(`http://127.0.0.1:${PORT}/api/cases`, { method: 'POST', headers, body: JSON.stringify(validClaim()) });
        if (res.status === 201) acknowledged.push(((await res.json()) as { caseNumber: string }).caseNumber);
      } catch {
        // the connection died with the server: not acknowledged
      }
    }
  };
  const load = Promise.all(Array.from({ length: 10 }, submitter));
  await new Promise((r) => setTimeout(r, 1500));
  server.kill('SIGKILL');
  killed = true;
  await load;
  expect(acknowledged.length).toBeGreaterThan(20);

  const services = await openServices({ databaseUrl: env.DATABASE_URL, uploadsDir: env.UPLOADS_DIR, env: { MZY_DATA_KEY: env.MZY_DATA_KEY } });
  const stored = await services.db.select({ caseNo: cases.caseNo }).from(cases).where(inArray(cases.caseNo, acknowledged));
  expect(stored.length).toBe(acknowledged.length);
  services.client.close();
});
