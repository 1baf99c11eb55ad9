// The demo accounts' passwords and terminal keys: made at random on the first demo start, never in the repository,
// kept in a 0600 file beside the database so a person (or a test) can read them after the start that printed them.
import { randomBytes, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATABASE_URL } from '../client.ts';
import { createFileDurably, makeDirectoryDurably } from '../../files/durableFile.ts';
import { DEMO_AGENTS, DEMO_TERMINALS } from './demoPeople.ts';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

export interface DemoCredentials {
  agents: { username: string; password: string; displayName: string }[];
  terminals: { name: string; key: string }[];
}

/** The credentials file beside a file database (data/minzhengyun.db → data/demo-credentials.json). */
export function demoCredentialsFile(databaseUrl = process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL): string {
  if (!databaseUrl.startsWith('file:')) throw new Error(`Demo data needs a file database (DATABASE_URL=file:…), not ${databaseUrl}`);
  const file = databaseUrl.startsWith('file://') ? fileURLToPath(databaseUrl) : databaseUrl.slice('file:'.length);
  return join(dirname(resolve(file)), DEMO_CREDENTIALS_FILE);
}

// No 0/o, 1/l/i: a password read off a screen and typed on a phone should not be misread.
const READABLE = 'abcdefghjkmnpqrstuvwxyz23456789';

/** e.g. k7mq-p2xw-9hrt-c4nd: 16 characters of 31, about 79 bits. */
export function readablePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => READABLE[randomInt(READABLE.length)]).join(''));
  return groups.join('-');
}

function generate(): DemoCredentials {
  return {
    agents: DEMO_AGENTS.map((a) => ({ username: a.username, password: readablePassword(), displayName: a.displayName })),
    terminals: DEMO_TERMINALS.map((t) => ({ name: t.name, key: randomBytes(24).toString('base64url') })),
  };
}

export async function readDemoCredentials(file: string): Promise<DemoCredentials> {
  return JSON.parse(await readFile(file, 'utf8')) as DemoCredentials;
}

/** The file's credentials, made (durably, 0600) when there is no file; `created` says whether this call made them. */
export async function loadOrCreateDemoCredentials(file: string): Promise<{ credentials: DemoCredentials; created: boolean }> {
  await makeDirectoryDurably(dirname(file), 0o700);
  const fresh = generate();
  const created = await createFileDurably(file, `${JSON.stringify(fresh, null, 2)}\n`, 0o600);
  return { credentials: created ? fresh : await readDemoCredentials(file), created };
}
