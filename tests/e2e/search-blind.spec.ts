import { test, expect } from '@playwright/test';
import blind from '../fixtures/search-blind.json' with { type: 'json' };

// Queries written before reading the policy pages (how residents, their children, village agents and English
// speakers type). One page runs them all; the bar is a hit rate, so a real regression fails but one flaky query
// does not.
test('blind resident queries find the right page in the top 3 at least 90 % of the time', async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const misses: string[] = [];
  for (const { q, expect: ids, lang } of blind.queries as { q: string; expect: string[]; lang?: string }[]) {
    await page.goto(lang === 'en' ? 'en/' : '');
    const box = page.getByRole('searchbox');
    await box.click();
    await box.fill(q);
    const links = page.locator('.search-results a');
    const shown = await links.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
    const top = shown ? await links.evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).pathname)) : [];
    if (!ids.some((id) => top.some((path) => path.endsWith(`/policy/${id}/`)))) {
      misses.push(`"${q}" (${ids.join(' or ')}): ${top.join(' ') || 'no results'}`);
    }
  }
  const rate = 1 - misses.length / blind.queries.length;
  expect(rate, `hit rate ${(rate * 100).toFixed(1)} %; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
});
