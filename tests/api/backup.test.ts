// Issue 12: npm run backup while claims are being written, npm run restore into a new place: integrity_check ok,
// the audit chain verifies against the heads saved with the copy, every claim acknowledged before the backup began
// is in it; an existing database is replaced only when asked, and a backup whose chain was cut short is refused.
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { expect, it } from 'vitest';
import { HEADS_FILE_NAME } from '../../api/audit/heads.ts';
import { BACKUP_MANIFEST } from '../../api/backup/backupFolder.ts';
import { restoreBackup } from '../../api/backup/restoreBackup.ts';
import { takeBackup } from '../../api/backup/takeBackup.ts';
import { auditVerifyProblems, claimProblems, integrityProblems } from '../../scripts/drill/drillChecks.ts';
import { emptyLedger } from '../../scripts/drill/drillLedger.ts';
import { runLoad } from '../../scripts/drill/drillLoad.ts';
import { startDrillServer, stopGently } from '../../scripts/drill/drillServer.ts';

const PORT = 4596;

it('backs up while claims are written and restores a copy that verifies', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-backup-'));
  const key = randomBytes(32).toString('hex');
  const databaseUrl = `file:${join(dir, 'live', 'portal.db')}`;
  const env = { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: key, MZY_SEED_DEMO: '0', TRUST_PROXY: '1', LOG_LEVEL: 'warn' };
  const server = await startDrillServer(env);
  const ledger = emptyLedger();
  let stopped = false;
  let resident = 0;
  const load = runLoad({ base: `http://127.0.0.1:${PORT}`, run: 1, ledger, session: () => ({ cookie: '', csrfToken: '' }), nextResident: () => resident++, claimWorkers: 4, lookupWorkers: 0, staffWorkers: 0 }, () => stopped);
  while (ledger.claims.length < 20) await new Promise((r) => setTimeout(r, 100));

  const before = emptyLedger();
  before.claims.push(...ledger.claims);
  const { folder, manifest } = await takeBackup(databaseUrl, join(dir, 'backups'), new Date(), env);
  const acknowledgedWhileCopying = ledger.claims.length - before.claims.length;
  await new Promise((r) => setTimeout(r, 300));
  stopped = true;
  await load;
  await stopGently(server);
  expect(ledger.unexpected).toEqual([]);
  expect(acknowledgedWhileCopying).toBeGreaterThan(0);
  expect(folder).toMatch(/minzhengyun-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z$/);
  // The data key is not in the backup.
  for (const file of ['minzhengyun.db', HEADS_FILE_NAME, BACKUP_MANIFEST]) expect(readFileSync(join(folder, file)).includes(key)).toBe(false);

  const restoredUrl = `file:${join(dir, 'restored', 'portal.db')}`;
  const restored = await restoreBackup(folder, restoredUrl, { replace: false, env: { MZY_DATA_KEY: key } });
  expect(restored).toMatchObject({ cases: manifest.cases, events: manifest.headId });
  expect(restored.heads).toBeGreaterThanOrEqual(1);
  expect(manifest.cases).toBeGreaterThanOrEqual(before.claims.length);
  const client = createClient({ url: restoredUrl });
  expect(await integrityProblems(client)).toEqual([]);
  expect(await claimProblems(client, before)).toEqual([]);
  client.close();
  expect(await auditVerifyProblems({ ...process.env, DATABASE_URL: restoredUrl, MZY_DATA_KEY: key })).toEqual([]);

  // A database already there is replaced only with the flag; without the key nothing is restored.
  await expect(restoreBackup(folder, restoredUrl, { replace: false, env: { MZY_DATA_KEY: key } })).rejects.toThrow(/--replace/);
  await expect(restoreBackup(folder, restoredUrl, { replace: true, env: { MZY_DATA_KEY: key } })).resolves.toMatchObject({ cases: manifest.cases });
  const elsewhere = `file:${join(dir, 'elsewhere', 'portal.db')}`;
  await expect(restoreBackup(folder, elsewhere, { replace: false, env: { MZY_DATA_KEY_FILE: join(dir, 'no.key') } })).rejects.toThrow(/data key/);

  // A saved head the copy does not reach: events were cut off; refused, and nothing is put in place.
  appendFileSync(join(folder, HEADS_FILE_NAME), `${JSON.stringify({ day: '2026-12-02', id: manifest.headId + 1, mac: 'f'.repeat(64), at: new Date().toISOString() })}\n`);
  await expect(restoreBackup(folder, elsewhere, { replace: false, env: { MZY_DATA_KEY: key } })).rejects.toThrow(/cut off the end/);
  expect(existsSync(join(dir, 'elsewhere', 'portal.db'))).toBe(false);
});
