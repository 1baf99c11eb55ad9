import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (no browser downloads here); the real server serves the real build.
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Ports and build folders can be moved so that two runs on one machine do not collide.
const port = Number(process.env.E2E_PORT ?? 4399);
const basePort = port - 1;
const distDir = process.env.E2E_DIST ?? 'dist';
const baseDistDir = process.env.E2E_BASE_DIST ?? 'dist-mzj';

export default defineConfig({
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
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /base-path/ },
    { name: 'base-path', use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${basePort}/mzj/` }, testMatch: /base-path/ },
  ],
  webServer: [
    { command: 'node api/server.ts', url: `http://localhost:${port}/api/health`, env: { PORT: String(port), HOST: '127.0.0.1', DIST_DIR: distDir }, reuseExistingServer: false },
    { command: 'node api/server.ts', url: `http://localhost:${basePort}/mzj/api/health`, env: { PORT: String(basePort), HOST: '127.0.0.1', BASE_PATH: '/mzj/', DIST_DIR: baseDistDir }, reuseExistingServer: false },
  ],
});
