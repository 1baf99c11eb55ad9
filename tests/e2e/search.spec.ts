import { test, expect } from '@playwright/test';
import sample from '../fixtures/search-sample.json' with { type: 'json' };

// Residents' own words (colloquial, old names, pinyin, traditional characters) find the right page in the top 3.
for (const { q, expect: ids, lang } of sample.queries) {
  test(`search "${q}" finds ${ids.join(' or ')} in the top 3`, async ({ page }) => {
    await page.goto(lang === 'en' ? 'en/' : '');
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill(q);
    const links = page.locator('.search-results a');
    await expect(links.first()).toBeVisible();
    const top = (await links.evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname))).join(' ');
    expect(ids.some((id) => top.includes(`/policy/${id}/`)), `top 3 for "${q}": ${top}`).toBe(true);
  });
}

test('the search code loads only when the box takes focus, and a query fetches at most 100 KB', async ({ page }) => {
  const fetched: { url: string; bytes: number }[] = [];
  page.on('response', async (r) => {
    const body = await r.body().catch(() => Buffer.alloc(0));
    fetched.push({ url: r.url(), bytes: Number(r.headers()['content-length'] ?? body.length) });
  });
  await page.goto('');
  await page.waitForLoadState('networkidle');
  expect(fetched.filter((f) => /pagefind|SearchIsland/.test(f.url))).toEqual([]);
  await page.getByRole('searchbox').click();
  await expect.poll(() => fetched.some((f) => /pagefind.*\.pagefind$/.test(f.url))).toBe(true);
  await page.waitForLoadState('networkidle');
  const uiLoaded = fetched.length;
  // A long colloquial query: its words land in every index chunk, the worst case for bytes.
  await page.getByRole('searchbox').fill('老人八十岁有没有钱');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const query = fetched.slice(uiLoaded);
  expect(query.some((f) => f.url.includes('.pf_index'))).toBe(true);
  expect(query.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThanOrEqual(100 * 1024);
});

test('the search page answers a query in the URL, and works as a plain form', async ({ page }) => {
  await page.goto('search/?q=%E4%BA%94%E4%BF%9D');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /\/policy\/tekun\//);
});

test('an untranslated programme carries its English name and is found in English', async ({ page }) => {
  await page.goto('en/policy/guer/');
  await expect(page.locator('.note strong')).toHaveText(/orphans/);
  await page.goto('en/');
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').fill('orphan');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /\/en\/policy\/guer\/$/);
});
