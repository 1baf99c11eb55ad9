// The crash drill (issue 12): load on the real server, SIGKILL at a random moment, start again, check everything
// acknowledged is there once and the audit chain holds; `cycles` times, and once more at the end. On a file or on a
// sqld primary; what is killed is the API process or (on sqld) the primary, while the API process keeps running.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { actionProblems, auditVerifyProblems, claimProblems, integrityProblems, retryProblems } from './drillChecks.ts';
import { openDrillDatabase, type DrillDatabaseKind } from './drillDatabase.ts';
import { emptyLedger, type DrillLedger } from './drillLedger.ts';
import { runLoad } from './drillLoad.ts';
import { killHard, startDrillServer, stopGently, type DrillServer } from './drillServer.ts';
import { makeDrillClerk, signIn, type StaffSession } from './drillStaff.ts';

export type DrillKill = 'api' | 'primary';

export interface DrillOptions {
  cycles: number;
  port: number;
  /** A new file (default) or a sqld primary started for the drill. */
  database?: DrillDatabaseKind;
  /** What each cycle SIGKILLs: the API process (default), or the sqld primary (started again at once). */
  kill?: DrillKill;
  /** After the primary is back, the load goes on this long before it stops (the API must recover under it). */
  afterRestartMs?: number;
  /** The server's environment beyond the drill's own: DATABASE_URL (a file in a new folder unless given), keys, modes. */
  env?: NodeJS.ProcessEnv;
  /** How long the server lives under load before it is killed: uniform between these. */
  minUpMs?: number;
  maxUpMs?: number;
  /** Told after each cycle's checks, with the database still up (the CLI prints a line; a test may look itself). */
  progress?: (cycle: number, ledger: DrillLedger) => void | Promise<void>;
  /** Told the database's URL (and token) before the first start; a test reads it afterwards, before `close`. */
  onDatabase?: (url: string, authToken: string | undefined) => void;
}

export interface DrillResult {
  cycles: number;
  ledger: DrillLedger;
  /** Every problem found, with the cycle after whose crash it was seen; empty when the drill passed. */
  problems: string[];
  ms: number;
}

const CLERK = 'drill-jingban';

export async function runCrashDrill(options: DrillOptions): Promise<DrillResult> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'mzy-drill-'));
  const kill = options.kill ?? 'api';
  const database = await openDrillDatabase(options.database ?? 'file', dir);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...database.env,
    UPLOADS_DIR: join(dir, 'uploads'),
    MZY_DATA_KEY: randomBytes(32).toString('hex'),
    MZY_SEED_DEMO: '0',
    TRUST_PROXY: '1',
    LOG_LEVEL: 'warn',
    ...options.env,
    PORT: String(options.port),
    HOST: '127.0.0.1',
  };
  const base = `http://127.0.0.1:${options.port}`;
  const [minUp, maxUp] = [options.minUpMs ?? 300, options.maxUpMs ?? 1500];
  const authToken = env['DATABASE_AUTH_TOKEN'] || undefined;
  options.onDatabase?.(env['DATABASE_URL']!, authToken);
  const password = await makeDrillClerk(env['DATABASE_URL']!, env['UPLOADS_DIR']!, env, CLERK);
  const client = createClient({ url: env['DATABASE_URL']!, ...(authToken ? { authToken } : {}) });
  const ledger = emptyLedger();
  const problems: string[] = [];
  const run = Date.now() % 1000;
  let resident = 0;
  let session: StaffSession | undefined;
  let server: DrillServer | undefined;
  // While the primary is down and starting again, the API's 5xx answers are expected (and acknowledge nothing).
  let outage = false;

  // With the server up and idle: retries first (they may write), then the database as the retries left it.
  const check = async (cycle: number) => {
    const found = [
      ...(await retryProblems(base, ledger)),
      ...(await integrityProblems(client)),
      ...(await claimProblems(client, ledger)),
      ...(await actionProblems(client, ledger)),
      ...(await auditVerifyProblems(env)),
    ];
    problems.push(...found.map((p) => `after cycle ${cycle}: ${p}`));
    await options.progress?.(cycle, ledger);
  };

  try {
    for (let cycle = 1; cycle <= options.cycles + 1; cycle++) {
      server ??= await startDrillServer(env);
      session ??= await signIn(base, CLERK, password);
      // Cycle 1 checks the empty start; each later one what the previous crash left.
      await check(cycle - 1);
      if (cycle > options.cycles) break;
      let stopped = false;
      const load = runLoad({ base, run, ledger, session: () => session!, nextResident: () => resident++, claimWorkers: 6, lookupWorkers: 2, staffWorkers: 2, outage: () => outage }, () => stopped);
      await new Promise((r) => setTimeout(r, minUp + Math.random() * (maxUp - minUp)));
      if (kill === 'api') {
        await killHard(server);
        server = undefined;
      } else {
        outage = true;
        await database.crashPrimary();
        outage = false;
        await new Promise((r) => setTimeout(r, options.afterRestartMs ?? 300));
      }
      stopped = true;
      await load;
    }
    if (server) await stopGently(server);
    server = undefined;
  } finally {
    client.close();
    if (server) await killHard(server);
    await database.close();
  }
  problems.push(...ledger.unexpected.map((u) => `unexpected answer: ${u}`));
  return { cycles: options.cycles, ledger, problems, ms: performance.now() - started };
}
