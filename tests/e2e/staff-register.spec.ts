// Issue 9, conflict of interest in the console: a clerk declares a relative with the keyboard alone on the register page;
// a claim for that relative's household, once the clerk accepts it, is listed in the register with its reason. axe 0.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { randomUUID } from 'node:crypto';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { axeTags } from './support/services.ts';
import { tabTo } from './support/keyboard.ts';
import { extraClerk, signInWithKeyboard } from './support/staff.ts';
import { ownClient } from './support/client.ts';
import { freshIdNumber } from './support/people.ts';

test('a clerk declares a sibling; the sibling’s claim accepted by that clerk is in the register as a conflict of interest', async ({ page, request }) => {
  const clerk = await extraClerk(`kin-clerk-${Date.now().toString(36)}`);
  const idNumber = freshIdNumber('431225', 1961);
  await signInWithKeyboard(page, clerk);
  await page.goto('staff/register/');
  await expect(page.getByText('您还没有申报。')).toBeVisible();

  // An ID number with a wrong check digit: the error is said next to the field.
  await tabTo(page, '#kin-relation');
  await page.locator('#kin-relation').selectOption('sibling');
  await tabTo(page, '#kin-name');
  await page.keyboard.type('潘秀英');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`${idNumber.slice(0, 17)}${idNumber.endsWith('0') ? '1' : '0'}`);
  await page.keyboard.press('Enter');
  await expect(page.locator('#kin-idNumber-error')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  await page.locator('#kin-idNumber').fill('');
  await tabTo(page, '#kin-idNumber');
  await page.keyboard.type(idNumber);
  await page.keyboard.press('Enter');
  await expect(page.getByText('已申报。')).toBeVisible();
  await expect(page.getByText(/兄弟姐妹：潘\*英/)).toBeVisible();
  await expect(page.locator('body')).not.toContainText(idNumber);

  // The sibling's household applies; the clerk accepts it through the API the console uses.
  const claim = {
    programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', hukou: 'urban',
    applicant: { name: '潘秀英', idNumber, phone: '13800138000' }, members: [{ name: '潘秀英', idNumber, relation: 'self' }],
    incomes: [], assets: { description: '无' }, reason: '无收入。', nearKinDeclaration: { hasNearKin: false },
    financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  const filed = await request.post('api/cases', { data: claim, headers: { 'idempotency-key': randomUUID(), ...ownClient() } });
  const { caseNumber } = (await filed.json()) as { caseNumber: string };
  const csrf = await page.evaluate(() => (JSON.parse(sessionStorage.getItem('mzy-staff-session') ?? '{}') as { csrfToken: string }).csrfToken);
  const accepted = await page.request.post(`api/staff/cases/${caseNumber}/actions`, { data: { action: 'accept', version: 0 }, headers: { 'x-csrf-token': csrf, origin: new URL(page.url()).origin } });
  expect(accepted.status()).toBe(200);

  await page.reload();
  const row = page.locator('table.queue tbody tr', { hasText: formatCaseNo(caseNumber) });
  await expect(row).toContainText('户内有成员是办理过本案的工作人员或代办员申报的近亲属');
  await expect(row).toContainText('0/2');
  const again = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(again.violations.map((v) => v.id)).toEqual([]);
});
