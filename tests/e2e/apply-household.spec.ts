// 一户一案 on the resident's confirmation screen: a second 低保 claim of a household whose claim is still being
// handled is refused with how to follow that one, a link to 查进度, and nothing of the other case shown.
import { test, expect, type Page } from '@playwright/test';
import { WECHAT_PHONE } from './support/services.ts';
import { idNumberFor } from './support/applying.ts';
import { demoCase } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

/** The demo resident 张桂兰 (open 低保 claim, 会同县 林城镇) applying for 低保 again, resumed at 提交前再看一遍. */
async function applyAgainAtCheck(page: Page, path: string, resume: string) {
  // The draft is saved from another page of the site, then the form opened (a navigation, as a resident returning does).
  await page.goto('about/');
  await page.evaluate((id) => localStorage.setItem('mzy-apply-draft', JSON.stringify({ version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: 'check', programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', hukou: 'urban', applicant: { name: '张桂兰', idNumber: id, phone: '13800138000' }, self: { grade: '', canWork: '' }, members: [], incomes: [{ kind: 'pension', monthly: '300' }], assets: { savings: '', houses: '1', vehicles: '', description: '' }, reason: '年老体弱。', nearKin: 'no', nearKinDetails: '', consents: [true], photos: [], authorisation: { signedOn: '' }, promise: false })), idNumberFor('19520314', '002'));
  await page.goto(path);
  await page.getByRole('button', { name: resume }).click();
  await page.locator('#apply-promise').check();
  const answer = page.waitForResponse('**/api/cases');
  await page.locator('.apply button[type=submit]').click();
  expect((await answer).status()).toBe(409);
}

test('a household\'s second open 低保 claim is refused with how to follow the first, in zh-CN and en', async ({ page }) => {
  const open = await demoCase('submitted');
  await applyAgainAtCheck(page, 'apply/', '继续上次填写');
  const failure = page.locator('#apply-failure');
  await expect(failure).toBeFocused();
  await expect(failure).toContainText('这户人家已经有一份同一项的申请正在办理');
  await expect(failure).toContainText('请用那次申请回执上的受理编号和查询码，到“查进度”页查');
  await expect(failure.getByRole('link', { name: '打开查进度页面' })).toHaveAttribute('href', /\/case\/$/);
  await expect(failure).not.toContainText(open.caseNumber);
  // The answers are kept: the resident can still change and send them.
  await expect(page.locator('.screen-heading')).toHaveText('提交前再看一遍');
  await expect(page.locator('#apply-promise')).toBeChecked();

  await applyAgainAtCheck(page, 'en/apply/', 'Carry on');
  await expect(page.locator('#apply-failure')).toContainText('This household already has an application for the same programme that is still being handled');
  await expect(page.locator('#apply-failure').getByRole('link', { name: 'Open the case page' })).toHaveAttribute('href', /\/en\/case\/$/);
});
