// npm run bench:site — page weight, search bytes and Lighthouse (mobile), each beside its budget and a
// baseline measured in the same run. Prints figures; asserts nothing (machines are noisy).
import { chromium } from 'playwright-core';
import { brotliCompressSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readdirSync, statSync } from 'node:fs';
import { startPortal } from './serve.mjs';
import { recordBench } from './record.ts';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const portal = await startPortal(4391);
const zhIndexBytes = () => readdirSync('dist/pagefind/index').filter((f) => f.startsWith('zh-cn')).reduce((s, f) => s + statSync(`dist/pagefind/index/${f}`).size, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

async function weigh(path, action) {
  const page = await browser.newPage();
  const responses = [];
  page.on('response', async (r) => {
    const size = Number(r.headers()['content-length'] ?? (await r.body().catch(() => Buffer.alloc(0))).length);
    responses.push({ url: r.url(), type: r.request().resourceType(), size });
  });
  await page.goto(portal.base + path, { waitUntil: 'networkidle' });
  const firstView = responses.splice(0);
  const text = await page.evaluate(() => document.body.innerText);
  // Scripts Astro inlines into the HTML count as JS too.
  const inlineJs = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent).join('\n'));
  if (action) {
    await action(page, responses);
    await page.waitForLoadState('networkidle');
  }
  await page.close();
  const sum = (list, types) => list.filter((r) => !types || types.includes(r.type)).reduce((s, r) => s + r.size, 0);
  return { firstView: sum(firstView, ['document', 'stylesheet', 'script']), js: sum(firstView, ['script']) + brotliCompressSync(inlineJs).length, after: sum(responses), text: brotliCompressSync(text).length };
}

const policy = await weigh('policy/dibao/');
console.log(`policy page first view (HTML+CSS+JS, compressed): ${kb(policy.firstView)}  budget 35 KB  baseline (its text alone, brotli): ${kb(policy.text)}`);
console.log(`policy page JS (files + inline, compressed): ${kb(policy.js)}  budget 15 KB`);
let uiLoad = 0;
let firstResultMs = Number.NaN;
const search = await weigh('', async (page, responses) => {
  const wasm = page.waitForResponse(/\.pagefind$/);
  await page.getByRole('searchbox').click();
  await wasm;
  await page.waitForLoadState('networkidle');
  uiLoad = responses.splice(0).reduce((s, r) => s + r.size, 0);
  console.log(`search UI loaded on focus (JS, WebAssembly, character map): ${kb(uiLoad)}`);
  const typed = performance.now();
  await page.getByRole('searchbox').fill('老人八十岁有没有钱');
  await page.locator('.search-results a').first().waitFor();
  firstResultMs = performance.now() - typed;
});
console.log(`search time to first result (query typed → first link shown, UI already loaded): ${firstResultMs.toFixed(0)} ms`);
console.log(`search "老人八十岁有没有钱": ${kb(search.after)} fetched by the query  budget 100 KB  baseline (the whole zh index, as one download would be): ${kb(zhIndexBytes())}`);
await browser.close();

const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const scores = async (url) => {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
  return categories.map((c) => Math.round(lhr.categories[c].score * 100)).join('/');
};
// Baseline: the plainest page of the site (about: text only, no island) on the same server and machine.
const aboutScores = await scores(`${portal.base}about/`);
console.log(`Lighthouse mobile (perf/a11y/bp/seo) baseline /about/: ${aboutScores}`);
const lighthouseRows = [];
for (const path of ['', 'policy/dibao/']) {
  const got = await scores(portal.base + path);
  console.log(`Lighthouse mobile (perf/a11y/bp/seo) /${path}: ${got}  budget 100/100/100/100`);
  lighthouseRows.push({ figure: `Lighthouse mobile perf/a11y/bp/seo, /${path}`, value: got, baseline: { name: 'the plainest page /about/, same run', value: aboutScores }, target: '100/100/100/100' });
}
await chrome.kill();
portal.stop();
const zhIndex = zhIndexBytes();
recordBench([
  { title: 'Page weights (policy page /policy/dibao/, compressed as served)', rows: [
    { figure: 'first view HTML+CSS+JS', value: policy.firstView / 1024, unit: 'KB', baseline: { name: 'its text alone, brotli', value: policy.text / 1024, unit: 'KB' }, target: '≤ 35 KB' },
    { figure: 'JS (files + inline)', value: policy.js / 1024, unit: 'KB', target: '≤ 15 KB' },
  ] },
  { title: 'Search (home page, query 老人八十岁有没有钱)', rows: [
    { figure: 'search UI loaded on focus (JS, WebAssembly, character map)', value: uiLoad / 1024, unit: 'KB' },
    { figure: 'bytes fetched by the query', value: search.after / 1024, unit: 'KB', baseline: { name: 'the whole zh index as one download', value: zhIndex / 1024, unit: 'KB' }, target: '≤ 100 KB' },
    { figure: 'time to first result (typed → first link, UI loaded)', value: firstResultMs, unit: 'ms' },
  ] },
  { title: 'Lighthouse (mobile emulation, scores perf/a11y/best-practices/seo)', rows: lighthouseRows },
]);
