import { test, expect } from '@playwright/test';
import { builtPages } from '../support/built-pages.ts';

const sections = ['是什么', '谁可以申请', '能得到什么', '要带什么材料', '怎么办理', '在哪里办', '常见问题', '政策依据', '更新日期'];
const policyPages = builtPages().filter((p) => /^policy\/[^/]+\/$/.test(p));

test('all 22 catalog programmes have a page', () => {
  expect(policyPages.length).toBe(22);
});

for (const path of policyPages) {
  test(`${path} answers the same questions in the same order`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('article h2')).toHaveText(sections);
    await expect(page.locator('.summary')).not.toBeEmpty();
  });
}

test('local standards carry year and source, and the reader can pick the county', async ({ page }) => {
  await page.goto('policy/dibao/');
  const table = page.locator('.standards table');
  await expect(table.getByRole('row', { name: /会同县.*城市低保标准.*600.*2022年/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /会同县.*城市低保标准/ })).toContainText('这是2022年的标准，现在的标准请问乡镇民政办');
  // 安顺's 4500元 is the 2018 plan's city-wide target for 2020, not a district's standard, and says so.
  await expect(table.getByRole('row', { name: /安顺市.*三年行动计划中的全市农村低保平均目标.*4,?500.*这是2020年的计划目标/ })).toBeVisible();
  await page.getByLabel('选择您所在的县(市)').selectOption({ label: '会同县' });
  await expect(table.getByRole('row', { name: /安顺市/ })).toBeHidden();
  await page.reload();
  await expect(page.getByLabel('选择您所在的县(市)')).toHaveValue('431225');
});

test('a figure without a year is not published', async ({ page }) => {
  // 瓮安县's 高龄补贴 of 50元 is quoted without a year in the source report.
  await page.goto('policy/gaoling-jintie/');
  const row = page.locator('.standards tr[data-region="522725"]');
  await expect(row).toContainText('还没有公布');
  await expect(row).not.toContainText('50');
});

test('English pages: translated ones in English, the rest in Chinese with a note', async ({ page }) => {
  await page.goto('en/policy/gaoling-jintie/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('article h2').first()).toHaveText('What it is');
  await expect(page.locator('.note')).toHaveCount(0);
  await page.goto('en/policy/binzang/');
  await expect(page.locator('.note')).toContainText('not been translated');
  await expect(page.locator('article')).toHaveAttribute('lang', 'zh-CN');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a policy page is fully readable', async ({ page }) => {
    await page.goto('policy/tekun/');
    await expect(page.locator('h1')).toContainText('特困');
    await expect(page.locator('#steps ~ ol li').first()).toBeVisible();
    await expect(page.locator('.standards, #basis')).not.toHaveCount(0);
  });
});
