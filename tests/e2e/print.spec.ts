import { test, expect, type Page } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';
import { headingPlacements, linkedUrls, pageCount, printA4, readQr, siteOrigin } from './support/printing.ts';

// Every policy page prints as an A4 政策明白纸 (Chromium's own PDF, as the 打印明白纸 button gives it).
const policyPages = builtPages().filter((p) => /^(en\/)?policy\/[^/]+\/$/.test(p));

/** Headings that end a page while what follows them starts on the next one, named by their text. */
async function headingsAloneAtPageFoot(page: Page, pdf: Buffer): Promise<string[]> {
  const placements = headingPlacements(pdf);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3')].filter((h) => h.checkVisibility()).map((h) => ({ tag: h.tagName, text: h.textContent!.trim() })),
  );
  await page.emulateMedia({ media: null });
  expect(placements.map((p) => p.tag), 'the PDF has the headings the print view shows').toEqual(printed.map((h) => h.tag));
  return placements.flatMap((p, i) => (p.nextPage !== undefined && p.nextPage > p.page ? [`${printed[i]!.text} (foot of page ${p.page})`] : []));
}

/** What a reader can print the sheet for, as the print button offers them: '' (every county), each county, a
 *  city as a whole (it has districts) and each of its districts. */
async function printChoices(page: Page): Promise<{ code: string; name: string; wholeCity: boolean }[]> {
  const options = await page.locator('[data-print-county] option').evaluateAll((all) =>
    all.map((o) => ({ code: (o as HTMLOptionElement).value, parent: (o as HTMLOptionElement).dataset.parent ?? '', name: o.textContent!.trim() })),
  );
  const hasDistricts = (code: string) => options.some((o) => o.parent === code && o.code !== code);
  return options.map(({ code, name }) => ({ code, name, wholeCity: code === '' || hasDistricts(code) }));
}

// A sheet is for the county (or district) the reader lives in: that one fits on two sheets of A4. Every county at
// once, or a city with all its districts, lists well over a hundred townships; their page counts are reported.
test('低保 prints on at most 2 A4 pages for each county and district, with no heading left alone at a page foot', async ({ page }) => {
  await page.goto('policy/dibao/');
  const choices = await printChoices(page);
  expect(choices.filter((c) => !c.wholeCity).length).toBeGreaterThan(3);
  for (const { code, name, wholeCity } of choices) {
    await page.locator('[data-print-county]').selectOption(code);
    await page.reload();
    const pdf = await printA4(page);
    console.log(`policy/dibao/ for ${name}: ${pageCount(pdf)} A4 page(s)`);
    if (!wholeCity) expect(pageCount(pdf), name).toBeLessThanOrEqual(2);
    expect(await headingsAloneAtPageFoot(page, pdf), name).toEqual([]);
  }
});

test('a sheet printed for one county leaves the other counties off', async ({ page }) => {
  await page.goto('policy/dibao/');
  await page.getByLabel('打印哪个县（市）的明白纸').selectOption({ label: '会同县' });
  // The standards table on screen follows the same choice, and so does the next page.
  await expect(page.locator('.standards tr[data-region="520400"]').first()).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('打印哪个县（市）的明白纸')).toHaveValue('431225');
  await page.emulateMedia({ media: 'print' });
  // The offices on paper (at the foot of the sheet, or in 在哪里办 where it lists them) are 会同's alone.
  const paper = page.locator('article');
  await expect(paper).toContainText('会同县民政局', { useInnerText: true });
  for (const other of ['安顺市民政局', '瓮安县民政局', '海晏县民政']) await expect(paper).not.toContainText(other, { useInnerText: true });
  const standards = page.locator('.standards table');
  await expect(standards.getByRole('row', { name: /会同县/ }).first()).toBeVisible();
  await expect(standards.getByRole('row', { name: /安顺市|瓮安县|海晏县/ })).toHaveCount(0);
  await page.emulateMedia({ media: null });
  await page.getByLabel('打印哪个县（市）的明白纸').selectOption({ label: '所有县（市）' });
  await page.emulateMedia({ media: 'print' });
  await expect(paper).toContainText('海晏县民政', { useInnerText: true });
});

test('a sheet printed for a district of a city carries the city and that district, not the other districts', async ({ page }) => {
  await page.goto('policy/dibao/');
  await page.getByLabel('打印哪个县（市）的明白纸').selectOption({ label: '安顺市西秀区' });
  await page.reload();
  await page.emulateMedia({ media: 'print' });
  const paper = page.locator('article');
  await expect(paper).toContainText('西秀区民政局', { useInnerText: true });
  await expect(paper).toContainText('安顺市民政局', { useInnerText: true });
  await expect(paper).not.toContainText('平坝区民政局', { useInnerText: true });
  await expect(paper).not.toContainText('会同县民政局', { useInnerText: true });
  await expect(page.locator('.standards table').getByRole('row', { name: /安顺市/ }).first()).toBeVisible();
});

test('the check finds a heading left alone, and Chromium keeps a heading with what follows when told to', async ({ page }) => {
  // A page built to put a heading at the foot of page 1 with a block too tall to follow it there.
  const sheet = (keep: boolean) => `<!doctype html><html lang="zh-CN"><style>@page { size: A4; margin: 10mm }
    body { margin: 0 } h2 { margin: 0; font-size: 20px; ${keep ? 'break-after: avoid;' : ''} } .block { height: 60mm; break-inside: avoid }</style>
    <h1>明白纸</h1><p style="height: 230mm">第一页的正文。</p><h2>要带什么材料</h2><p class="block">身份证</p></html>`;
  await page.setContent(sheet(false));
  let pdf = await printA4(page);
  expect(await headingsAloneAtPageFoot(page, pdf)).toEqual(['要带什么材料 (foot of page 1)']);
  await page.setContent(sheet(true));
  pdf = await printA4(page);
  expect(pageCount(pdf)).toBe(2);
  expect(await headingsAloneAtPageFoot(page, pdf)).toEqual([]);
});

test('the printed 低保 sheet carries its full address and a QR code that scans to it', async ({ browser }) => {
  const url = `${siteOrigin}/policy/dibao/`;
  // A sharp screenshot, as a phone camera would see the paper.
  const context = await browser.newContext({ deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.goto('policy/dibao/');
  expect(linkedUrls(await printA4(page))).toContain(url);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('.sheet-foot');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(url);
  const qr = sheet.locator('svg[role="img"]');
  await expect(qr).toHaveAttribute('aria-label', '本页网址的二维码');
  expect(await readQr(await qr.screenshot())).toBe(url);
  await context.close();
});

test('the QR code is in the HTML itself, so the sheet prints with JavaScript off', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.goto('policy/dibao/');
  await page.emulateMedia({ media: 'print' });
  expect(await readQr(await page.locator('.sheet-foot svg').screenshot())).toBe(`${siteOrigin}/policy/dibao/`);
  await context.close();
});

test('on paper: no navigation, search, read-aloud, display modes or footer links; the offices to ask are there', async ({ page }) => {
  await page.goto('policy/dibao/');
  await page.emulateMedia({ media: 'print' });
  for (const gone of [
    page.getByRole('navigation', { name: '主导航' }),
    page.getByRole('navigation', { name: '本页目录' }),
    page.getByRole('button', { name: '朗读' }),
    page.getByRole('button', { name: '打印明白纸' }),
    page.getByLabel('打印哪个县（市）的明白纸'),
    page.getByRole('group', { name: '显示方式' }),
    page.getByRole('link', { name: '我为政府网站找错' }),
    page.getByLabel('选择您所在的县(市)'),
  ]) await expect(gone).toBeHidden();
  await expect(page.getByRole('heading', { name: '最低生活保障' })).toBeVisible();
  await expect(page.getByText('政策明白纸 · 社会救助')).toBeVisible();
  // Every county's bureau is on the paper (in 在哪里办 or at the foot of the sheet), and a missing phone is said plainly.
  const paper = page.locator('article');
  for (const office of ['会同县民政局', '安顺市民政局', '瓮安县民政局']) await expect(paper).toContainText(office, { useInnerText: true });
  await expect(paper).toContainText(/海晏县民政(和扶贫开发)?局/, { useInnerText: true });
  await expect(paper).toContainText(/电话还没有(在本站)?公布/, { useInnerText: true });
});

test('在哪里办 prints in full for the chosen county', async ({ page }) => {
  await page.goto('policy/dibao/');
  await page.getByLabel('打印哪个县（市）的明白纸').selectOption({ label: '会同县' });
  await page.emulateMedia({ media: 'print' });
  const unprinted = await page.locator('section[aria-labelledby="where"]').evaluate((section) =>
    [...section.querySelectorAll('*')]
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((e) => !e.closest('script, style, .visually-hidden, .screen-only, [data-region]:not([data-region="431225"])'))
      .filter((e) => !e.checkVisibility({ contentVisibilityAuto: true }))
      .map((e) => e.textContent!.trim()),
  );
  expect(unprinted).toEqual([]);
  // 会同's own lists are on the paper: the township names and the documents they come from.
  const where = page.locator('section[aria-labelledby="where"]');
  await expect(where).toContainText('林城镇', { useInnerText: true });
  await expect(where).toContainText('会同县民政局', { useInnerText: true });
});

test('关怀版 and high contrast change the screen, not the paper', async ({ page }) => {
  await page.goto('policy/dibao/');
  const plain = pageCount(await printA4(page));
  await page.evaluate(() => localStorage.setItem('mzy-mode', JSON.stringify({ care: true, theme: 'contrast' })));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
  expect(pageCount(await printA4(page))).toBe(plain);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.locator('body').evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
});

for (const path of policyPages.filter((p) => p !== 'policy/dibao/')) {
  test(`${path} prints as a 明白纸 (page counts reported: every county, and 会同县 alone)`, async ({ page }, info) => {
    await page.goto(path);
    const pdf = await printA4(page);
    expect(linkedUrls(pdf)).toContain(`${siteOrigin}/${path}`);
    expect(await headingsAloneAtPageFoot(page, pdf)).toEqual([]);
    await page.locator('[data-print-county]').selectOption({ index: 1 });
    const county = await page.locator('[data-print-county] option:checked').textContent();
    const oneCounty = await printA4(page);
    expect(await headingsAloneAtPageFoot(page, oneCounty)).toEqual([]);
    const counts = `${path}: ${pageCount(pdf)} A4 page(s) for every county, ${pageCount(oneCounty)} for ${county}`;
    info.annotations.push({ type: 'A4 pages', description: counts });
    console.log(counts);
  });
}
