import { test, expect } from '@playwright/test';
import blind from '../fixtures/search-blind.json' with { type: 'json' };
import blind2 from '../fixtures/search-blind-2.json' with { type: 'json' };

type Query = { q: string; expect: string[]; lang?: string };

// Queries written before reading the policy pages (how residents, their children, village agents and English
// speakers type): the first set, and a second one of issue 7 (dialect, typos, questions). One page runs a set;
// the bar is a hit rate, so a real regression fails but one flaky query does not.
for (const [name, queries] of [['first', blind.queries], ['second', blind2.queries]] as [string, Query[]][]) {
  test(`the ${name} blind set (${queries.length} queries) finds the right page in the top 3 at least 90 % of the time`, async ({ page }) => {
    test.setTimeout(10 * 60_000);
    const misses: string[] = [];
    for (const { q, expect: ids, lang } of queries) {
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
    const rate = 1 - misses.length / queries.length;
    expect(rate, `hit rate ${(rate * 100).toFixed(1)} %; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
}
