// Issue 10, "pictures for the county, numbers for the public": the county's dashboard draws its charts, each followed
// by the table of its figures, in normal and 关怀版 with axe 0; the public statistics page hides a cell under 5 people.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { axeTags } from './support/services.ts';
import { demoStaff, signInWithKeyboard } from './support/staff.ts';
import { seedStatsCases } from './support/statsCases.ts';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  await seedStatsCases(request);
});

const axeClean = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

test('the county dashboard: charts with their tables, the limit drawn on the time to decision, readable in 关怀版', async ({ page }) => {
  await signInWithKeyboard(page, await demoStaff('huitong-shenpi'));
  await page.goto('staff/dashboard/');
  await expect(page.getByRole('heading', { level: 1, name: '统计看板' })).toBeVisible();

  const decisions = page.locator('section', { has: page.getByRole('heading', { level: 3, name: '最低生活保障' }) });
  // 团河镇's and 堡子镇's four cases and whatever else the demo county holds: at least those four, none past the limit of 34.
  await expect(decisions.getByText(/期限 34 个工作日/)).toBeVisible();
  const chart = decisions.getByRole('region', { name: /柱状图：最低生活保障从受理到决定的工作日分布，期限 34 个工作日/ });
  await expect(chart.locator('svg rect.chart-bar')).toHaveCount(7);
  await expect(chart.locator('svg line.chart-limit')).toHaveCount(1);
  const table = decisions.getByRole('table', { name: /最低生活保障：从受理到决定的工作日/ });
  const row = table.getByRole('row', { name: /10–14 天/ });
  expect(Number(await row.getByRole('cell').first().textContent())).toBeGreaterThanOrEqual(3);
  await expect(table.getByRole('row', { name: /35–39 天/ })).toHaveCount(0);
  await expect(table.getByRole('row', { name: /30–34 天/ })).toContainText('在期限内');

  // 好差评 by level and township, the 差评 follow-up and the question in the county's queue.
  const ratings = page.getByRole('table', { name: /各乡镇的评价条数/ });
  await expect(ratings.getByRole('row', { name: /团河镇/ })).toContainText(/3/);
  await expect(page.getByRole('heading', { level: 2, name: '差评回访' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '举报和咨询的答复用时' })).toBeVisible();

  // Every chart is a labelled picture followed by a table of its figures.
  const charts = page.locator('.chart-wrap');
  expect(await charts.count()).toBeGreaterThanOrEqual(2);
  for (const wrap of await charts.all()) {
    await expect(wrap).toHaveAttribute('aria-label', /数字见下表/);
    await expect(wrap.locator('xpath=following-sibling::div[1]//table')).toHaveCount(1);
  }
  await axeClean(page);

  const width = async () => (await chart.locator('svg').boundingBox())!.width;
  const textHeight = async () => (await chart.locator('svg text').first().boundingBox())!.height;
  const normal = { width: await width(), text: await textHeight() };
  await page.evaluate(() => localStorage.setItem('mzy-mode', JSON.stringify({ care: true })));
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await expect(chart.locator('svg')).toBeVisible();
  // 关怀版's larger type enlarges the whole chart, its words with it (1.5 ×).
  expect(await width()).toBeCloseTo(normal.width * 1.5, 0);
  expect(await textHeight()).toBeGreaterThan(normal.text * 1.4);
  await axeClean(page);
});

test.describe('the public statistics page with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('团河镇’s 6 people are shown, 堡子镇’s 2 only as “<5”, and the total leaves them out', async ({ page }) => {
    await page.goto('stats/');
    await page.getByLabel('县（区）').selectOption({ label: '会同县' });
    await page.getByRole('button', { name: '查看' }).click();
    await page.getByLabel('月份').selectOption('2026-11');
    await page.getByRole('button', { name: '查看' }).click();
    const table = page.getByRole('table', { name: /会同县 2026-11 各乡镇各救助项目的户数、人数和发放金额/ });
    await expect(table.getByRole('row', { name: /团河镇/ })).toContainText(/3\s*6\s*1193\.00/);
    const small = table.getByRole('row', { name: /堡子镇/ });
    await expect(small.getByRole('cell', { name: /<5/ })).toHaveCount(3);
    await expect(small).not.toContainText('366');
    await expect(table.getByRole('row', { name: /合计：最低生活保障/ })).toContainText('没有计入合计');
  });
});

test('the public statistics page: axe 0 in normal and 关怀版', async ({ page }) => {
  await page.goto('stats/?county=431225&month=2026-11');
  await expect(page.getByRole('heading', { level: 2, name: /会同县 2026-11/ })).toBeVisible();
  await axeClean(page);
  await page.getByRole('button', { name: '关怀版(大字)' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await axeClean(page);
});
