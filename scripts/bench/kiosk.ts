// npm run bench:kiosk — how long a kiosk page takes to show on a slow terminal (Chromium, CPU throttled 4× through
// CDP Emulation.setCPUThrottlingRate) when it comes from the service worker, beside the same page from the network,
// in the same run against the same real server (startServer, the built dist/). Prints both with the machine and its
// load. BENCH_ROUNDS (7) loads of each, interleaved; BENCH_PAGE (kiosk/policies/) the page.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { startServer } from '../../api/startServer.ts';
import { recordBench } from './record.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PAGE = process.env.BENCH_PAGE ?? 'kiosk/policies/';
const PORT = Number(process.env.BENCH_PORT ?? 4898);
const THROTTLE = 4;

const dir = mkdtempSync(join(tmpdir(), 'mzy-bench-kiosk-'));
const server = await startServer({
  port: PORT, hostname: '127.0.0.1', base: '/', siteRoot: join(import.meta.dirname, '../../', process.env.DIST_DIR ?? 'dist'),
  seedDemo: false, production: false, databaseUrl: `file:${join(dir, 'claims.db')}`,
  env: { UPLOADS_DIR: join(dir, 'uploads'), MZY_DATA_KEY_FILE: join(dir, 'data.key') },
});
const origin = `http://127.0.0.1:${PORT}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });

interface Shown { fcp: number; load: number; fromWorker: boolean }

async function show(context: BrowserContext): Promise<Shown> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(`${origin}${PAGE}`, { waitUntil: 'load' });
  const shown = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    return { fcp, load: nav.loadEventEnd, fromWorker: nav.workerStart > 0 || !!navigator.serviceWorker?.controller };
  });
  await page.close();
  return shown;
}

// The worker's context: one visit installs the worker and fills its cache, as the launcher's first page does.
const viaWorker = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
const warm = await viaWorker.newPage();
await warm.goto(`${origin}kiosk/`);
await warm.evaluate(async () => {
  await navigator.serviceWorker.ready;
  for (let i = 0; i < 100 && !(await caches.keys()).some((n) => n.startsWith('kiosk-shell-')); i++) await new Promise((r) => setTimeout(r, 100));
});
await warm.close();
// The network's: service workers blocked, the HTTP cache warm after a first load as a browser's would be.
const viaNetwork = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true, serviceWorkers: 'block' });
await show(viaNetwork);

const worker: Shown[] = [];
const network: Shown[] = [];
for (let i = 0; i < ROUNDS; i++) {
  worker.push(await show(viaWorker));
  network.push(await show(viaNetwork));
}
if (!worker.every((s) => s.fromWorker)) throw new Error('the worker context was not controlled by the service worker');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(`bench:kiosk — ${PAGE}, CPU throttled ${THROTTLE}×, ${ROUNDS} loads each, medians (first contentful paint / load event)`);
console.log(`  machine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}, Chromium ${browser.version()}`);
console.log(`  from the service worker: ${ms(median(worker.map((s) => s.fcp)))} / ${ms(median(worker.map((s) => s.load)))}`);
console.log(`  from the network:        ${ms(median(network.map((s) => s.fcp)))} / ${ms(median(network.map((s) => s.load)))}`);
console.log(`  all loads (worker, load event): ${worker.map((s) => s.load.toFixed(0)).join(' ')}`);
console.log(`  all loads (network, load event): ${network.map((s) => s.load.toFixed(0)).join(' ')}`);

recordBench([{ title: `Kiosk offline load (${PAGE}, CPU throttled ${THROTTLE}×, ${ROUNDS} loads each, medians)`, rows: [
  { figure: 'first contentful paint from the service worker', value: median(worker.map((s) => s.fcp)), unit: 'ms', baseline: { name: 'same page from the network, HTTP cache warm', value: median(network.map((s) => s.fcp)), unit: 'ms' } },
  { figure: 'load event from the service worker', value: median(worker.map((s) => s.load)), unit: 'ms', baseline: { name: 'same page from the network, HTTP cache warm', value: median(network.map((s) => s.load)), unit: 'ms' } },
] }], { chromium: browser.version() });
await browser.close();
await server.close();
rmSync(dir, { recursive: true, force: true });
