// The fleet side of the kiosk, against a server this test starts and stops: an admin registers a terminal and reads
// its credential once; the kiosk opened the way the launcher opens it keeps working from its service worker when
// the server is gone, says so plainly, and recovers by itself; its heartbeat shows it online in the console; once
// revoked, its credential is refused.
import { expect, test, type Browser } from '@playwright/test';
import { startFleetServer, type FleetServer } from './support/fleetServer.ts';
import { adminConsole as openAdminConsole, registerTerminal } from './support/terminals.ts';

test.describe.configure({ mode: 'serial' });
test.skip(({ viewport }) => viewport?.width !== 1080, 'one resolution is enough for the network and the console');

let server: FleetServer;
test.beforeAll(async () => {
  server = await startFleetServer();
});
test.afterAll(async () => {
  await server?.close();
});

const adminConsole = (browser: Browser) => openAdminConsole(browser, server.url, server.credentialsFile);

test('registered, it heartbeats online; offline it keeps its pages and says so; it recovers by itself; revoked, it is refused', async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await adminConsole(browser);
  const terminal = await registerTerminal(admin, '东门村村委会查询机');
  await expect(admin.locator(`[data-terminal="${terminal.id}"]`)).toContainText('还没有报过心跳');

  const kioskContext = await browser.newContext({ baseURL: server.url, viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const kiosk = await kioskContext.newPage();
  const beats: number[] = [];
  kiosk.on('response', (r) => r.url().endsWith('/api/terminals/heartbeat') && beats.push(r.status()));
  await kiosk.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
  // The credential leaves the address at once and lives in this tab only.
  await expect(kiosk).toHaveURL(/\/kiosk\/$/);
  expect(await kiosk.evaluate(() => JSON.parse(sessionStorage.getItem('mzy-kiosk-terminal')!).id)).toBe(terminal.id);
  expect(await kiosk.evaluate(() => localStorage.length)).toBe(0);
  await expect.poll(() => beats).toContain(204);

  await admin.reload();
  await expect(admin.locator(`[data-terminal="${terminal.id}"]`)).toHaveAttribute('data-online', 'true');
  await expect(admin.locator(`[data-terminal="${terminal.id}"]`)).toContainText('在线');

  // The service worker has the kiosk's files before the network goes.
  await kiosk.evaluate(async () => { await navigator.serviceWorker.ready; });
  await expect.poll(() => kiosk.evaluate(async () => (await caches.keys()).filter((n) => n.startsWith('kiosk-shell-')).length)).toBe(1);
  const offlineNotice = kiosk.locator('[data-kiosk-offline]');
  await expect(offlineNotice).toBeHidden();

  await server.stop();
  await kiosk.goto('kiosk/policies/');
  await expect(kiosk.locator('main h1')).toBeVisible();
  await expect(offlineNotice).toBeVisible();
  await expect(offlineNotice).toContainText('网络断了');
  await kiosk.goto('kiosk/');
  await expect(kiosk.locator('main')).not.toBeEmpty();
  await expect(offlineNotice).toBeVisible();

  await server.start();
  // Nobody touches anything: the notice goes by itself within the retry interval.
  await expect(offlineNotice).toBeHidden({ timeout: 15_000 });

  await admin.reload();
  await admin.getByRole('button', { name: `停用终端 ${terminal.id}` }).click();
  await expect(admin.getByText(`已停用终端 ${terminal.id}，`)).toBeVisible();
  await expect(admin.locator(`[data-terminal="${terminal.id}"]`)).toContainText('已停用');
  const refused = await kiosk.evaluate(async (key) => (await fetch('/api/terminals/heartbeat', {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-terminal-key': key }, body: JSON.stringify({ version: 'test', uptime: 1 }),
  })).status, terminal.key);
  expect(refused).toBe(401);
  await kioskContext.close();
});
