import { test, expect } from '@playwright/test';

// The home page's life situations list what fits best first (issue 7: 家里有老人 → 高龄津贴 first).
test('家里有老人 lists 高龄津贴 first, 生病了 医疗救助, 遭灾了 受灾人员救助, 家里有残疾人 the two allowances', async ({ page }) => {
  await page.goto('');
  const first = (name: string) => page.getByRole('region', { name }).getByRole('link').first();
  await expect(first('家里有老人')).toHaveAttribute('href', /\/policy\/gaoling-jintie\/$/);
  await expect(first('家里有老人')).toContainText('高龄');
  await expect(first('生病了')).toHaveAttribute('href', /\/policy\/yiliao-jiuzhu\/$/);
  await expect(first('遭灾了')).toHaveAttribute('href', /\/policy\/shouzai-jiuzhu\/$/);
  await expect(first('家里有残疾人')).toHaveAttribute('href', /\/policy\/canji-butie\/$/);
  await expect(first('家里生活困难')).toHaveAttribute('href', /\/policy\/dibao\/$/);
});

test('the English home page orders its situations the same way', async ({ page }) => {
  await page.goto('en/');
  const elderly = page.locator('section[aria-labelledby="s-elderly"]').getByRole('link').first();
  await expect(elderly).toHaveAttribute('href', /\/en\/policy\/gaoling-jintie\/$/);
});
