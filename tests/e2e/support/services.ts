// Shared by the resident-service browser tests: a WeChat phone, the axe tags, the reflow check.
import { expect, type Page } from '@playwright/test';

/** WeChat's in-app browser on a 360 px Android phone. */
export const WECHAT_PHONE = {
  viewport: { width: 360, height: 740 },
  userAgent: 'Mozilla/5.0 (Linux; Android 13; V2219A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  isMobile: true,
  hasTouch: true,
};

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** At 200 % text the page reflows: no sideways scroll, nothing past the right edge. */
export async function noSidewaysScroll(page: Page) {
  // Through the CSSOM: the pages' CSP refuses an added <style>.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const clipped = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && !el.closest('.table-wrap, .visually-hidden, .skip') && (box.right > width + 1 || box.left < -1);
      })
      .map((el) => `${el.tagName}.${el.className}#${el.id}`);
    return { scroll: document.documentElement.scrollWidth - width, clipped };
  });
  expect(overflow.scroll).toBeLessThanOrEqual(0);
  expect(overflow.clipped).toEqual([]);
}
