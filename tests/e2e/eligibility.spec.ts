import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import sample from '../fixtures/eligibility-sample.json' with { type: 'json' };
import reasons from '../../content/locales/zh-CN/eligibility.json' with { type: 'json' };
import strings from '../../content/locales/zh-CN/check.json' with { type: 'json' };
import { WECHAT_PHONE, axeTags, noSidewaysScroll } from './support/services.ts';

test.use(WECHAT_PHONE);

// The samples state their figures as current ("会同县 2022 …"): the browser's clock is set to a day when they were.
const SAMPLE_DAY = new Date('2023-06-01T12:00:00+08:00');
type SampleMember = { age: number; disabilityGrade?: number; disabilityType?: string; hasSupporter?: boolean; canWork?: boolean; retiredFromPublicSector?: boolean; retiredFromEnterprise?: boolean };
const yesNo = (v: boolean) => (v ? strings['member.yes'] : strings['member.no']);

const verdict = { true: reasons['answer.yes'], false: reasons['answer.no'], maybe: reasons['answer.maybe'] } as const;

/** Opens the page and waits for the island: Astro drops `ssr` once hydrated; a click before would submit the plain form. */
async function openCheck(page: Page, path: string) {
  await page.goto(path);
  await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
}

async function fillHousehold(page: Page, c: { county: string; hukou: string; members: SampleMember[]; monthlyIncome: number }) {
  await page.getByLabel('您家户口在哪个县(市、区)？').selectOption(c.county);
  await page.getByLabel(c.hukou === 'urban' ? '城镇户口' : '农村户口').check();
  for (const [i, member] of c.members.entries()) {
    if (i > 0) await page.getByRole('button', { name: '再加一个人' }).click();
    const person = page.getByRole('group', { name: `第${i + 1}个人` });
    await person.getByLabel('多大年纪（周岁）').fill(String(member.age));
    if (member.disabilityGrade !== undefined) await person.getByLabel('有残疾证吗？').selectOption(String(member.disabilityGrade));
    if (member.disabilityType !== undefined) await person.getByLabel(strings['member.disabilityType']).selectOption(member.disabilityType);
    if (member.canWork !== undefined) await person.getByLabel(strings['member.canWork']).selectOption({ label: yesNo(member.canWork) });
    if (member.hasSupporter !== undefined) await person.getByLabel(strings['member.hasSupporter']).selectOption({ label: yesNo(member.hasSupporter) });
    if (member.retiredFromPublicSector) await person.getByLabel(strings['member.retiredFrom']).selectOption('public-sector');
    if (member.retiredFromEnterprise) await person.getByLabel(strings['member.retiredFrom']).selectOption('enterprise');
  }
  await page.getByLabel('全家每月一共收入多少元？').fill(String(c.monthlyIncome));
  await page.getByRole('button', { name: '看看能申请什么' }).click();
}

for (const c of sample.cases) {
  test(`self-check "${c.id}" shows the expected answers`, async ({ page }) => {
    await page.clock.setFixedTime(SAMPLE_DAY);
    await openCheck(page, 'check/');
    await fillHousehold(page, c);
    await expect(page.getByRole('heading', { name: '您家可能能申请的帮助' })).toBeFocused();
    await expect(page.getByText(reasons['answer.note'])).toBeVisible();
    for (const [id, expected] of Object.entries(c.expect) as [string, { eligible: boolean | 'maybe'; monthly?: number }][]) {
      const card = page.locator(`.answer[data-programme="${id}"]`);
      await expect(card.locator('.verdict')).toHaveText(verdict[String(expected.eligible) as keyof typeof verdict]);
      if (expected.monthly !== undefined) await expect(card.locator('.estimate')).toHaveText(`估计每月${expected.monthly}元`);
      if (expected.eligible !== false) await expect(card.getByRole('link', { name: /在网上申请|去哪里办/ })).toBeVisible();
      await expect(card.getByRole('link', { name: /怎么办/ })).toHaveAttribute('href', new RegExp(`/policy/${id}/$`));
    }
  });
}

test('the dated source of the standard is shown next to the answer', async ({ page }) => {
  await openCheck(page, 'check/');
  await fillHousehold(page, sample.cases[0]!);
  await expect(page.locator('.answer[data-programme="dibao"]')).toContainText('会同县民政局2022年上半年工作总结(2022-09-01)（2022年标准）');
});

test('a figure more than two years old carries a plain warning, and just above it the answer is "maybe"', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-01T10:00:00+08:00'));
  await openCheck(page, 'check/');
  await fillHousehold(page, { county: '431225', hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 450 });
  const dibao = page.locator('.answer[data-programme="dibao"]');
  await expect(dibao.locator('.verdict')).toHaveText(verdict.maybe);
  await expect(dibao).toContainText('这是2022年的标准，现在的标准请问乡镇民政办。');
});

test('links lead to applying online only where the programme can be applied for online, else to where it is handled', async ({ page }) => {
  await page.clock.setFixedTime(SAMPLE_DAY);
  await openCheck(page, 'check/');
  await fillHousehold(page, { county: '431225', hukou: 'rural', members: [{ age: 66 }], monthlyIncome: 450 });
  const dishouru = page.locator('.answer[data-programme="dishouru"]');
  await expect(dishouru.locator('.verdict')).toHaveText(verdict.true);
  await expect(dishouru.getByRole('link', { name: /在网上申请/ })).toHaveCount(0);
  await expect(dishouru.getByRole('link', { name: /去哪里办/ })).toHaveAttribute('href', /\/policy\/dishouru\/#where$/);
});

test('the kind of disability is asked once a grade is chosen, and decides 特困 (民发〔2021〕43号 §5)', async ({ page }) => {
  await page.clock.setFixedTime(SAMPLE_DAY);
  await openCheck(page, 'check/');
  await fillHousehold(page, { county: '431225', hukou: 'rural', members: [{ age: 45, disabilityGrade: 2, disabilityType: 'hearing', hasSupporter: false }], monthlyIncome: 0 });
  await expect(page.locator('.answer[data-programme="tekun"] .verdict')).toHaveText(verdict.false);
  await page.getByLabel(strings['member.disabilityType']).selectOption('physical');
  await page.getByRole('button', { name: '看看能申请什么' }).click();
  await expect(page.locator('.answer[data-programme="tekun"] .verdict')).toHaveText(verdict.true);
  await expect(page.locator('.answer[data-programme="tekun"]')).toContainText('只能选一样');
});

test('elders are asked where they retired from (瓮安 高龄补贴: 国家机关、企事业单位退休人员除外)', async ({ page }) => {
  await openCheck(page, 'check/');
  await fillHousehold(page, { county: '522725', hukou: 'urban', members: [{ age: 85, retiredFromEnterprise: true }], monthlyIncome: 5000 });
  await expect(page.locator('.answer[data-programme="gaoling-jintie"] .verdict')).toHaveText(verdict.false);
  await page.getByLabel(strings['member.retiredFrom']).selectOption('none');
  await page.getByRole('button', { name: '看看能申请什么' }).click();
  await expect(page.locator('.answer[data-programme="gaoling-jintie"] .estimate')).toHaveText('估计每月50元');
});

test('a missing answer is reported in a focused summary that links to the field, and nothing typed is lost', async ({ page }) => {
  await openCheck(page, 'check/');
  await page.getByLabel('全家每月一共收入多少元？').fill('800');
  await page.getByRole('button', { name: '看看能申请什么' }).click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: '请填第1个人的年纪，只填数字，比如 45' }).click();
  await expect(page.getByLabel('多大年纪（周岁）')).toBeFocused();
  await expect(page.getByLabel('全家每月一共收入多少元？')).toHaveValue('800');
});

test('the check works offline: no request leaves the page when answering', async ({ page, context }) => {
  await openCheck(page, 'check/');
  await page.waitForLoadState('networkidle');
  await context.setOffline(true);
  await fillHousehold(page, sample.cases[2]!);
  await expect(page.locator('.answer[data-programme="gaoling-jintie"] .estimate')).toHaveText('估计每月50元');
});

test('English page answers in English', async ({ page }) => {
  await openCheck(page, 'en/check/');
  await page.getByLabel('Which county or district is your household registered in?').selectOption('431225');
  await page.getByLabel('Urban').check();
  await page.getByLabel('Age in years').fill('35');
  await page.getByLabel(/monthly|each month/).fill('300');
  await page.getByRole('button', { name: 'See what we can apply for' }).click();
  await expect(page.locator('.answer[data-programme="dibao"] .verdict')).toHaveText('You can apply');
});

for (const path of ['check/', 'en/check/']) {
  test(`axe and 200 % text at 360 px: ${path}`, async ({ page }) => {
    await openCheck(page, path);
    // Answers in Chinese, errors in English: both states are checked.
    if (path === 'check/') await fillHousehold(page, sample.cases[3]!);
    else {
        await page.getByRole('button', { name: 'See what we can apply for' }).click();
    }
    for (const care of [false, true]) {
      await page.evaluate((on) => (on ? document.documentElement.setAttribute('data-care', '') : document.documentElement.removeAttribute('data-care')), care);
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await noSidewaysScroll(page);
  });
}
