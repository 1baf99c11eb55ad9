// A real server of the test's own that the test can stop and start again on the same port and database: the
// kiosk's "network down, then back" is this server going away and coming back.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoCredentialsFile } from '../../../api/db/seed/demoCredentials.ts';
import { startServer, type RunningServer } from '../../../api/startServer.ts';
import type { SeededCase } from '../../../api/db/seed/index.ts';
import type { Services } from '../../../api/services.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fleetPort = () => Number(process.env['E2E_FLEET_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4399) + 2);

export interface FleetServer {
  url: string;
  credentialsFile: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  close: () => Promise<void>;
  /** The demo cases this server seeded on its first start. */
  cases: SeededCase[];
  /** The running server's own services (its database), to read what the server recorded. */
  services: () => Services;
}

export async function startFleetServer(): Promise<FleetServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mzy-e2e-fleet-'));
  const databaseUrl = `file:${join(dir, 'claims.db')}`;
  let running: RunningServer | undefined;
  const start = async () => {
    running = await startServer({
      port: fleetPort(), hostname: '127.0.0.1', base: '/', siteRoot: join(projectRoot, process.env['E2E_DIST'] ?? 'dist'),
      seedDemo: true, production: false, databaseUrl,
      env: { UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY_FILE: join(dir, 'data.key') },
    });
  };
  const stop = async () => {
    await running?.close();
    running = undefined;
  };
  await start();
  const cases = running!.seed?.cases ?? [];
  return {
    cases,
    services: () => {
      if (!running) throw new Error('the fleet server is stopped');
      return running.services;
    },
    url: `http://127.0.0.1:${fleetPort()}/`,
    credentialsFile: demoCredentialsFile(databaseUrl),
    start, stop,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
