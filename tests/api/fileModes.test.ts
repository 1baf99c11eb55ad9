// What the portal keeps on disk (claims database, photos, data key) is readable by its own user only.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../api/db/client.ts';
import { openServices } from '../../api/openServices.ts';
import { validClaim } from './testApp.ts';
import { createApp } from '../../api/app.ts';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('files and folders made on first start', () => {
  it('data folders are 0700, the database and its WAL 0600, the key file 0600', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mzy-modes-'));
    const data = join(root, 'data');
    const dbFile = join(data, 'db', 'claims.db');
    const services = await openServices({ databaseUrl: `file:${dbFile}`, uploadsDir: join(data, 'uploads'), env: { MZY_DATA_KEY_FILE: join(data, 'keys', 'data.key') } });
    const app = createApp({ base: '/', services });
    const res = await app.request('/api/cases', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() }, body: JSON.stringify(validClaim()) });
    expect(res.status).toBe(201);

    for (const dir of [data, join(data, 'db'), join(data, 'uploads'), join(data, 'keys')]) expect([dir, modeOf(dir)]).toEqual([dir, 0o700]);
    expect(existsSync(`${dbFile}-wal`)).toBe(true);
    for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`, join(data, 'keys', 'data.key')]) expect([file, modeOf(file)]).toEqual([file, 0o600]);
  });

  it('an existing database file left world-readable by an older version is closed to others on open', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'mzy-modes-')), 'data');
    mkdirSync(dir, { mode: 0o755 });
    const dbFile = join(dir, 'claims.db');
    writeFileSync(dbFile, '');
    chmodSync(dbFile, 0o644);
    const { client } = await openDatabase(`file:${dbFile}`);
    await client.execute('SELECT 1');
    expect(modeOf(dbFile)).toBe(0o600);
  });
});
