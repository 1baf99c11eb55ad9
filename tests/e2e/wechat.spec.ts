import { test } from '@playwright/test';
import { noSidewaysScroll, WECHAT_PHONE } from './support/services.ts';
import { builtPages } from '../support/built-pages.ts';

// WeChat's in-app browser on a 360 px phone, with its text size at 200 %.
test.use(WECHAT_PHONE);

// The kiosk build runs only on the terminals' screens (kiosk.spec.ts checks it at their two resolutions).
for (const path of builtPages().filter((p) => (p.endsWith('/') || p === '') && !p.startsWith('kiosk/'))) {
  test(`${path || 'home'}: no sideways scroll and nothing clipped at 200 % text`, async ({ page }) => {
    await page.goto(path);
    await noSidewaysScroll(page);
  });
}
