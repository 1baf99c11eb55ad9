// Issue 10's proof for 公示 online: a case goes to 公示 in the console and its notice appears on the village page with the
// masked name only (also with JavaScript off); an objection filed there pauses the case and the applicant's 查进度 says
// so; the township resolves it in the console, the case resumes and the objector reads the finding; axe finds nothing
// on the new pages, in normal and 关怀版.
import { randomUUID } from 'node:crypto';
import { test, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { addDays, chinaDate } from '../../api/domain/calendarDate.ts';
import { axeTags } from './support/services.ts';
import { demoStaff, signInWithKeyboard } from './support/staff.ts';
import { pageCount, printA4, readQr, siteOrigin } from './support/printing.ts';
import { ownClient } from './support/client.ts';
import { takeSteps, toTownshipReview } from './support/casework.ts';
import { freshIdNumber } from './support/people.ts';

const today = chinaDate(new Date());
const noticeTo = addDays(today, 6);
// A rare character outside the BMP (𠮷, U+20BB7) begins the name: the notice shows 𠮷*花, never the whole name.
const NAME = '𠮷金花';
const MASKED = '𠮷*花';

async function fileClaim(browser: Browser, idNumber: string, name = NAME): Promise<string> {
  const request = (await browser.newContext()).request;
  const claim = {
    programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', hukou: 'urban',
    applicant: { name, idNumber, phone: '13800138000' }, members: [{ name, idNumber, relation: 'self' }],
    incomes: [{ memberIndex: 0, kind: 'pension', monthly: 300 }], assets: { description: '自住房一处' }, reason: '年老体弱，收入很少。',
    nearKinDeclaration: { hasNearKin: false }, financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  const res = await request.post('api/cases', { data: claim, headers: { 'idempotency-key': randomUUID(), ...ownClient() } });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { caseNumber: string }).caseNumber;
}

async function console_(browser: Browser, username: string) {
  const page = await (await browser.newContext()).newPage();
  await signInWithKeyboard(page, await demoStaff(username));
  return page;
}

async function openCase(page: Page, caseNumber: string) {
  await page.goto(`staff/case/#n=${caseNumber}`);
  await expect(page.getByRole('heading', { name: `案件 ${formatCaseNo(caseNumber)}` })).toBeVisible();
}

async function act(page: Page, title: string, fill: (form: ReturnType<Page['locator']>) => Promise<void>) {
  const form = page.locator('form.action-form', { has: page.getByRole('heading', { name: title, exact: true }) });
  await fill(form);
  await form.getByRole('button', { name: `提交：${title}` }).click();
  await expect(page.locator('.case-message')).toHaveText(`已办理：${title}。`);
}

async function applicantSees(page: Page, caseNumber: string, idNumber: string) {
  await page.goto('case/');
  await page.getByLabel('受理编号').fill(caseNumber);
  await page.getByLabel('查询码或身份证号码后6位').fill(idNumber.slice(-6));
  await page.getByRole('button', { name: '查询' }).click();
  const details = page.locator('.case-details');
  await expect(details.getByRole('heading', { name: /^受理编号/ })).toBeVisible();
  return details;
}

/** On A4 the village sheet is the list and its foot: no search form, no objection links, a QR code reading its address. */
async function villageSheetPrints(page: Page, url: string) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.notice-search')).toBeHidden();
  await expect(page.locator('.notice-table th.screen-only').first()).toBeHidden();
  await expect(page.locator('.notice-table tbody tr').first()).toBeVisible();
  const path = new URL(url).pathname + new URL(url).search;
  expect(await readQr(await page.locator('.sheet-foot svg').screenshot({ scale: 'device' }))).toBe(`${siteOrigin}${path}`);
  expect(pageCount(await printA4(page))).toBe(1);
  await page.emulateMedia({ media: 'screen' });
}

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('公示 in the console → the village page (masked, also without JavaScript) → an objection pauses the case → the township resolves it', async ({ browser }) => {
  test.setTimeout(240_000);
  const idNumber = freshIdNumber('431225', 1949);
  const caseNumber = await fileClaim(browser, idNumber);
  await takeSteps(caseNumber, toTownshipReview(today));

  // The clerk posts the 公示 in the console, with the amount the township proposes.
  const clerk = await console_(browser, 'linchen-jingban');
  await openCase(clerk, caseNumber);
  await act(clerk, '发布公示', async (f) => {
    await f.getByLabel('开始日期').fill(today);
    await f.getByLabel('公示地点').fill('林城镇改河社区居务公开栏');
    await f.getByLabel(/^拟保障金额/).fill('375');
  });

  // A villager's phone with JavaScript off: the village page lists the notice with the masked name only.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false, deviceScaleFactor: 3 })).newPage();
  await noScript.goto('notices/');
  await noScript.getByLabel('村（社区）名称').fill('改河');
  await noScript.getByRole('button', { name: '查找' }).click();
  const row = noScript.locator('.notice-table tbody tr').filter({ hasText: MASKED });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('1人');
  await expect(row).toContainText('375元/月');
  await expect(row).toContainText(`${today} 至 ${noticeTo}`);
  await expect(row).toContainText('林城镇改河社区居务公开栏');
  await expect(noScript.locator('main')).not.toContainText(NAME);
  await expect(noScript.locator('main')).not.toContainText('金花');
  // The printable village sheet carries its own address and a QR code back to it.
  await noScript.getByRole('link', { name: /只看改河社区的名单/ }).click();
  await expect(noScript).toHaveURL(/village=%E6%94%B9%E6%B2%B3%E7%A4%BE%E5%8C%BA/);
  await expect(noScript.locator('.sheet-foot svg[role=img]')).toHaveCount(1);
  await expect(noScript.locator('.sheet-url')).toContainText('/notices/?county=431225&township=');
  await villageSheetPrints(noScript, noScript.url());

  // The objection, filed from the same phone without JavaScript.
  await noScript.locator('.notice-table tbody tr').filter({ hasText: MASKED }).getByRole('link', { name: /提出异议/ }).click();
  await noScript.getByRole('button', { name: '提交异议' }).click();
  await expect(noScript.locator('.error-summary')).toContainText('请写上您对这条公示有什么异议。');
  await noScript.getByLabel('您的异议').fill('据我所知，这户的儿子在县城开店，收入不低。');
  await noScript.getByLabel('联系方式（可以不写）').fill('13900001111');
  await noScript.getByRole('button', { name: '提交异议' }).click();
  await expect(noScript.getByRole('heading', { name: '已经收到您的异议' })).toBeVisible();
  const trackingNumber = (await noScript.locator('#filed-tracking-number').textContent())!;
  const queryCode = (await noScript.locator('#filed-query-code').textContent())!;
  expect(trackingNumber.replace(/\s/g, '')).toMatch(/^5\d{10}$/);

  // The applicant's 查进度: a question was raised, the case is paused — not who asked, not what.
  const applicant = await (await browser.newContext()).newPage();
  let details = await applicantSees(applicant, caseNumber, idNumber);
  await expect(details.getByRole('heading', { name: '公示期间有人提出了疑问' })).toBeVisible();
  await expect(details).toContainText('乡镇（街道）正在核实，核实期间暂停办理');
  await expect(details.locator('.timeline li[aria-current=step]')).toContainText('暂停：正在核实公示期间提出的疑问');
  await expect(details).not.toContainText('县城');
  await expect(details).not.toContainText('13900001111');

  // The township's queue lists it first, flagged and with no due date; the case page shows the objection.
  await clerk.goto('staff/queue/');
  const first = clerk.locator('table.queue tbody tr').first();
  await expect(first).toContainText(formatCaseNo(caseNumber));
  await expect(first).toContainText('公示有异议，暂停');
  await openCase(clerk, caseNumber);
  await expect(clerk.locator('.objection-text')).toHaveText('据我所知，这户的儿子在县城开店，收入不低。');
  await expect(clerk.locator('.objections')).not.toContainText('13900001111');
  await clerk.getByRole('button', { name: /显示异议人留的联系方式/ }).click();
  await expect(clerk.locator('.objection-contact')).toHaveText('13900001111');
  await noAxeViolations(clerk);
  await act(clerk, '核查公示异议', async (f) => {
    await f.getByLabel('异议不成立，公示继续').check();
    await f.getByLabel(/^核查情况/).fill('经入户核实，其子在外务工收入已计入家庭收入，异议不成立。');
  });
  await expect(clerk.locator('.objections')).toContainText('异议不成立，公示继续');
  await expect(clerk.locator('.summary-list').first()).toContainText(noticeTo);

  // The case resumes: the applicant sees the 公示 running to its posted end again.
  details = await applicantSees(applicant, caseNumber, idNumber);
  await expect(details).toContainText(`${today}已经核实：不影响您的申请，继续办理。`);
  await expect(details.locator('.timeline li[aria-current=step]')).toContainText(`正在办，最晚 ${noticeTo} 前办完`);

  // The objector reads the outcome by number and code, without JavaScript.
  await noScript.goto('notices/lookup/');
  await noScript.getByLabel('异议编号（11位数字）').fill(trackingNumber);
  await noScript.getByLabel('查询码（8位数字）').fill(queryCode);
  await noScript.getByRole('button', { name: '查询' }).click();
  await expect(noScript.locator('#lookup-status')).toHaveText('异议不成立，公示继续。');
  await expect(noScript.locator('#lookup-finding')).toHaveText('经入户核实，其子在外务工收入已计入家庭收入，异议不成立。');
});

for (const [mode, setting, name] of [['normal', {}, '覃秀英'], ['关怀版', { care: true }, '杨秀珍']] as const) {
  test(`axe: the 公示 pages with notices on them (${mode})`, async ({ browser }) => {
    const page = await (await browser.newContext()).newPage();
    await page.addInitScript((s) => localStorage.setItem('mzy-mode', JSON.stringify(s)), setting);
    const idNumber = freshIdNumber('431225', 1949);
    const caseNumber = await fileClaim(browser, idNumber, name);
    await takeSteps(caseNumber, toTownshipReview(today));
    const clerk = await console_(browser, 'linchen-jingban');
    await openCase(clerk, caseNumber);
    await act(clerk, '发布公示', async (f) => {
      await f.getByLabel('开始日期').fill(today);
      await f.getByLabel('公示地点').fill('改河社区居务公开栏');
      await f.getByLabel(/^拟保障金额/).fill('420');
    });
    for (const path of ['notices/', 'notices/?county=431225&township=%E6%9E%97%E5%9F%8E%E9%95%87&village=%E6%94%B9%E6%B2%B3%E7%A4%BE%E5%8C%BA', 'notices/archive/', 'notices/lookup/', 'en/notices/']) {
      await page.goto(path);
      await expect(page.locator('[data-live=filled]')).toHaveCount(1);
      await noAxeViolations(page);
    }
    await page.goto('notices/');
    await page.locator('.notice-table tbody tr').first().getByRole('link', { name: /提出异议/ }).click();
    await noAxeViolations(page);
    // The form with its errors shown, and the lookup that found nothing.
    await page.getByRole('button', { name: '提交异议' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await noAxeViolations(page);
    await page.goto('notices/lookup/');
    await page.getByLabel('异议编号（11位数字）').fill('50000000000');
    await page.getByLabel('查询码（8位数字）').fill('12345678');
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await noAxeViolations(page);
    if (mode === '关怀版') {
      // Targets stay at least 60 px tall in 关怀版 (MIIT 2021) on the live part too.
      await page.goto('notices/');
      const heights = await page.evaluate(() => [...document.querySelectorAll('[data-live] a, [data-live] button, [data-live] input, [data-live] select')].map((e) => e.getBoundingClientRect().height));
      expect(Math.min(...heights)).toBeGreaterThanOrEqual(60);
    }
  });
}
