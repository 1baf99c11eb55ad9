import { test } from '@playwright/test';
import { noSidewaysScroll, WECHAT_PHONE } from './support/services.ts';
import { builtPages } from '../support/built-pages.ts';

// WeChat's in-app browser on a 360 px phone, with its text size at 200 %.
test.use(WECHAT_PHONE);

for (const path of builtPages().filter((p) => p.endsWith('/') || p === '')) {
  test(`${path || 'home'}: no sideways scroll and nothing clipped at 200 % text`, async ({ page }) => {
    await page.goto(path);
    await noSidewaysScroll(page);
  });
}
