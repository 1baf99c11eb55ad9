// Which database DATABASE_URL names: a local file (the county box), a libSQL server (sqld or Turso, over http/ws),
// or an embedded replica (a local file kept in step with a server by DATABASE_SYNC_URL). Only the client's creation
// and what only a local file has (PRAGMAs, file modes, the claims' native connection) differ by kind.
import { fileURLToPath } from 'node:url';

export type DatabaseTarget =
  | { kind: 'file'; url: string; path: string }
  | { kind: 'replica'; url: string; path: string; syncUrl: string; authToken: string | undefined; syncIntervalSeconds: number }
  | { kind: 'remote'; url: string; authToken: string | undefined };

const REMOTE_SCHEMES = ['http:', 'https:', 'ws:', 'wss:', 'libsql:'];
/** How often an embedded replica pulls from its server when DATABASE_SYNC_INTERVAL does not say. */
export const DEFAULT_SYNC_INTERVAL_SECONDS = 1;

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

/** The path of a `file:` URL. */
export function filePath(url: string): string {
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length);
}

/** What `url` (DATABASE_URL) names, with DATABASE_AUTH_TOKEN, DATABASE_SYNC_URL and DATABASE_SYNC_INTERVAL of `env`. */
export function databaseTarget(url: string, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const authToken = env['DATABASE_AUTH_TOKEN'] || undefined;
  const syncUrl = env['DATABASE_SYNC_URL'] || undefined;
  if (url.startsWith('file:')) {
    if (!syncUrl) return { kind: 'file', url, path: filePath(url) };
    const interval = Number(env['DATABASE_SYNC_INTERVAL'] ?? DEFAULT_SYNC_INTERVAL_SECONDS);
    if (!(interval > 0)) throw new DatabaseUrlError(`DATABASE_SYNC_INTERVAL must be a number of seconds above 0, not ${env['DATABASE_SYNC_INTERVAL']}`);
    return { kind: 'replica', url, path: filePath(url), syncUrl, authToken, syncIntervalSeconds: interval };
  }
  const scheme = /^[a-z]+:/.exec(url)?.[0];
  if (!scheme || !REMOTE_SCHEMES.includes(scheme)) throw new DatabaseUrlError(`DATABASE_URL must be file:…, http(s)://…, ws(s)://… or libsql://…, not ${url}`);
  if (syncUrl) throw new DatabaseUrlError('DATABASE_SYNC_URL makes an embedded replica of a local file: DATABASE_URL must then be file:…');
  return { kind: 'remote', url, authToken };
}
