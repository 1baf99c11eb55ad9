import { defineConfig, devices } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READER_ORIGIN } from './site/lib/kiosk-reader-origin.ts';
import { serverLogFile } from './tests/e2e/support/serverLogs.ts';

// Debian's Chromium (no browser downloads here); the real server serves the real build.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Ports and build folders can be moved so that two runs on one machine do not collide.
const port = Number(process.env.E2E_PORT ?? 4399);
const basePort = port - 1;
const distDir = process.env.E2E_DIST ?? 'dist';
const readerOrigin = process.env.KIOSK_READER_ORIGIN || DEFAULT_READER_ORIGIN;
const baseDistDir = process.env.E2E_BASE_DIST ?? 'dist-mzj';

// The servers under test run as behind one proxy (TRUST_PROXY=1: support/client.ts), seed demo data (MZY_SEED_DEMO=1,
// as `npm start` does) and keep their database, photos, data key and demo credentials outside the project (never the
// `npm start` database); set here so the test workers, which read the seeded demo cases and the agents' passwords, open
// the same files.
const dataDirOf = (p: number) => join(tmpdir(), `mzy-e2e-${p}`);
const dataFor = (p: number) => {
  const dir = dataDirOf(p);
  return { DATABASE_URL: `file:${join(dir, 'claims.db')}`, UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY_FILE: join(dir, 'data.key') };
};
Object.assign(process.env, dataFor(port));
// Each run starts on empty data: claims an earlier run left would meet 一户一案, one open claim per household and
// programme. The server's own command clears its folder, once, as it starts: a config loaded again later (a worker
// restarted after a failure) must not delete the folder of the server that is running.
// Each server's output goes to a file in its data folder: globalTeardown greps that log for personal data.
const serverCommand = (p: number) => `rm -rf ${dataDirOf(p)} && mkdir -p ${dataDirOf(p)} && exec node api/server.ts > ${serverLogFile(dataDirOf(p))}`;

export default defineConfig({
  globalTeardown: './tests/e2e/support/globalTeardown.ts',
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}/`,
    launchOptions: {
      executablePath: chromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /base-path|\/kiosk[^/]*\.spec\.ts$/ },
    { name: 'base-path', use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${basePort}/mzj/` }, testMatch: /base-path/ },
    // Village terminals: touch screens in portrait and landscape, on the same server.
    { name: 'kiosk-portrait', use: { ...devices['Desktop Chrome'], channel: undefined, viewport: { width: 1080, height: 1920 }, hasTouch: true }, testMatch: /\/kiosk[^/]*\.spec\.ts$/ },
    // The fleet spec starts a server of its own on one port, and one resolution is enough for the network and the console.
    { name: 'kiosk-landscape', use: { ...devices['Desktop Chrome'], channel: undefined, viewport: { width: 1920, height: 1080 }, hasTouch: true }, testMatch: /\/kiosk[^/]*\.spec\.ts$/, testIgnore: /\/kiosk-fleet\.spec\.ts$/ },
  ],
  webServer: [
    { command: serverCommand(port), url: `http://localhost:${port}/api/health`, env: { MZY_SEED_DEMO: '1', TRUST_PROXY: '1', PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir, ...dataFor(port) }, reuseExistingServer: false },
    { command: serverCommand(basePort), url: `http://localhost:${basePort}/mzj/api/health`, env: { MZY_SEED_DEMO: '1', TRUST_PROXY: '1', PORT: String(basePort), HOST: '127.0.0.1', BASE_PATH: '/mzj/', DIST_DIR: baseDistDir, ...dataFor(basePort) }, reuseExistingServer: false },
    // The kiosk's simulated ID-card reader, on the build's reader origin (one for the whole run; each test has its own lane).
    { command: 'node tests/e2e/support/simulatedReader.ts', url: `${readerOrigin}/health`, reuseExistingServer: true },
  ],
});
