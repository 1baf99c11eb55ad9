import { test, expect } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';

// WeChat's in-app browser on a 360 px phone, with its text size at 200 %.
test.use({
  viewport: { width: 360, height: 740 },
  userAgent: 'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  isMobile: true,
  hasTouch: true,
});

for (const path of builtPages().filter((p) => p.endsWith('/') || p === '')) {
  test(`${path || 'home'}: no sideways scroll and nothing clipped at 200 % text`, async ({ page }) => {
    await page.goto(path);
    // Through the CSSOM, which the page's CSP allows (an injected <style> would be blocked).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const clipped = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const scroller = el.closest('.table-wrap, .visually-hidden, .skip');
          return box.width > 0 && !scroller && (box.right > width + 1 || box.left < -1);
        })
        .map((el) => `${el.tagName}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth - width, clipped };
    });
    expect(overflow.scroll).toBeLessThanOrEqual(0);
    expect(overflow.clipped).toEqual([]);
  });
}
