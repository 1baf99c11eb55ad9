import { test, expect } from '@playwright/test';
import { linkedUrls, pageCount, printA4, readQr, siteOrigin } from './support/printing.ts';

// Built with BASE_PATH=/mzj/ and served under it: the paper carries the address under the county portal's path.
test('the 低保 sheet for 会同县 printed under /mzj/ fits on 2 pages and carries the /mzj/ address and a QR code to it', async ({ browser }) => {
  const url = `${siteOrigin}/mzj/policy/dibao/`;
  const context = await browser.newContext({ deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.goto('policy/dibao/');
  await page.getByLabel('打印哪个县（市）的明白纸').selectOption({ label: '会同县' });
  const pdf = await printA4(page);
  expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  expect(linkedUrls(pdf)).toContain(url);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet-foot')).toContainText(url);
  expect(await readQr(await page.locator('.sheet-foot svg').screenshot())).toBe(url);
  await context.close();
});
