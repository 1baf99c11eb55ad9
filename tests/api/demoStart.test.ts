// Finding 5 of issue 8: the real server seeds demo accounts only when asked, says so in /api/health, and will not
// start in production mode on a database that holds them.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { describe, expect, it } from 'vitest';

const ENV_KEYS_TO_DROP = ['MZY_SEED_DEMO', 'NODE_ENV', 'DATABASE_URL', 'UPLOADS_DIR', 'MZY_DATA_KEY', 'MZY_DATA_KEY_FILE', 'BASE_PATH'];
let nextPort = 4710;

function freshData() {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-demo-start-'));
  return { dir, env: { DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY: randomBytes(32).toString('hex') } };
}

interface Run { code: number | null; out: string; err: string; health?: { status: string; demo?: boolean } | undefined }

/** Starts `node api/server.ts`; once it serves, reads /api/health and stops it. Resolves with how it ended. */
function runServer(env: Record<string, string>, args: string[] = []): Promise<Run> {
  const port = nextPort++;
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ENV_KEYS_TO_DROP) delete base[k];
  const child = spawn(process.execPath, ['api/server.ts', ...args], { env: { ...base, PORT: String(port), HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const run: Run = { code: null, out: '', err: '' };
  // Set before the health request is answered: the request's own log line arrives on stdout meanwhile.
  let asked = false;
  return new Promise((resolve) => {
    child.stdout.on('data', async (chunk: Buffer) => {
      run.out += chunk.toString();
      if (!asked && run.out.includes('serving on')) {
        asked = true;
        run.health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as Run['health'];
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (run.err += chunk.toString()));
    child.on('exit', (code) => resolve({ ...run, code }));
  });
}

async function accountNames(databaseUrl: string, role?: string): Promise<string[]> {
  const client = createClient({ url: databaseUrl });
  try {
    const rows = role ? await client.execute({ sql: 'SELECT username FROM accounts WHERE role = ? ORDER BY username', args: [role] }) : await client.execute('SELECT username FROM accounts ORDER BY username');
    return rows.rows.map((r) => String(r['username']));
  } finally {
    client.close();
  }
}

describe('demo data at start', { timeout: 60_000 }, () => {
  it('is not seeded by a plain start (npm run serve): no accounts, no credentials file, health says demo: false', async () => {
    const { dir, env } = freshData();
    const run = await runServer(env);
    expect(run.health).toMatchObject({ status: 'ok', demo: false });
    expect(await accountNames(env.DATABASE_URL)).toEqual([]);
    expect(existsSync(join(dir, 'demo-credentials.json'))).toBe(false);
    expect(run.out).not.toMatch(/代办 agents|Kiosk terminals/);
  });

  it('is seeded when asked (MZY_SEED_DEMO=1 or --demo): accounts, credentials file 0600 beside the database, health says demo: true', async () => {
    for (const ask of [{ env: { MZY_SEED_DEMO: '1' }, args: [] }, { env: {}, args: ['--demo'] }]) {
      const { dir, env } = freshData();
      const run = await runServer({ ...env, ...ask.env }, ask.args);
      expect(run.health).toMatchObject({ status: 'ok', demo: true });
      expect(await accountNames(env.DATABASE_URL, 'agent')).toEqual(['jianzhong-daiban', 'linchen-daiban']);
      expect(await accountNames(env.DATABASE_URL, 'county-approver')).toEqual(['huitong-shenpi']);
      expect(run.out).toMatch(/^ {6}totp: otpauth:\/\/totp\/.+huitong-admin/m);
      expect(statSync(join(dir, 'demo-credentials.json')).mode & 0o777).toBe(0o600);
      expect(run.out).toContain('demo-credentials.json');
    }
  });

  it('prints the generated passwords on the start that made them, and only the file\'s name after', async () => {
    const { dir, env } = freshData();
    const first = await runServer({ ...env, MZY_SEED_DEMO: '1' });
    const password = /linchen-daiban \/ (\S+)/.exec(first.out)?.[1];
    expect(password).toBeTruthy();
    const second = await runServer({ ...env, MZY_SEED_DEMO: '1' });
    expect(second.out).not.toContain(password);
    expect(second.out).toContain(join(dir, 'demo-credentials.json'));
  });

  it('refuses NODE_ENV=production on a demo database: exits non-zero with a plain message', async () => {
    const { env } = freshData();
    expect((await runServer({ ...env, MZY_SEED_DEMO: '1' })).health?.demo).toBe(true);
    const run = await runServer({ ...env, NODE_ENV: 'production' });
    expect(run.health).toBeUndefined();
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.err).toMatch(/NODE_ENV=production/);
    expect(run.err).toMatch(/demo/);
  });

  it('refuses to seed demo data in production mode, and serves a real (non-demo) database in production mode', async () => {
    const { env } = freshData();
    const asked = await runServer({ ...env, NODE_ENV: 'production', MZY_SEED_DEMO: '1' });
    expect(asked.code).not.toBe(0);
    expect(asked.err).toMatch(/NODE_ENV=production/);
    expect(await accountNames(env.DATABASE_URL)).toEqual([]);
    const real = await runServer({ ...env, NODE_ENV: 'production' });
    expect(real.health).toMatchObject({ status: 'ok', demo: false });
  });
});
