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

// Issue 7: tried as a new user would, these failed (dialect words Pagefind did not know, 低保 split by the
// browser's segmenter, a phrase that found too little). 屋里冇得钱用 was "not in the top 5".
const issue7 = [
  { q: '屋里冇得钱用', ids: ['dibao'], top: 5 },
  { q: '老人每个月给多少钱', ids: ['gaoling-jintie'], top: 3 },
  { q: '娃娃没人管', ids: ['liushou-ertong', 'wuren-fuyang'], top: 3 },
  { q: '残废人补助', ids: ['canji-butie'], top: 3 },
  { q: '低保怎么申请要什么材料', ids: ['dibao'], top: 3 },
];
for (const { q, ids, top } of issue7) {
  test(`search "${q}" finds ${ids.join(' or ')} in the top ${top}`, async ({ page }) => {
    await page.goto('');
    await page.getByRole('searchbox').click();
    await page.getByRole('searchbox').fill(q);
    const links = page.locator('.search-results a');
    await expect(links.first()).toBeVisible();
    const shown = (await links.evaluateAll((as, n) => as.slice(0, n).map((a) => (a as HTMLAnchorElement).pathname), top)).join(' ');
    expect(ids.some((id) => shown.includes(`/policy/${id}/`)), `top ${top} for "${q}": ${shown}`).toBe(true);
  });
}

test('a result shows the page title and its plain summary, in the reader language', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').fill('吃低保');
  const first = page.locator('.search-results li').first();
  await expect(first.getByRole('link')).toHaveText('最低生活保障（低保）');
  await expect(first.locator('p')).toContainText('低保标准');
  await page.goto('en/');
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').fill('低保');
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /\/en\/policy\/dibao\/$/);
  await expect(page.locator('.search-results a').first()).toHaveText(/Minimum Living Allowance/);
});

test('a query with nothing to find says so', async ({ page }) => {
  await page.goto('');
  await page.getByRole('searchbox').click();
  await page.getByRole('searchbox').fill('qqxzv');
  await expect(page.getByRole('paragraph').filter({ hasText: '没有找到。换个说法试试' })).toBeVisible();
  await expect(page.locator('.search-results a')).toHaveCount(0);
});

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
