import { test, expect } from '@playwright/test';

// A name no account has: the lockout reads the same as for a real account, and no one else's sign-in is touched.
test('代办 sign-in says plainly, after 5 wrong tries, how long to wait and until when', async ({ page }) => {
  await page.goto('agent/');
  await page.getByLabel('用户名').fill('lockout-e2e');
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('密码').fill(`wrong-${i}`);
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.locator('.error-summary')).toContainText('用户名或密码不对');
    await expect(page.getByRole('button', { name: '登录' })).toBeEnabled();
  }
  await page.getByLabel('密码').fill('wrong-again');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('.error-summary')).toContainText(/用户名或密码错了5次，请15分钟后再试（\d\d:\d\d以后）。/);
});
