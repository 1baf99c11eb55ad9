// Top-1/3/5 hit rates of search fixtures against the built site, with the misses: for tuning search by measure.
// node_modules/.bin/node scripts/dev/search-rate.mjs tests/fixtures/search-blind.json [more fixtures…]
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPortal } from '../bench/serve.mjs';

// Its own empty database and files, never the `npm start` ones; no demo cases (search needs none).
const data = mkdtempSync(join(tmpdir(), 'mzy-search-rate-'));
const portal = await startPortal(Number(process.env.RATE_PORT ?? 4464), {
  MZY_SEED_DEMO: '0', DATABASE_URL: `file:${join(data, 'claims.db')}`, UPLOADS_DIR: join(data, 'uploads'), MZY_DATA_KEY_FILE: join(data, 'data.key'),
});
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();

async function topFive(q, lang) {
  await page.goto(portal.base + (lang === 'en' ? 'en/' : ''));
  const box = page.getByRole('searchbox');
  await box.click();
  await box.fill(q);
  const links = page.locator('.search-results a');
  const shown = await links.first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
  const paths = shown ? await links.evaluateAll((as) => as.map((a) => a.pathname)) : [];
  return paths.map((p) => p.match(/\/policy\/([^/]+)\/$/)?.[1] ?? p).slice(0, 5);
}

for (const file of process.argv.slice(2)) {
  const { queries } = JSON.parse(readFileSync(file, 'utf8'));
  const hits = { 1: 0, 3: 0, 5: 0 };
  const misses = [];
  for (const { q, expect, lang } of queries) {
    const top = await topFive(q, lang);
    const rank = top.findIndex((id) => expect.includes(id)) + 1;
    for (const n of [1, 3, 5]) if (rank > 0 && rank <= n) hits[n]++;
    if (rank === 0 || rank > 3) misses.push(`  ${q} (${expect.join('|')}) → ${rank || '-'}: ${top.join(' ') || 'nothing'}`);
  }
  const pct = (n) => `${((100 * hits[n]) / queries.length).toFixed(1)} %`;
  console.log(`${file}: ${queries.length} queries; top-1 ${pct(1)}, top-3 ${pct(3)}, top-5 ${pct(5)}`);
  console.log(misses.join('\n'));
}
await browser.close();
portal.stop();
