import { test, expect } from '@playwright/test';

// The servers under test hold demo data (playwright.config.ts): every page says so at the top, in its language.
for (const [path, text] of [
  ['', '演示站：这里的案件和账号都是演示用的，不是真的'],
  ['policy/dibao/', '演示站：这里的案件和账号都是演示用的，不是真的'],
  ['en/', 'Demo site: the cases and accounts here are for trying the portal out. They are not real.'],
  ['no-such-page/', '演示站：这里的案件和账号都是演示用的，不是真的'],
] as const) {
  test(`/${path} says it is a demo site, first thing on the page`, async ({ page }) => {
    await page.goto(path);
    const banner = page.locator('body > aside.demo-banner:first-child');
    await expect(banner).toHaveText(text);
    await expect(banner).toBeVisible();
    expect((await banner.boundingBox())!.y).toBe(0);
  });
}

test('/api/health says demo: true', async ({ request }) => {
  expect(await (await request.get('api/health')).json()).toMatchObject({ status: 'ok', demo: true });
});
