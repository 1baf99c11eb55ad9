import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { distDir } from '../support/built-pages.ts';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { axeTags } from './support/services.ts';
import { tabTo } from './support/keyboard.ts';
import { demoStaff, extraClerk, fileClaim, signInWithKeyboard } from './support/staff.ts';

test('staff pages are kept out of search engines and the site search, and never cached', async ({ request }) => {
  for (const path of ['staff/', 'staff/queue/', 'staff/case/', 'staff/register/', 'staff/accounts/', 'en/staff/queue/']) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect(res.headers()['x-robots-tag']).toBe('noindex, nofollow');
    expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow">');
  }
  // The site's own search (Pagefind) never finds a console page: every indexed page's address, from its fragment.
  const fragments = join(distDir, 'pagefind/fragment');
  const indexed = readdirSync(fragments).map((f) => (JSON.parse(gunzipSync(readFileSync(join(fragments, f))).subarray(12).toString('utf8')) as { url: string }).url);
  expect(indexed.length).toBeGreaterThan(10);
  expect(indexed.filter((url) => url.includes('staff'))).toEqual([]);
  const vocabulary = (await (await request.get('search-vocab-zh-cn.json')).json()) as { pages: { path: string }[] };
  expect(vocabulary.pages.filter((p) => p.path.includes('staff'))).toEqual([]);
});

test('a clerk signs in with the keyboard alone, sees only 林城镇 soonest due first, opens a case and reveals an ID number', async ({ page, request }) => {
  const caseNumber = await fileClaim(request, '欧阳桂芝');
  await signInWithKeyboard(page, await demoStaff('linchen-jingban'));
  await expect(page.locator('.staff-bar')).toContainText('林城镇民政经办（演示）（乡镇经办，林城镇）');
  const rows = page.locator('table.queue tbody tr');
  await expect(rows.first()).toBeVisible();
  const places = await page.locator('table.queue tbody tr td:nth-child(4)').allInnerTexts();
  expect(places.length).toBeGreaterThan(0);
  expect(places.every((p) => p.startsWith('林城镇'))).toBe(true);
  const dues = (await page.locator('table.queue tbody tr td:nth-child(7)').allInnerTexts()).map((d) => d.slice(0, 10)).filter((d) => /^\d{4}-/.test(d));
  expect(dues).toEqual([...dues].sort());

  // Find the new case by its number, with the keyboard.
  await tabTo(page, '#queue-q');
  await page.keyboard.type(caseNumber);
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('欧**芝');
  await tabTo(page, 'table.queue tbody a');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `案件 ${formatCaseNo(caseNumber)}` })).toBeVisible();
  await expect(page.locator('.summary-list').first()).toContainText('受理');
  const masked = page.locator('.reveal-id .id-number').first();
  await expect(masked).toHaveText(/^431225\*{8}\d{3}[\dX]$/);
  const lastFour = (await masked.textContent())!.slice(-4);
  await tabTo(page, '.reveal-id button');
  await page.keyboard.press('Enter');
  // fileClaim's applicant is born in 1947 (support/people.ts picks the day).
  await expect(masked).toHaveText(new RegExp(`^4312251947\\d{4}${lastFour}$`));
  // The reveal is on the case's record.
  await page.reload();
  await expect(page.locator('table.events')).toContainText('id-revealed');
});

test('an approver is asked for the authenticator code, then lands on the county queue', async ({ page }) => {
  const approver = await demoStaff('huitong-shenpi');
  await page.goto('staff/');
  await page.getByLabel('用户名').fill(approver.username);
  await page.getByLabel('密码').fill(approver.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('这个账号还要输入验证器上的动态码。')).toBeVisible();
  await expect(page.getByLabel('动态码')).toBeFocused();
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('.error-summary')).toContainText('请输入6位动态码');
  await signInWithKeyboard(page, approver);
  await expect(page.locator('.staff-bar')).toContainText('县级审批');
});

async function openCase(page: Page, caseNumber: string) {
  await page.goto(`staff/case/#n=${caseNumber}`);
  await expect(page.getByRole('heading', { name: `案件 ${formatCaseNo(caseNumber)}` })).toBeVisible();
}

test('two clerks at once: the one who acts second loses nothing typed and is told why', async ({ browser, request }) => {
  const caseNumber = await fileClaim(request, '杨秀珍');
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signInWithKeyboard(first, await demoStaff('linchen-jingban'));
  await signInWithKeyboard(second, await extraClerk(`linchen-jingban-${Date.now()}`));
  await openCase(first, caseNumber);
  await openCase(second, caseNumber);

  // The second clerk writes a refusal to accept while the first asks for the missing documents.
  const reason = '申请人户籍不在本镇，请到户籍地乡镇申请。';
  await second.getByLabel('理由').fill(reason);
  await first.getByLabel('需补正的材料（一次性全部列出）').fill('户口簿(全家每一页)的照片\n残疾人证的照片');
  await first.getByRole('button', { name: '提交：一次性告知需补正的材料' }).click();
  await expect(first.locator('.case-message')).toHaveText('已办理：一次性告知需补正的材料。');

  await second.getByRole('button', { name: '提交：不予受理' }).click();
  const refusal = second.locator('form.action-form', { has: second.getByRole('heading', { name: '不予受理' }) });
  await expect(refusal.locator('.error-summary')).toContainText('其他工作人员刚刚办理了这个案件');
  await expect(refusal.getByLabel('理由')).toHaveValue(reason);
  // The page now holds the case as it is: 需补正, with what was asked for.
  await expect(second.locator('.summary-list').first()).toContainText('需补正');
  await expect(second.getByText('残疾人证的照片')).toBeVisible();
});

for (const width of [1280, 768]) {
  test.describe(`console at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    const clean = async (page: Page) => {
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    };

    test(`axe finds nothing on the sign-in, queue, case, register and accounts pages (${width} px)`, async ({ page, request, browser }) => {
      await page.goto('staff/');
      await clean(page);
      const caseNumber = await fileClaim(request, '张秀兰');
      await signInWithKeyboard(page, await demoStaff('linchen-jingban'));
      await expect(page.locator('table.queue tbody tr').first()).toBeVisible();
      await clean(page);
      await openCase(page, caseNumber);
      await expect(page.locator('form.action-form').first()).toBeVisible();
      // A form showing its errors too.
      await page.getByRole('button', { name: '提交：不予受理' }).click();
      await expect(page.locator('form.action-form .error-summary').first()).toBeVisible();
      await clean(page);
      await page.goto('staff/register/');
      await clean(page);
      if (width === 1280) {
        const admin = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
        await signInWithKeyboard(admin, await demoStaff('huitong-admin'));
        await admin.goto('staff/accounts/');
        await expect(admin.locator('table tbody tr').first()).toBeVisible();
        await clean(admin);
      }
    });
  });
}
