// The fleet side of the kiosk, against a server this test starts and stops: an admin registers a terminal and reads
// its credential once; the kiosk opened the way the launcher opens it keeps working from its service worker when
// the server is gone, says so plainly, and recovers by itself; its heartbeat shows it online in the console; once
// revoked, its credential is refused. Every API call a kiosk page makes counts against its terminal, not its IP.
import { expect, test, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { eq } from 'drizzle-orm';
import { ratings } from '../../api/db/schema/index.ts';
import { dammCheckDigit } from '../../api/domain/damm.ts';
import { startFleetServer, type FleetServer } from './support/fleetServer.ts';
import { axeTags } from './support/services.ts';
import { adminConsole as openAdminConsole, registerTerminal } from './support/terminals.ts';

test.describe.configure({ mode: 'serial' });

let server: FleetServer;
// Signed in once for the file: a TOTP code is good once, and a second sign-in within its 30 s would be refused.
let admin: Page;
test.beforeAll(async ({ browser }) => {
  server = await startFleetServer();
  admin = await adminConsole(browser);
});
test.afterAll(async () => {
  await admin?.context().close();
  await server?.close();
});

const adminConsole = (browser: Browser) => openAdminConsole(browser, server.url, server.credentialsFile);

/** A kiosk browser of its own opened the way the launcher opens it, recording the X-Terminal-Key of every API call. */
async function openTerminal(browser: Browser, terminal: { id: number; key: string }) {
  const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1080, height: 1920 }, hasTouch: true });
  const page = await context.newPage();
  const calls: { path: string; key: string | undefined }[] = [];
  page.on('request', (r) => {
    const { pathname } = new URL(r.url());
    if (pathname.startsWith('/api/')) calls.push({ path: `${r.method()} ${pathname}`, key: r.headers()['x-terminal-key'] });
  });
  await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
  await expect(page).toHaveURL(/\/kiosk\/$/);
  return { page, calls, key: terminal.key, close: () => context.close() };
}

test('registered, it heartbeats online; offline it keeps its pages and says so; it recovers by itself; revoked, it is refused', async ({ browser }) => {
  test.setTimeout(90_000);
  await admin.goto('staff/terminals/');
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

test('two terminals behind one IP keep their own lookup buckets: lookups and ratings carry the terminal key', async ({ browser }) => {
  test.setTimeout(120_000);
  await admin.goto('staff/terminals/');
  const first = await openTerminal(browser, await registerTerminal(admin, '东门村一号机'));
  const secondTerminal = await registerTerminal(admin, '东门村二号机');
  const second = await openTerminal(browser, secondTerminal);
  // A number with a right check digit that no case has: every lookup of it fails.
  const unknown = `10000000000${dammCheckDigit('10000000000')}`;
  const lookUp = async (page: Page, caseNumber: string, factor: string) => {
    await page.getByLabel('受理编号').fill(caseNumber);
    await page.getByLabel('查询码或身份证号码后6位').fill(factor);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/cases/lookup'));
    await page.getByRole('button', { name: '查询', exact: true }).tap();
    return (await answered).status();
  };

  await first.page.goto('kiosk/case/');
  const answers = [];
  for (let i = 0; i < 6; i++) answers.push(await lookUp(first.page, unknown, '12345678'));
  // Five failures of one number lock that number for this client: the sixth is refused.
  expect(answers).toEqual([404, 404, 404, 404, 404, 429]);
  await expect(first.page.locator('.error-summary')).toContainText('尝试次数太多');

  // The other terminal, on the same IP, has its own bucket: the same number is simply not found there.
  await second.page.goto('kiosk/case/');
  expect(await lookUp(second.page, unknown, '12345678')).toBe(404);
  await expect(second.page.locator('.error-summary')).toContainText('没有找到这个受理编号的案件');

  // 好差评 from the second terminal (找回受理编号 is not offered on a kiosk: it needs a name typed in Chinese).
  const approved = server.cases.find((c) => c.stage === 'approved')!;
  expect(await lookUp(second.page, approved.caseNumber, approved.queryCode)).toBe(200);
  // The kiosk asks for 好差评 at 结束 (查进度's own form is not offered on a terminal).
  await second.page.getByRole('navigation', { name: '终端导航' }).getByRole('button', { name: '结束' }).tap();
  const rated = second.page.waitForResponse((r) => r.url().endsWith('/api/ratings'));
  await second.page.getByRole('dialog', { name: '请为这次服务评价' }).getByRole('button', { name: '满意', exact: true }).tap();
  expect((await rated).status()).toBe(201);
  // The server took the rating as the second terminal's: it read the key.
  const [row] = await server.services().db.select({ terminalId: ratings.terminalId, channel: ratings.channel }).from(ratings).where(eq(ratings.level, 4));
  expect(row).toEqual({ terminalId: secondTerminal.id, channel: 'kiosk' });

  // Every API call either kiosk made carried its own key, but for the unlimited health probe.
  const counted = (calls: typeof first.calls) => calls.filter((c) => !c.path.endsWith('/api/health'));
  expect(counted(first.calls).map((c) => c.path)).toContain('POST /api/cases/lookup');
  expect(counted(second.calls).map((c) => c.path)).toEqual(expect.arrayContaining(['POST /api/cases/lookup', 'POST /api/ratings']));
  expect(counted(first.calls).filter((c) => c.key !== first.key)).toEqual([]);
  expect(counted(second.calls).filter((c) => c.key !== second.key)).toEqual([]);
  await first.close();
  await second.close();
});

test('axe finds nothing on the console\'s 查询终端 page with a registered terminal listed, in Chinese and English', async () => {
  await admin.goto('staff/terminals/');
  await expect(admin.locator('[data-terminal]').first()).toBeVisible();
  for (const path of ['staff/terminals/', 'en/staff/terminals/']) {
    await admin.goto(path);
    await expect(admin.locator('[data-terminal]').first()).toBeVisible();
    const { violations } = await new AxeBuilder({ page: admin }).withTags(axeTags).analyze();
    expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
