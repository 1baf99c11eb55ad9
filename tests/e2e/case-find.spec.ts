import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { phoneLastFour } from '../../api/domain/phone.ts';
import { DEMO_CASES } from '../../api/db/seed/demoPeople.ts';
import { WECHAT_PHONE, axeTags, noSidewaysScroll } from './support/services.ts';
import { demoCase } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

const noticeCase = DEMO_CASES.find((c) => c.stage === 'notice')!;

test('a lost case number is found with the ID number, the name and the phone\'s last 4 digits, then followed', async ({ page }) => {
  const { caseNumber } = await demoCase('notice');
  await page.goto('case/');
  const open = page.getByRole('button', { name: '忘了受理编号？' });
  await expect(open).toHaveAttribute('aria-expanded', 'false');
  await open.click();
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: '用身份证号码找回受理编号' })).toBeFocused();
  await expect(page.locator('#find-phone-hint')).toContainText('也可能是家里人或代办员的');

  // Checked here first, with the same words the API uses.
  await page.getByRole('button', { name: '找回受理编号' }).click();
  const errors = page.locator('.find-cases .error-summary');
  await expect(errors).toBeFocused();
  await expect(errors).toContainText('请填写身份证号码。');
  await expect(errors).toContainText('请填写电话号码的最后4位数字。');

  const requests: string[] = [];
  page.on('request', (r) => r.url().includes('/api/') && requests.push(r.url()));
  await page.getByLabel('申请人的身份证号码').fill(noticeCase.idNumber.toLowerCase());
  // An ASCII dot is what a phone keyboard offers first: it becomes “·” when leaving the field.
  await page.getByLabel('申请人的姓名').fill(noticeCase.name.replaceAll('·', '.'));
  await page.getByLabel('电话号码的最后4位').fill('0000');
  await expect(page.getByLabel('申请人的姓名')).toHaveValue(noticeCase.name);
  await page.getByRole('button', { name: '找回受理编号' }).click();
  await expect(page.locator('#find-result')).toBeFocused();
  await expect(page.locator('#find-result')).toContainText('没有找到');
  await expect(page.getByLabel('申请人的姓名')).toHaveValue(noticeCase.name);

  await page.getByLabel('电话号码的最后4位').fill(phoneLastFour(noticeCase.phone));
  const answer = page.waitForResponse('**/api/cases/find');
  await page.getByRole('button', { name: '找回受理编号' }).click();
  expect((await answer).headers()['cache-control']).toBe('no-store');
  const result = page.locator('#find-result');
  await expect(result).toContainText('找到1件申请');
  const item = result.locator('.case-list li');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(formatCaseNo(caseNumber));
  await expect(item).toContainText('最低生活保障');
  await expect(item).toContainText('正在办：');
  await expect(item).not.toContainText(noticeCase.name);
  // Nothing typed stays on the screen once the cases are shown.
  await expect(page.getByLabel('申请人的身份证号码')).toHaveValue('');
  expect(requests.every((u) => !u.includes(noticeCase.idNumber) && !u.includes(caseNumber))).toBe(true);

  const lookup = page.waitForRequest('**/api/cases/lookup');
  await item.getByRole('button', { name: /查看进度/ }).click();
  expect((await lookup).postDataJSON()).toEqual({ caseNumber, factor: noticeCase.idNumber.slice(-6) });
  await expect(page.getByRole('heading', { name: `受理编号 ${formatCaseNo(caseNumber)}` })).toBeFocused();
  await expect(page.locator('.case-details')).toContainText('公示');
  await expect(page.locator('#case-number')).toHaveValue(caseNumber);
});

test('axe and 200 % text at 360 px: the find form with its answer', async ({ page }) => {
  await page.goto('case/');
  await page.getByRole('button', { name: '忘了受理编号？' }).click();
  await page.getByLabel('申请人的身份证号码').fill(noticeCase.idNumber);
  await page.getByLabel('申请人的姓名').fill(noticeCase.name);
  await page.getByLabel('电话号码的最后4位').fill(phoneLastFour(noticeCase.phone));
  await page.getByRole('button', { name: '找回受理编号' }).click();
  await expect(page.locator('#find-result .case-list li')).toHaveCount(1);
  for (const care of [false, true]) {
    await page.evaluate((on) => (on ? document.documentElement.setAttribute('data-care', '') : document.documentElement.removeAttribute('data-care')), care);
    const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await noSidewaysScroll(page);
});
