import { test, expect, type Page } from '@playwright/test';
import { makeCaseNo } from '../../api/domain/caseNumber.ts';

// The CSP header carries each page's own script and style hashes and no 'unsafe-inline': every page still runs its
// scripts, hydrates its islands and shows its styles, and the browser reports no violation while a resident uses it.

/** Collects CSP violations: the DOM event (with the blocked directive) and Chromium's console report. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const reported: string[] = [];
  page.on('console', (m) => /Content Security Policy/i.test(m.text()) && reported.push(m.text()));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return async () => [...reported, ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations))];
}

/** Opens a page and waits until its islands have hydrated (Astro drops `ssr`); search waits for focus (see below). */
async function open(page: Page, path: string) {
  const response = await page.goto(path);
  const csp = response!.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src [^;]*'sha256-/);
  expect(csp).not.toContain("'unsafe-inline'");
  await expect(page.locator('astro-island[ssr]:not([client="focus"])')).toHaveCount(0);
  // The inline stylesheet applied: it sets the body's margin to 0 (browsers default to 8px).
  expect(await page.evaluate(() => getComputedStyle(document.body).marginTop)).toBe('0px');
}

for (const path of ['', 'en/', 'apply/', 'check/', 'policy/dibao/', 'agent/']) {
  test(`no CSP violation on /${path}`, async ({ page }) => {
    const violations = await watchViolations(page);
    await open(page, path);
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('no CSP violation while searching (Pagefind runs WebAssembly)', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, 'search/');
  const box = page.getByRole('searchbox');
  await box.click();
  await box.fill('低保');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('no CSP violation while looking up a case', async ({ page }) => {
  const violations = await watchViolations(page);
  await open(page, 'case/');
  await page.getByLabel('受理编号').fill(makeCaseNo((n) => crypto.getRandomValues(new Uint8Array(n))));
  await page.getByLabel('查询码或身份证号码后6位').fill('123456');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText(/没有找到这个受理编号的案件/).first()).toBeVisible();
  expect(await violations()).toEqual([]);
});
