import { test, expect, type Page } from '@playwright/test';

const bodyStyle = (page: Page) =>
  page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('main p')!);
    return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
  });

test('关怀版 is one tap away, enlarges text and targets, and is remembered', async ({ page }) => {
  await page.goto('policy/dibao/');
  const toggle = page.getByRole('button', { name: '关怀版(大字)' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const style = await bodyStyle(page);
  expect(style.size).toBeGreaterThanOrEqual(24);
  expect(style.lineHeight).toBeGreaterThanOrEqual(1.5);
  const smallest = await page.evaluate(() =>
    [...document.querySelectorAll('button, .cards a, .modes a, nav a, .toc a')].filter((e) => (e as HTMLElement).offsetParent).map((e) => e.getBoundingClientRect().height),
  );
  expect(Math.min(...smallest)).toBeGreaterThanOrEqual(60);
  await page.goto('');
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  expect((await bodyStyle(page)).size).toBeGreaterThanOrEqual(24);
});

test('high contrast gives at least 7:1, eye-care colours apply, both remembered', async ({ page }) => {
  await page.goto('');
  await page.getByRole('button', { name: '高对比' }).click();
  const ratio = await page.evaluate(() => {
    const lum = (c: string) => {
      const [r, g, b] = c.match(/\d+/g)!.slice(0, 3).map((v) => {
        const x = Number(v) / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const s = getComputedStyle(document.body);
    const [a, b] = [lum(s.color), lum(s.backgroundColor)].sort((x, y) => y - x);
    return (a! + 0.05) / (b! + 0.05);
  });
  expect(ratio).toBeGreaterThanOrEqual(7);
  await page.getByRole('button', { name: '护眼色' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'eye');
  await expect(page.getByRole('button', { name: '高对比' })).toHaveAttribute('aria-pressed', 'false');
});
