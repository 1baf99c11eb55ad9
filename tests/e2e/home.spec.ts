import { test, expect } from '@playwright/test';

test('home groups programmes by life situation and by category', async ({ page }) => {
  await page.goto('');
  for (const situation of ['生病了', '家里有老人', '孩子没人照顾', '遭灾了', '结婚离婚', '办丧事', '想成立社会组织']) {
    await expect(page.getByRole('heading', { name: situation })).toBeVisible();
  }
  const elderly = page.locator('section', { has: page.getByRole('heading', { name: '家里有老人' }) });
  await expect(elderly.getByRole('link', { name: /高龄/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '社会救助' })).toBeVisible();
});

test('footer carries the government-site entries', async ({ page }) => {
  await page.goto('');
  const footer = page.locator('footer');
  for (const label of ['主办单位', '联系电话', '网站标识码', 'ICP备案', '公安备案']) await expect(footer).toContainText(label);
  await expect(footer.getByRole('link', { name: '适老化无障碍服务' })).toBeVisible();
  await expect(footer.getByRole('link', { name: '我为政府网站找错' })).toBeVisible();
});

test('an unknown address gets a helpful 404 with the search box', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有找到这个页面');
  await expect(page.getByRole('searchbox')).toBeVisible();
});

test('HTML is revalidated every time, hashed assets are immutable, security headers everywhere', async ({ request, page }) => {
  const html = await request.get('');
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['etag']).toBeTruthy();
  expect((await request.get('', { headers: { 'If-None-Match': html.headers()['etag']! } })).status()).toBe(304);
  await page.goto('search/');
  const asset = await page.evaluate(() => [...document.querySelectorAll('script[src], astro-island[component-url]')].map((e) => e.getAttribute('src') ?? e.getAttribute('component-url'))[0]);
  const hashed = await request.get(asset!);
  expect(hashed.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  for (const r of [html, hashed, await request.get('api/health')]) {
    expect(r.headers()['x-content-type-options']).toBe('nosniff');
    // Pages may be framed by the portal itself; API answers by nothing.
    expect(r.headers()['content-security-policy']).toMatch(/frame-ancestors '(self|none)'/);
  }
  expect(await (await request.get('api/health')).json()).toMatchObject({ status: 'ok' });
});

test('English lives at /en/ with the same structure', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.getByRole('heading', { name: 'Find help by what happened' })).toBeVisible();
});
