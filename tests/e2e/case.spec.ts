import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';
import { WECHAT_PHONE, axeTags, noSidewaysScroll } from './support/services.ts';
import { smallJpeg } from './support/applying.ts';
import { demoCase } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

async function lookUp(page: Page, caseNumber: string, factor: string) {
  await page.goto('case/');
  await page.getByLabel('受理编号').fill(caseNumber);
  await page.getByLabel('查询码或身份证号码后6位').fill(factor);
  await page.getByRole('button', { name: '查询' }).click();
}

test('a mistyped case number is caught by its check digit before any request', async ({ page }) => {
  const valid = makeCaseNo((n) => crypto.getRandomValues(new Uint8Array(n)));
  const slip = valid.slice(0, 11) + String((Number(valid[11]) + 1) % 10);
  const requests: string[] = [];
  page.on('request', (r) => r.url().includes('/api/') && requests.push(r.url()));
  await lookUp(page, slip, '123456');
  await expect(page.locator('.error-summary')).toBeFocused();
  await expect(page.locator('.error-summary')).toContainText('受理编号不对，可能有一位数字输错了');
  await expect(page.getByLabel('受理编号')).toHaveAttribute('inputmode', 'numeric');
  await expect(page.getByLabel('受理编号')).toHaveValue(slip);
  expect(requests).toEqual([]);
});

test('the case number comes from the QR code fragment, never the query string', async ({ page }) => {
  const { caseNumber, queryCode } = await demoCase('notice');
  const sent: string[] = [];
  page.on('request', (r) => sent.push(r.url()));
  await page.goto(`case/#n=${caseNumber}`);
  await expect(page.getByLabel('受理编号')).toHaveValue(caseNumber);
  await expect(page.getByLabel('查询码或身份证号码后6位')).toBeFocused();
  await page.keyboard.type(queryCode);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^受理编号/ })).toBeFocused();
  await expect(page.locator('.case-details')).toContainText('公示');
  expect(sent.filter((u) => u.includes(caseNumber))).toEqual([]);
});

test('a wrong second factor gets the same plain answer as an unknown number', async ({ page }) => {
  const { caseNumber } = await demoCase('submitted');
  await lookUp(page, caseNumber, '000000');
  await expect(page.locator('.error-summary')).toContainText('没有找到这个受理编号的案件');
  await expect(page.locator('.case-details')).toHaveCount(0);
});

test('需补正: the list is shown and a document photo is uploaded right there', async ({ page }) => {
  const { caseNumber, idLast6 } = await demoCase('supplement');
  await lookUp(page, caseNumber, idLast6);
  const details = page.locator('.case-details');
  await expect(details.getByRole('heading', { name: '需要补充材料（需补正）' })).toBeVisible();
  await expect(details).toContainText('**************');
  await expect(details.locator('.timeline [aria-current=step]')).toContainText('正在办');
  await details.getByLabel('选择补充材料的照片').setInputFiles({ name: 'canjizheng.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(details.locator('.upload-list')).toContainText('canjizheng.jpg 已上传');
  await details.getByRole('button', { name: '交补充材料' }).click();
  await expect(details.locator('.supplement-status')).toContainText('补充材料已经交上');

  const again = await page.request.post('api/cases/lookup', { data: { caseNumber, factor: idLast6 } });
  expect(((await again.json()) as { supplement?: { uploadedIds: string[] } }).supplement?.uploadedIds.length).toBeGreaterThanOrEqual(1);
});

test('approved and refused cases show the amount, the payments, the reason and how to object', async ({ page }) => {
  const approved = await demoCase('approved');
  await lookUp(page, approved.caseNumber, approved.queryCode);
  await expect(page.getByRole('heading', { name: '已经批准' })).toBeVisible();
  await expect(page.locator('.case-details')).toContainText(/每月 \d+(\.\d+)? 元/);
  await expect(page.getByRole('heading', { name: '发放记录' })).toBeVisible();

  const refused = await demoCase('refused');
  await lookUp(page, refused.caseNumber, refused.idLast6);
  await expect(page.getByRole('heading', { name: '不予批准' })).toBeVisible();
  await expect(page.locator('.case-details')).toContainText('不同意怎么办：');
});

for (const stage of ['supplement', 'approved'] as const) {
  test(`axe and 200 % text at 360 px: a ${stage} case`, async ({ page }) => {
    const c = await demoCase(stage);
    await lookUp(page, c.caseNumber, c.queryCode);
    await expect(page.locator('.case-details')).toBeVisible();
    for (const care of [false, true]) {
      await page.evaluate((on) => (on ? document.documentElement.setAttribute('data-care', '') : document.documentElement.removeAttribute('data-care')), care);
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await noSidewaysScroll(page);
  });
}
