// Issue 11 on the kiosk: the current 公示 by township and village (the same masked names as /notices/), 好差评 when a
// visit ends (sent with the terminal, never holding the wipe back), and the three slips on 58 mm and A4 paper.
import { randomBytes } from 'node:crypto';
import { test, expect, type Page, type Browser } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { eq } from 'drizzle-orm';
import { ratings, terminals } from '../../api/db/schema/index.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { terminalKeyHash } from '../../api/lookup/bucket.ts';
import { openServices } from '../../api/openServices.ts';
import { demoCase } from './support/demoCases.ts';
import { axeTags } from './support/services.ts';
import { fileClaim } from './support/staff.ts';
import { takeSteps, toTownshipReview } from './support/casework.ts';

const today = chinaDate(new Date());

/** A terminal registered on the server's database, as the console registers one; its key goes in through the fragment. */
async function registeredTerminal(): Promise<{ id: number; key: string }> {
  const key = randomBytes(24).toString('base64url');
  const services = await openServices();
  try {
    const [row] = await services.db.insert(terminals).values({ name: '林城镇改河社区查询机（测试）', county: '431225', township: '林城镇', village: '改河社区', keyHash: terminalKeyHash(key) }).returning({ id: terminals.id });
    return { id: row!.id, key };
  } finally {
    services.client.close();
  }
}

async function ratingsOf(terminal: number) {
  const services = await openServices();
  try {
    return await services.db.select({ level: ratings.level, channel: ratings.channel, caseId: ratings.caseId }).from(ratings).where(eq(ratings.terminalId, terminal));
  } finally {
    services.client.close();
  }
}

/** A claim filed through POST /api/cases and brought to its 公示 by the staff's actions (takeAction, as the route). */
async function caseOnNotice(browser: Browser, name: string, proposedMonthly: number): Promise<string> {
  const caseNumber = await fileClaim((await browser.newContext()).request, name);
  await takeSteps(caseNumber, [...toTownshipReview(today), ['township-clerk', 'publish-notice', { from: today, place: '改河社区居务公开栏', proposedMonthly }]]);
  return caseNumber;
}

async function tapKeys(page: Page, text: string) {
  for (const ch of text) await page.locator(`[data-kiosk-key="${ch}"]`).tap();
}

async function lookUp(page: Page, caseNumber: string, code: string) {
  await page.goto('kiosk/case/');
  await page.getByLabel('受理编号').tap();
  await tapKeys(page, caseNumber);
  await page.getByLabel('查询码或身份证号码后6位').tap();
  await tapKeys(page, code);
  await page.getByRole('button', { name: '查询', exact: true }).tap();
  await expect(page.locator('.case-details')).toBeVisible();
}

const endBar = (page: Page) => page.getByRole('navigation', { name: '终端导航' }).getByRole('button', { name: '结束' });

test('公示 on the kiosk: reached from the home screen, the notice with the masked name only, big targets, axe 0', async ({ page, browser }, info) => {
  // A name per project: both kiosk projects run against one server at once.
  const [name, masked] = info.project.name === 'kiosk-portrait' ? ['覃银花', '覃*花'] : ['滕秋菊', '滕*菊'];
  await caseOnNotice(browser, name, 365);
  await page.goto('kiosk/');
  await page.getByRole('link', { name: '看公示' }).tap();
  await expect(page).toHaveURL(/\/kiosk\/notices\/$/);
  const card = page.locator('.kiosk-notice-list li').filter({ hasText: masked });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('1人');
  await expect(card).toContainText('365元/月');
  await expect(card).toContainText(`${today} 至`);
  await expect(page.locator('.kiosk-notice-village', { has: card }).getByRole('heading')).toHaveText('会同县 林城镇 改河社区');
  await expect(page.locator('main')).not.toContainText(name);
  // The masked names are the API's own: the same as GET /api/notices (and so the site's /notices/) lists.
  const listed = (await (await page.request.get('api/notices?county=431225')).json()) as { notices: { nameMasked: string }[] };
  expect(listed.notices.map((n) => n.nameMasked)).toContain(masked);
  const small = await page.evaluate(() => [...document.querySelectorAll('main a, main button')].filter((el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && (r.height < 60 || r.width < 60);
  }).map((el) => el.outerHTML.slice(0, 80)));
  expect(small).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('with the API unreachable', () => {
  // The requests go to the network, not to the service worker, so that the test's route decides what answers.
  test.use({ serviceWorkers: 'block' });

  test('公示 says plainly that it needs the network; 结束 → a rating thanks, leaves no error and wipes the visit', async ({ page }) => {
    const terminal = await registeredTerminal();
    await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.goto('kiosk/notices/');
    await expect(page.getByText('现在连不上县里的服务器，公示名单要联网才能看。')).toBeVisible();
    await expect(page.getByRole('button', { name: '再试一次' })).toBeVisible();

    await endBar(page).tap();
    const dialog = page.getByRole('dialog', { name: '请为这次服务评价' });
    await dialog.getByRole('button', { name: '满意', exact: true }).tap();
    await expect(dialog).toContainText('谢谢您');
    await page.waitForURL((u) => u.pathname === '/kiosk/');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('.error-summary, .error-message, [role=alert]')).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('公示名单要联网才能看');
    // What stays is the layout's own notice that the network is down, which is true.
    await expect(page.locator('[data-kiosk-offline]')).toBeVisible();
    expect(await ratingsOf(terminal.id)).toEqual([]);
  });
});

test('结束 offers 好差评: a level arrives with the terminal; skip sends nothing; both wipe the visit', async ({ page }) => {
  const terminal = await registeredTerminal();
  const posted: string[] = [];
  page.on('request', (r) => r.url().endsWith('/api/ratings') && posted.push(r.postData() ?? ''));
  await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
  await page.getByRole('link', { name: '看政策' }).tap();

  await endBar(page).tap();
  const dialog = page.getByRole('dialog', { name: '请为这次服务评价' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toHaveText(['非常满意', '满意', '基本满意', '不满意', '非常不满意', '不评价，直接结束']);
  for (const box of await Promise.all((await dialog.getByRole('button').all()).map((b) => b.boundingBox()))) expect(box!.height).toBeGreaterThanOrEqual(60);
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await dialog.getByRole('button', { name: '非常满意' }).tap();
  await page.waitForURL((u) => u.pathname === '/kiosk/');
  await expect.poll(() => ratingsOf(terminal.id)).toEqual([{ level: 5, channel: 'kiosk', caseId: null }]);
  expect(posted.map((b) => JSON.parse(b))).toEqual([{ level: 5, terminal: terminal.id }]);

  // The terminal's key survives the wipe; the next visit skips: nothing is sent, and the visit is wiped all the same.
  await page.getByRole('link', { name: '搜一搜' }).tap();
  await page.getByRole('searchbox').tap();
  await tapKeys(page, 'dibao');
  await expect(page.locator('.search-results')).toContainText('低保');
  await endBar(page).tap();
  await dialog.getByRole('button', { name: '不评价，直接结束' }).tap();
  await page.waitForURL((u) => u.pathname === '/kiosk/');
  await expect(page.locator('body')).not.toContainText('低保');
  expect(posted).toHaveLength(1);
  expect(await ratingsOf(terminal.id)).toHaveLength(1);
});

test('after looking up an ended case, the rating at 结束 is of that case, from the terminal', async ({ page }, info) => {
  const terminal = await registeredTerminal();
  // A case is rated once: each resolution rates an ended demo case of its own.
  const ended = await demoCase(info.project.name === 'kiosk-portrait' ? 'approved' : 'refused');
  await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
  await lookUp(page, ended.caseNumber, ended.queryCode);
  // 查进度's own rating form (it wants a typed comment, and would not carry the terminal) is not offered here.
  await expect(page.locator('.case-details .rating form')).toHaveCount(1);
  await expect(page.locator('.case-details .rating')).toBeHidden();
  await endBar(page).tap();
  const dialog = page.getByRole('dialog', { name: '请为这次服务评价' });
  await expect(dialog).toContainText('您刚才查的案件已经办结');
  await dialog.getByRole('button', { name: '基本满意' }).tap();
  await page.waitForURL((u) => u.pathname === '/kiosk/');
  await expect(page.locator('.case-details')).toHaveCount(0);
  const [rated] = await expect.poll(() => ratingsOf(terminal.id)).toHaveLength(1).then(() => ratingsOf(terminal.id));
  expect(rated).toMatchObject({ level: 3, channel: 'kiosk' });
  expect(rated!.caseId).not.toBeNull();
});

test('idle on the rating: the countdown still ends the visit, with nothing sent', async ({ page }) => {
  const terminal = await registeredTerminal();
  await page.clock.install();
  await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}`);
  await endBar(page).tap();
  await expect(page.getByRole('dialog', { name: '请为这次服务评价' })).toBeVisible();
  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await page.clock.fastForward(21_000);
  await expect(page.getByRole('dialog', { name: '请为这次服务评价' })).toBeHidden();
  expect(await ratingsOf(terminal.id)).toEqual([]);
});

/** Width of each page of a PDF in mm, from its MediaBox. */
function pageWidthsMm(pdf: Buffer): number[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*[\d.]+\s+[\d.]+\s+([\d.]+)\s+[\d.]+\s*\]/g)].map((m) => Math.round((Number(m[1]) / 72) * 25.4));
}

/** Printed as the terminal's printer would: the page's own paper (preferCSSPageSize), nothing wider than it. */
async function printsOn(page: Page, paper: '58mm' | 'a4') {
  const viewport = page.viewportSize()!;
  await page.emulateMedia({ media: 'print' });
  // Laid out at the paper's printable width: 58 mm less 2 × 2 mm margins ≈ 204 px; A4 less 2 × 8 mm ≈ 733 px.
  await page.setViewportSize({ width: paper === '58mm' ? 204 : 733, height: 800 });
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *, .kiosk-phone *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => `${el.tagName}.${el.className}`));
  expect(wide).toEqual([]);
  const widths = pageWidthsMm(await page.pdf({ preferCSSPageSize: true }));
  expect(widths.length).toBeGreaterThan(0);
  expect(new Set(widths)).toEqual(new Set([paper === '58mm' ? 58 : 210]));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);
}

async function selfCheck(page: Page) {
  await page.goto('kiosk/check/');
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
  await page.getByLabel('您家户口在哪个县(市、区)？').selectOption('431225');
  await page.getByLabel('农村户口').check();
  await page.getByRole('group', { name: '第1个人' }).getByLabel('多大年纪（周岁）').tap();
  await tapKeys(page, '72');
  await page.getByLabel('全家每月一共收入多少元？').tap();
  await tapKeys(page, '200');
  await page.getByRole('button', { name: '看看能申请什么' }).tap();
  await expect(page.getByRole('heading', { name: '您家可能能申请的帮助' })).toBeVisible();
}

for (const paper of ['58mm', 'a4'] as const) {
  test(`the three slips print on ${paper}: an eligibility result, a case's progress, a policy summary`, async ({ page }) => {
    test.setTimeout(90_000);
    if (paper === 'a4') {
      // A terminal with an A4 printer (MZY_PRINTER_PAPER=a4): the launcher passes the paper in the fragment.
      const terminal = await registeredTerminal();
      await page.goto(`kiosk/#terminal=${terminal.id}&key=${terminal.key}&paper=a4`);
    }
    await selfCheck(page);
    await expect(page.locator('html')).toHaveAttribute('data-paper', paper);
    await expect(page.getByRole('navigation', { name: '终端导航' }).getByRole('button', { name: '打印' })).toBeVisible();
    await printsOn(page, paper);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.check-form')).toBeHidden();
    await expect(page.locator('.check-results')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    const { caseNumber, queryCode } = await demoCase('notice');
    await lookUp(page, caseNumber, queryCode);
    await printsOn(page, paper);

    await page.goto('kiosk/policy/dibao/');
    await printsOn(page, paper);
  });
}
