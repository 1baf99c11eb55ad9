// The demo accounts' passwords and terminal keys: made at random on the first demo start, never in the repository,
// kept in a 0600 file beside the database so a person (or a test) can read them after the start that printed them.
import { randomBytes, randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DATABASE_URL } from '../client.ts';
import { rename } from 'node:fs/promises';
import { createFileDurably, makeDirectoryDurably, syncDirectory } from '../../files/durableFile.ts';
import { needsTotp } from '../../domain/roles.ts';
import { newTotpSecret, totpUri } from '../../staff/totp.ts';
import { DEMO_AGENTS, DEMO_STAFF, DEMO_TERMINALS } from './demoPeople.ts';

export const DEMO_CREDENTIALS_FILE = 'demo-credentials.json';

export interface DemoCredentials {
  agents: { username: string; password: string; displayName: string }[];
  terminals: { name: string; key: string }[];
  /** Township and county staff; a file from before accounts (issue 9) has none until the next start adds them. */
  staff?: { username: string; password: string; role: string; displayName: string; totpSecret?: string; totpUri?: string }[];
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

function staffCredentials(): NonNullable<DemoCredentials['staff']> {
  return DEMO_STAFF.map((s) => {
    const secret = needsTotp(s.role) ? newTotpSecret() : undefined;
    return { username: s.username, password: readablePassword(), role: s.role, displayName: s.displayName, ...(secret ? { totpSecret: secret, totpUri: totpUri(secret, s.username) } : {}) };
  });
}

function generate(): DemoCredentials {
  return {
    staff: staffCredentials(),
    agents: DEMO_AGENTS.map((a) => ({ username: a.username, password: readablePassword(), displayName: a.displayName })),
    terminals: DEMO_TERMINALS.map((t) => ({ name: t.name, key: randomBytes(24).toString('base64url') })),
  };
}

export async function readDemoCredentials(file: string): Promise<DemoCredentials> {
  return JSON.parse(await readFile(file, 'utf8')) as DemoCredentials;
}

/** A file from before staff accounts gets them: written beside it and renamed over it, so it is never half-written. */
async function addStaff(file: string, credentials: DemoCredentials): Promise<DemoCredentials> {
  const withStaff = { ...credentials, staff: staffCredentials() };
  const next = `${file}.${process.pid}.new`;
  await createFileDurably(next, `${JSON.stringify(withStaff, null, 2)}\n`, 0o600);
  await rename(next, file);
  await syncDirectory(dirname(file));
  return withStaff;
}

/**
 * The file's credentials, made (durably, 0600) when there is no file; `created` says whether this call made them,
 * `createdStaff` whether it made the staff's (with the file, or added to an older file).
 */
export async function loadOrCreateDemoCredentials(file: string): Promise<{ credentials: DemoCredentials; created: boolean; createdStaff: boolean }> {
  await makeDirectoryDurably(dirname(file), 0o700);
  const fresh = generate();
  const created = await createFileDurably(file, `${JSON.stringify(fresh, null, 2)}\n`, 0o600);
  if (created) return { credentials: fresh, created, createdStaff: true };
  const existing = await readDemoCredentials(file);
  if (existing.staff) return { credentials: existing, created, createdStaff: false };
  return { credentials: await addStaff(file, existing), created, createdStaff: true };
}
