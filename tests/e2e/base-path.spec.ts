import { test, expect } from '@playwright/test';

// Built with BASE_PATH=/mzj/ and served under it, as inside a county portal.
test('everything works under /mzj/', async ({ page, request }) => {
  await page.goto('');
  await expect(page).toHaveURL(/\/mzj\/$/);
  await page.getByRole('link', { name: /低保/ }).first().click();
  await expect(page).toHaveURL(/\/mzj\/policy\/dibao\/$/);
  await page.goto('');
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').fill('五保');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /^\/mzj\/policy\/tekun\/$/);
  expect((await request.get('api/health')).status()).toBe(200);
  expect((await request.get('/api/health')).status()).toBe(404);
  const notFound = await page.goto('nothing/');
  expect(notFound?.status()).toBe(404);
  await expect(page.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/mzj/');
});
