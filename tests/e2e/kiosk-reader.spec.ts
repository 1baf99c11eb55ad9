// Issue 11, applying on the kiosk from an ID-card reader: the terminal's reader bridge (here the simulated one,
// support/simulatedReader.ts) answers → the card is read → the claim is filed from the terminal; no bridge, or a faulty
// one → the phone hand-off, said plainly; the idle wipe leaves nothing of the card behind.
import { randomUUID } from 'node:crypto';
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeTags } from './support/services.ts';
import { laneUrl, setReader } from './support/simulatedReader.ts';
import { adminConsole, registerTerminal } from './support/terminals.ts';
import { DEFAULT_READER_ORIGIN } from '../../site/lib/kiosk-reader-origin.ts';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { freshIdNumber } from './support/people.ts';

const readerOrigin = process.env['KIOSK_READER_ORIGIN'] || DEFAULT_READER_ORIGIN;
const PLACE_CARD = '请把身份证放在读卡器上';
const NO_READER = '这台机器没有接读卡器，不能在这里申请。请用手机扫下面的二维码，在自己的手机上申请。';
const FAULT = '读卡器出了故障，现在读不了身份证。请用手机扫下面的二维码申请，或者请工作人员帮忙。';

/** A resident of 会同县 no other test uses (一户一案 would refuse a second claim for the same person). */
const resident = () => ({ name: '欧阳秀英', idNumber: freshIdNumber('431225', 1950) });

/** A reader lane of this test's own, with the kiosk page opened as the launcher opens it (the reader in the fragment). */
async function openWithReader(page: Page, path: string, lane: string, terminal?: { id: number; key: string }) {
  const fragment = new URLSearchParams({ ...(terminal ? { terminal: String(terminal.id), key: terminal.key } : {}), reader: laneUrl(lane) });
  await page.goto(`${path}#${fragment}`);
}

async function tapKeys(page: Page, text: string) {
  for (const ch of text) await (ch === ' ' ? page.locator('[data-kiosk-edit="space"]') : page.locator(`[data-kiosk-key="${ch}"]`)).tap();
}

async function axeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Everything the browser keeps for this origin, as one string to search. */
const everythingStored = (page: Page) => page.evaluate(async () => {
  const store = (s: Storage) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
  const databases = (await indexedDB.databases()).map((d) => d.name).join(',');
  const cached = await Promise.all((await caches.keys()).filter((n) => !n.startsWith('kiosk-shell-')).map(async (n) => {
    const cache = await caches.open(n);
    return (await Promise.all((await cache.keys()).map(async (r) => `${r.url} ${await (await cache.match(r))!.text()}`))).join('\n');
  }));
  return [store(localStorage), store(sessionStorage), databases, document.cookie, ...cached].join('\n');
});

const next = (page: Page) => page.locator('.apply button[type=submit]').tap();
const heading = (page: Page) => page.locator('.apply .screen-heading');

test('the apply page may reach the reader origin and nothing else; other kiosk pages may not reach it at all', async ({ request }) => {
  const apply = (await request.get('kiosk/apply/')).headers()['content-security-policy']!;
  expect(/connect-src ([^;]*)/.exec(apply)![1]!.trim().split(/\s+/).sort()).toEqual([`'self'`, readerOrigin].sort());
  const home = (await request.get('kiosk/')).headers()['content-security-policy']!;
  expect(/connect-src ([^;]*)/.exec(home)![1]!.trim()).toBe(`'self'`);
});

test('reader present: the card is read, the claim is filed from the terminal, its number and query code are shown', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const admin = await adminConsole(browser, baseURL!);
  const terminal = await registerTerminal(admin, `读卡测试机 ${randomUUID().slice(0, 8)}`);
  await admin.context().close();
  const lane = `lane-${randomUUID()}`;
  await setReader(lane, { state: 'no-card' });
  await openWithReader(page, 'kiosk/', lane, terminal);
  await page.getByRole('link', { name: '申请救助' }).tap();
  await expect(page.getByRole('heading', { name: PLACE_CARD })).toBeVisible();
  await expect(page.getByRole('img', { name: '图示：把身份证平放在读卡器上' })).toBeVisible();
  await axeClean(page);

  const card = resident();
  await setReader(lane, { state: 'card', ...card });
  await expect(page.getByText('身份证读好了，请把身份证收好。')).toBeVisible();
  await axeClean(page);
  await page.getByLabel('最低生活保障').tap();
  await next(page);
  await page.locator('#apply-county').selectOption({ label: '会同县' });
  await page.locator('#apply-township').selectOption({ label: '林城镇' });
  await page.locator('#apply-village').selectOption({ label: '改河社区' });
  await next(page);
  await page.getByLabel('城镇户口').tap();
  await next(page);
  // The applicant's name and number are the card's; the phone is typed on the kiosk's keypad.
  await expect(page.locator('#apply-applicant-name')).toHaveValue(card.name);
  await expect(page.locator('#apply-applicant-id')).toHaveValue(card.idNumber);
  await page.locator('#apply-applicant-phone').tap();
  await expect(page.locator('#apply-applicant-phone')).toHaveAttribute('inputmode', 'none');
  await tapKeys(page, '13800138000');
  await next(page);
  await expect(heading(page)).toHaveText('和申请人一起生活的家庭成员');
  await next(page);
  await page.locator('#apply-income-0').tap();
  await tapKeys(page, '300');
  await next(page);
  await next(page);
  await page.locator('#apply-reason').tap();
  await tapKeys(page, 'laoban qushi');
  await next(page);
  await page.getByLabel('没有').tap();
  await next(page);
  await page.locator('#apply-consent-0').tap();
  await next(page);
  await next(page);
  await expect(heading(page)).toHaveText('提交前再看一遍');
  // Nothing of the card has gone into the browser's storage on the way.
  const stored = await everythingStored(page);
  expect(stored).not.toContain(card.idNumber);
  expect(stored).not.toContain(card.name);
  await page.locator('#apply-promise').tap();
  const filed = page.waitForResponse((r) => r.url().endsWith('/api/cases') && r.request().method() === 'POST');
  await next(page);
  const response = await filed;
  expect(response.status()).toBe(201);
  expect(response.request().headers()['x-terminal-key']).toBe(terminal.key);
  const { caseNumber, queryCode } = (await response.json()) as { caseNumber: string; queryCode: string };
  await expect(heading(page)).toHaveText('申请已经提交');
  await expect(page.locator('#done-case-number')).toHaveText(formatCaseNo(caseNumber));
  await expect(page.locator('#done-query-code')).toHaveText(queryCode);
  expect((await page.locator('#done-case-number').boundingBox())!.height).toBeGreaterThanOrEqual(40);
  await expect(page.locator('.apply').getByRole('button', { name: '打印' })).toBeVisible();
  // Following the claim stays on the kiosk here; the QR code opens the public 查进度 page on the phone.
  await expect(page.getByRole('link', { name: '打开查进度页面' })).toHaveAttribute('href', `/kiosk/case/#n=${caseNumber}`);
  await expect(page.getByRole('img', { name: '查进度的二维码' })).toBeVisible();
  await axeClean(page);
});

test('reader absent: no reader configured, or nothing answers on its address → the phone hand-off, said plainly', async ({ page }) => {
  await page.goto('kiosk/apply/');
  await expect(page.getByText(NO_READER)).toBeVisible();
  await expect(page.getByRole('img', { name: '二维码：在手机上打开这一页' })).toBeVisible();
  await expect(page.getByRole('heading', { name: PLACE_CARD })).toHaveCount(0);
  await axeClean(page);

  const lane = `lane-${randomUUID()}`;
  await setReader(lane, { state: 'off' });
  await openWithReader(page, 'kiosk/apply/', lane);
  await expect(page.getByText(NO_READER)).toBeVisible();
  await expect(page.getByRole('img', { name: '二维码：在手机上打开这一页' })).toBeVisible();
});

test('reader error: a plain message and the phone hand-off; the page recovers by itself, and a fault later loses nothing', async ({ page }) => {
  const lane = `lane-${randomUUID()}`;
  await setReader(lane, { state: 'error' });
  await openWithReader(page, 'kiosk/apply/', lane);
  await expect(page.getByRole('alert').filter({ hasText: FAULT })).toBeVisible();
  await expect(page.getByRole('img', { name: '二维码：在手机上打开这一页' })).toBeVisible();
  await axeClean(page);

  // A card the bridge reads wrongly (a number that fails its check character) is refused, not filled in.
  await setReader(lane, { state: 'card', name: '欧阳秀英', idNumber: '431225195203140031' });
  await expect(page.getByText('读出来的信息不完整。')).toBeVisible();
  const card = resident();
  await setReader(lane, { state: 'card', ...card });
  await expect(page.locator('#apply-applicant-name')).toHaveCount(0);
  await page.getByLabel('最低生活保障').tap();
  await next(page);
  // The reader failing once the card is read changes nothing on the form.
  await setReader(lane, { state: 'error' });
  await page.waitForTimeout(2500);
  await expect(page.locator('#apply-county')).toBeVisible();
  await expect(page.getByText(FAULT)).toHaveCount(0);
  await page.locator('.apply .back-link').tap();
  await expect(page.getByLabel('最低生活保障')).toBeChecked();
});

test('idle after a read: the visit is wiped and no name or ID number is left in the DOM or any storage', async ({ page }) => {
  await page.clock.install();
  const lane = `lane-${randomUUID()}`;
  const card = resident();
  await setReader(lane, { state: 'card', ...card });
  await openWithReader(page, 'kiosk/apply/', lane);
  await expect(page.getByText('身份证读好了，请把身份证收好。')).toBeVisible();
  await page.getByLabel('最低生活保障').tap();
  await next(page);
  await next(page);
  // A read card is personal data on a shared screen: the shorter countdown applies.
  await page.clock.fastForward(31_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(11_000);
  await page.waitForURL((u) => u.pathname === '/kiosk/');
  await expect(page.getByRole('heading', { name: '民政服务查询机' })).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(card.idNumber);
  expect(html).not.toContain(card.name);
  const stored = await everythingStored(page);
  expect(stored).not.toContain(card.idNumber);
  expect(stored).not.toContain(card.name);
  // The terminal's own settings survive the wipe: the next resident's visit still finds the reader.
  expect(await page.evaluate(() => sessionStorage.getItem('mzy-kiosk-reader'))).toBe(laneUrl(lane));
});
