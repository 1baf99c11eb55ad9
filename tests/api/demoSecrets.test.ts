// Finding 5 of issue 8: the demo accounts' passwords and terminal keys are made at random for each database, kept in a
// 0600 file beside it, and are in no file of the repository; accounts left with a password from the old source change.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { openDatabase } from '../../api/db/client.ts';
import { describe, expect, it } from 'vitest';
import { accounts } from '../../api/db/schema/index.ts';
import { holdsDemoData } from '../../api/db/demoMode.ts';
import { DEMO_CREDENTIALS_FILE } from '../../api/db/seed/demoCredentials.ts';
import { DEMO_AGENTS } from '../../api/db/seed/demoPeople.ts';
import { hashPassword } from '../../api/security/passwords.ts';
import { seedDemo, testApp } from './testApp.ts';

const signIn = (t: Awaited<ReturnType<typeof testApp>>, username: string, password: string) => t.post('/api/session', { username, password });
const lookupAt = (t: Awaited<ReturnType<typeof testApp>>, terminalKey: string) =>
  t.post('/api/cases/lookup', { caseNumber: '100000000000', factor: '000000' }, { 'x-terminal-key': terminalKey });
const secretsOf = (seed: Awaited<ReturnType<typeof seedDemo>>) => [...seed.credentials.agents.map((a) => a.password), ...seed.credentials.terminals.map((x) => x.key)];

describe('demo secrets', { timeout: 60_000 }, () => {
  it('differ between two fresh databases, work only on their own, and are in no tracked file of the repository', async () => {
    const [a, b] = [await testApp(), await testApp()];
    const [seedA, seedB] = [await seedDemo(a), await seedDemo(b)];
    const [secretsA, secretsB] = [secretsOf(seedA), secretsOf(seedB)];
    expect(secretsA).toHaveLength(DEMO_AGENTS.length + 2);
    expect(new Set([...secretsA, ...secretsB]).size).toBe(secretsA.length + secretsB.length);
    for (const s of [...secretsA, ...secretsB]) expect(s.length).toBeGreaterThanOrEqual(16);

    const [agentA, agentB] = [seedA.credentials.agents[0]!, seedB.credentials.agents[0]!];
    expect(agentA.username).toBe(agentB.username);
    expect((await signIn(a, agentA.username, agentA.password)).status).toBe(200);
    expect((await signIn(a, agentA.username, agentB.password)).status).toBe(401);
    expect((await lookupAt(a, seedA.credentials.terminals[0]!.key)).status).toBe(404);
    expect((await lookupAt(a, seedB.credentials.terminals[0]!.key)).status).toBe(401);

    // `git grep` exits 1 when no tracked file holds any of them.
    const grep = () => execFileSync('git', ['grep', '-l', '-F', ...[...secretsA, ...secretsB].flatMap((s) => ['-e', s])], { encoding: 'utf8' });
    expect(grep).toThrow(expect.objectContaining({ status: 1 }));
  });

  it('are kept in a 0600 file beside the database, printed once: a second seed keeps them and says it did not make them', async () => {
    const t = await testApp();
    const first = await seedDemo(t);
    const file = join(t.dir, DEMO_CREDENTIALS_FILE);
    expect(first.createdCredentials).toBe(true);
    expect(first.credentialsFile).toBe(file);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(first.credentials);
    expect(await holdsDemoData(t.services.db)).toBe(true);

    const again = await seedDemo(t);
    expect(again.createdCredentials).toBe(false);
    expect(again.credentials).toEqual(first.credentials);
    expect(again.cases.map((c) => c.caseNumber)).toEqual(first.cases.map((c) => c.caseNumber));
    const { username, password } = first.credentials.agents[0]!;
    expect((await signIn(t, username, password)).status).toBe(200);
  });

  it('replace the password a demo account had from the old source when its database is seeded again', async () => {
    const t = await testApp();
    const person = DEMO_AGENTS.find((a) => a.username === 'linchen-daiban')!;
    await t.services.db.insert(accounts).values({ ...person, passwordHash: await hashPassword('demo-Linchen-2024'), createdAt: new Date().toISOString() });
    const seed = await seedDemo(t);
    expect((await signIn(t, 'linchen-daiban', 'demo-Linchen-2024')).status).toBe(401);
    expect((await signIn(t, 'linchen-daiban', seed.credentials.agents.find((a) => a.username === 'linchen-daiban')!.password)).status).toBe(200);
  });

  it('a database seeded before migration 0004 (demo accounts, no mark) is marked demo by it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mzy-demo-0004-'));
    const before = join(dir, 'migrations');
    cpSync(join(import.meta.dirname, '../../api/db/migrations'), before, { recursive: true });
    const journal = JSON.parse(readFileSync(join(before, 'meta/_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag < '0004');
    writeFileSync(join(before, 'meta/_journal.json'), JSON.stringify(journal));
    const url = `file:${join(dir, 'claims.db')}`;
    const old = createClient({ url });
    await migrate(drizzle(old), { migrationsFolder: before });
    await old.execute({ sql: 'INSERT INTO agents (username, password_hash, display_name, county, township) VALUES (?, ?, ?, ?, ?)', args: ['linchen-daiban', 'x', '代办员', '431225', '林城镇'] });
    old.close();
    const { db, client } = await openDatabase(url);
    expect(await holdsDemoData(db)).toBe(true);
    client.close();
  });

  it('a database without demo data is not marked demo', async () => {
    expect(await holdsDemoData((await testApp()).services.db)).toBe(false);
  });
});
