// A portal of the test's own, for a walk that has to let days pass: the server `npm start` runs (startServer, demo
// data seeded as --demo seeds it, the same built site), here in the test process on its own port, database, photos
// and data key, with a clock the test moves (services.now). The shared e2e server and the production server have no
// clock to move; this one is moved only by the code that built it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chinaDate, type CalendarDate } from '../../../api/domain/calendarDate.ts';
import { demoCredentialsFile } from '../../../api/db/seed/demoCredentials.ts';
import { startServer } from '../../../api/startServer.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
// Beside the shared servers' ports (E2E_PORT and the one below it for the base path).
const walkPort = () => Number(process.env['E2E_WALK_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4399) + 1);

export interface WalkServer {
  /** The site's address, for browser contexts' baseURL. */
  url: string;
  /** The demo credentials file this server's seed wrote. */
  credentialsFile: string;
  clock: {
    now: () => Date;
    today: () => CalendarDate;
    /** From now on the server lives on `day` (China time), from 09:00 that morning, time running on as usual. */
    moveTo: (day: CalendarDate) => void;
  };
  close: () => Promise<void>;
}

export async function startWalkServer(): Promise<WalkServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mzy-e2e-walk-'));
  const databaseUrl = `file:${join(dir, 'claims.db')}`;
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const running = await startServer({
    port: walkPort(),
    hostname: '127.0.0.1',
    base: '/',
    siteRoot: join(projectRoot, process.env['E2E_DIST'] ?? 'dist'),
    seedDemo: true,
    production: false,
    databaseUrl,
    // Only these: the test process's environment names the shared server's database, photos and key.
    env: { UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY_FILE: join(dir, 'data.key') },
    now,
  });
  return {
    url: running.url,
    credentialsFile: demoCredentialsFile(databaseUrl),
    clock: {
      now,
      today: () => chinaDate(now()),
      moveTo: (day) => {
        offsetMs = Date.parse(`${day}T09:00:00+08:00`) - Date.now();
      },
    },
    close: async () => {
      await running.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
