// A county's database at migration 0018 (a case, a terminal registered the old way: name, key hash, county) is
// upgraded through 0019 when the server starts: the case is still found by its number and query code, the terminal
// keeps its id and credential, heartbeats, and the console's fleet list shows it.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { expect, it } from 'vitest';
import { dammCheckDigit } from '../../api/domain/damm.ts';
import { terminalKeyHash } from '../../api/lookup/bucket.ts';
import { makeSealer } from '../../api/security/sealing.ts';
import { startServer } from '../../api/startServer.ts';
import type { Account } from '../../api/staff/access.ts';
import { countyTerminals } from '../../api/terminals/registry.ts';
import { validClaim } from './testApp.ts';

const migrations = join(import.meta.dirname, '../../api/db/migrations');

/** The migrations a county had run before the fleet (0019), in a folder of their own. */
function migrationsThrough0018(dir: string): string {
  const folder = join(dir, 'migrations');
  mkdirSync(join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(migrations, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.filter((e) => e.tag < '0019');
  expect(journal.entries.at(-1)?.tag).toBe('0018_stats');
  for (const e of journal.entries) copyFileSync(join(migrations, `${e.tag}.sql`), join(folder, `${e.tag}.sql`));
  writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
  return folder;
}

it('keeps the case and the old terminal row through 0019 at server start, and the old credential still works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-fleet-upgrade-'));
  const key = randomBytes(32);
  const sealer = makeSealer(key);
  const url = `file:${join(dir, 'claims.db')}`;
  const caseNo = `43122500001${dammCheckDigit('43122500001')}`;
  const queryCode = '27461930';
  const terminalKey = 'old-terminal-credential-0123456789abcdef';

  const old = createClient({ url });
  await migrate(drizzle(old), { migrationsFolder: migrationsThrough0018(dir) });
  const row: Record<string, string | number> = {
    id: 1, case_no: caseNo, query_code_hmac: sealer.hmac('query-code', queryCode), id_last6_hmac: sealer.hmac('id-last6', '150021'), id_number_hmac: 'n',
    programme: 'dibao', county: '431225', township: '林城镇', applicant_name_masked: '张*', applicant_id_last4: '0021',
    claim_sealed: sealer.seal(JSON.stringify(validClaim())), submitted_by: 'self', near_kin: 0, status: 'submitted', submitted_at: '2026-11-20T02:00:00.000Z',
  };
  await old.execute({ sql: `INSERT INTO cases (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map(() => '?').join(', ')})`, args: Object.values(row) });
  // The terminals table as 0000 made it: four columns, no township, village or heartbeat.
  await old.execute({ sql: 'INSERT INTO terminals (id, name, key_hash, county) VALUES (7, ?, ?, ?)', args: ['林城镇便民服务中心', terminalKeyHash(terminalKey), '431225'] });
  expect((await old.execute('PRAGMA table_info(terminals)')).rows.map((r) => r['name'])).toEqual(['id', 'name', 'key_hash', 'county']);
  old.close();

  const siteRoot = join(dir, 'site');
  mkdirSync(siteRoot);
  const server = await startServer({
    port: 0, hostname: '127.0.0.1', base: '/', siteRoot, seedDemo: false, production: false, databaseUrl: url,
    env: { MZY_DATA_KEY: key.toString('hex'), UPLOADS_DIR: join(dir, 'uploads') },
  });
  try {
    const api = `http://127.0.0.1:${server.port}/api`;
    const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${api}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', ...headers }, body: JSON.stringify(body) });

    // The case is found as before, by its number and query code, from the old terminal too.
    const found = await post('/cases/lookup', { caseNumber: caseNo, factor: queryCode }, { 'x-terminal-key': terminalKey });
    expect(found.status).toBe(200);
    expect(await found.json()).toMatchObject({ caseNumber: caseNo, programme: 'dibao' });

    // The old terminal's credential is still good: it heartbeats, and the fleet list shows it online with its name.
    expect((await post('/terminals/heartbeat', { version: 'v-old', uptime: 60 }, { 'x-terminal-key': terminalKey })).status).toBe(204);
    const admin: Account = { id: 1, username: 'huitong-admin', role: 'admin', displayName: '会同县管理员', county: '431225', township: null, village: null };
    expect(await countyTerminals(server.services, admin)).toEqual([{ id: 7, name: '林城镇便民服务中心', online: true, lastSeenAt: expect.any(String), version: 'v-old', uptime: 60 }]);

    // The new columns are there and the old rows are whole.
    const cols = (await server.services.client.execute('PRAGMA table_info(terminals)')).rows.map((r) => r['name']);
    expect(cols).toEqual(['id', 'name', 'key_hash', 'county', 'township', 'village', 'created_at', 'revoked_at', 'last_seen_at', 'version', 'uptime', 'last_error']);
    expect((await server.services.client.execute('SELECT count(*) AS n FROM cases')).rows[0]!['n']).toBe(1);
  } finally {
    await server.close();
  }
});
