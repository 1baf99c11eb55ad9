// The database under the drill: a new file (the county box), or a real sqld primary with JWT auth in the drill's
// folder on ports of its own, which the drill may SIGKILL and start again on the same --db-path and ports.
import { join } from 'node:path';
import { sqldAuth, startSqld, type Sqld } from '../support/sqld.ts';

export type DrillDatabaseKind = 'file' | 'sqld';

export interface DrillDatabase {
  /** DATABASE_URL, and DATABASE_AUTH_TOKEN for sqld. */
  env: NodeJS.ProcessEnv;
  /** SIGKILLs the sqld primary and starts it again on its folder and ports; resolves when it answers /health. */
  crashPrimary(): Promise<void>;
  close(): Promise<void>;
}

export async function openDrillDatabase(kind: DrillDatabaseKind, dir: string): Promise<DrillDatabase> {
  if (kind === 'file') {
    return {
      env: { DATABASE_URL: `file:${join(dir, 'drill.db')}` },
      crashPrimary: () => Promise.reject(new Error('a file database has no primary to kill: DRILL_KILL=primary needs DRILL_DATABASE=sqld')),
      close: async () => undefined,
    };
  }
  const auth = sqldAuth(dir);
  let primary: Sqld = await startSqld({ dir: join(dir, 'sqld'), authKeyFile: auth.keyFile });
  return {
    env: { DATABASE_URL: primary.url, DATABASE_AUTH_TOKEN: auth.token },
    crashPrimary: async () => {
      await primary.kill();
      primary = await startSqld(primary.options);
    },
    close: () => primary.stop(),
  };
}
