// Issue 9's proof: one 低保 case from a resident's online application to a payment, every step taken in the console by
// the role it belongs to, while the applicant's 查进度 (its own browser) shows every step done with its date. The
// county decides only after the 7 days of 公示 and pays in the month the approval starts: the walk runs on a server of
// its own (support/walkServer.ts: the real server, its clock moved by the test), so those days pass in a moment.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { addDays } from '../../api/domain/calendarDate.ts';
import { nextMonth } from '../../api/domain/workflow.ts';
import { smallJpeg } from './support/applying.ts';
import { demoStaff, signInWithKeyboard, type StaffLogin } from './support/staff.ts';
import { startWalkServer, type WalkServer } from './support/walkServer.ts';
import { freshIdNumber } from './support/people.ts';

let walk: WalkServer;
test.beforeAll(async () => {
  walk = await startWalkServer();
});
test.afterAll(async () => {
  await walk?.close();
});

const submit = (page: Page) => page.locator('.apply button[type=submit]').click();
const newPage = async (browser: Browser) => (await browser.newContext({ baseURL: walk.url })).newPage();

/** The resident's own form, screen by screen, for a household no other case knows (一户一案). */
async function applyOnline(page: Page, idNumber: string): Promise<string> {
  await page.goto('apply/#programme=dibao');
  await expect(page.locator('#apply-programme-0')).toBeChecked();
  await submit(page);
  await page.locator('#apply-county').selectOption('431225');
  await page.locator('#apply-township').selectOption('林城镇');
  await page.locator('#apply-village').selectOption({ label: '改河社区' });
  await submit(page);
  await page.getByLabel('城镇户口').check();
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('您的姓名、身份证号码和电话');
  await page.locator('#apply-applicant-name').fill('覃金花');
  await page.locator('#apply-applicant-id').fill(idNumber);
  await page.locator('#apply-applicant-phone').fill('13800138000');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('和申请人一起生活的家庭成员');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('每个人每月有多少收入？');
  await page.locator('#apply-income-0').fill('300');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('您家有哪些存款和财产？');
  await page.locator('#apply-savings').fill('1500');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('为什么要申请？');
  await page.locator('#apply-reason').fill('一个人生活，腿脚不好，没有别的收入。');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('家里有没有人是民政经办人员或村(居)干部的近亲属？');
  await page.locator('input[name="apply-near-kin"]').and(page.getByLabel('没有')).check();
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('同意核对家庭经济状况');
  await page.locator('#apply-consent-0').check();
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('上传证件和材料的照片');
  await page.locator('#apply-photos').setInputFiles({ name: 'hukou.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(page.locator('.upload-list')).toContainText('hukou.jpg 已上传');
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('提交前再看一遍');
  await page.locator('#apply-promise').check();
  await submit(page);
  await expect(page.locator('.screen-heading')).toHaveText('申请已经提交');
  return (await page.locator('#done-case-number').textContent())!.replace(/\s/g, '');
}

/** The applicant's 查进度, looked up afresh with the case number and the last 6 of the ID number. */
function applicantLookup(page: Page, caseNumber: string, idNumber: string) {
  const details = page.locator('.case-details');
  const step = (title: string) => details.locator('.timeline li').filter({ has: page.locator('.step-name', { hasText: title }) });
  return {
    details,
    step,
    async open() {
      await page.goto('case/');
      await page.getByLabel('受理编号').fill(caseNumber);
      await page.getByLabel('查询码或身份证号码后6位').fill(idNumber.slice(-6));
      await page.getByRole('button', { name: '查询' }).click();
      await expect(details.getByRole('heading', { name: /^受理编号/ })).toBeVisible();
    },
    async showsDone(title: string, on: string) {
      await this.open();
      await expect(step(title)).toContainText(`已办完，${on}`);
    },
  };
}

async function openCase(page: Page, caseNumber: string) {
  await page.goto(`staff/case/#n=${caseNumber}`);
  await expect(page.getByRole('heading', { name: `案件 ${formatCaseNo(caseNumber)}` })).toBeVisible();
}

/** An officer's own browser, signed in (with the authenticator's code of the server's moment where the role has one), on the case. */
async function staffConsole(browser: Browser, username: string, caseNumber: string) {
  const page = await newPage(browser);
  const login = await demoStaff(username, walk.credentialsFile);
  await signInWithKeyboard(page, login, walk.clock.now);
  await openCase(page, caseNumber);
  return { page, login };
}

/** Days have passed on the server: the console's session has ended (idle 30 minutes, 12 hours at most) and says so; the officer signs in again. */
async function signInAgain(page: Page, login: StaffLogin) {
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('您还没有登录，或者登录已过期。');
  await page.getByRole('link', { name: '去登录' }).click();
  await signInWithKeyboard(page, login, walk.clock.now);
}

/** The allowed action's form on the console's case page (found by its heading), filled by `fill`, then submitted. */
async function act(page: Page, title: string, fill: (form: ReturnType<Page['locator']>) => Promise<void> = async () => {}) {
  const form = page.locator('form.action-form', { has: page.getByRole('heading', { name: title, exact: true }) });
  await expect(form).toBeVisible();
  await fill(form);
  await form.getByRole('button', { name: `提交：${title}` }).click();
  await expect(page.locator('.case-message')).toHaveText(`已办理：${title}。`);
}

test('one 低保 case from the online form to a payment, the applicant seeing each step done with its date', async ({ browser }) => {
  test.setTimeout(300_000);
  const today = walk.clock.today();
  const idNumber = freshIdNumber('431225', 1952);
  const caseNumber = await applyOnline(await newPage(browser), idNumber);
  const applicant = applicantLookup(await newPage(browser), caseNumber, idNumber);
  await applicant.showsDone('提交申请', today);

  const { page: clerk } = await staffConsole(browser, 'linchen-jingban', caseNumber);
  await act(clerk, '一次性告知需补正的材料', (f) => f.getByLabel('需补正的材料（一次性全部列出）').fill('户口簿(全家每一页)的照片\n收入证明的照片'));
  await applicant.open();
  await expect(applicant.details.getByRole('heading', { name: '需要补充材料（需补正）' })).toBeVisible();
  await expect(applicant.details).toContainText('收入证明的照片');
  await expect(applicant.step('乡镇受理')).toContainText('正在办');

  // The applicant uploads the missing photo from 查进度.
  await applicant.details.getByLabel('选择补充材料的照片').setInputFiles({ name: 'shouru.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(applicant.details.locator('.upload-list')).toContainText('shouru.jpg 已上传');
  await applicant.details.getByRole('button', { name: '交补充材料' }).click();
  await expect(applicant.details.locator('.supplement-status')).toContainText('补充材料已经交上');

  // The clerk sees the upload, records the documents complete and accepts.
  await clerk.reload();
  await expect(clerk.getByRole('link', { name: /^打开照片 2（/ })).toBeVisible();
  await act(clerk, '登记已补齐材料');
  await act(clerk, '受理');
  await applicant.showsDone('乡镇受理', today);

  await act(clerk, '登记家庭经济状况核对结果', (f) => f.getByLabel('结果').fill('核对完成：家庭人均收入与财产已比对，低于本县城市低保标准'));
  // 核对 alone does not finish the step: it also needs the home visit.
  await applicant.open();
  await expect(applicant.step('核对家庭经济状况、入户调查')).toContainText('正在办');
  await expect(clerk.getByText(`${today}：核对完成`).first()).toBeVisible();

  await act(clerk, '登记入户调查', async (f) => {
    await f.getByLabel('调查人员（至少两人）').fill('杨立新\n吴晓梅');
    await f.getByLabel('调查日期').fill(today);
  });
  await expect(clerk.getByText(new RegExp(`${today}，调查人员：杨立新.+吴晓梅`)).first()).toBeVisible();
  await applicant.showsDone('核对家庭经济状况、入户调查', today);

  // 会同县 keeps 民主评议 for 低保.
  await act(clerk, '登记民主评议', (f) => f.getByLabel('结果').fill('居民代表评议：情况属实'));
  await applicant.showsDone('民主评议', today);

  const { page: reviewer } = await staffConsole(browser, 'linchen-shenhe', caseNumber);
  await act(reviewer, '乡镇审核', async (f) => {
    await f.getByLabel('同意', { exact: true }).check();
    await f.getByLabel('理由').fill('经审核，情况属实，建议批准');
  });
  await applicant.showsDone('乡镇审核', today);

  await clerk.reload();
  await act(clerk, '发布公示', async (f) => {
    await f.getByLabel('开始日期').fill(today);
    await f.getByLabel('公示地点').fill('林城镇改河社区居务公开栏');
    await f.getByLabel(/^拟保障金额/).fill('375');
  });
  const noticeTo = addDays(today, 6);
  await applicant.open();
  await expect(applicant.details).toContainText(today);
  await expect(applicant.details).toContainText(noticeTo);
  await expect(applicant.step('在村（社区）公示7天')).toContainText('正在办');

  // The county approver signs in with the authenticator code; while the 公示 runs, 批准 is not offered.
  const { page: approver, login: approverLogin } = await staffConsole(browser, 'huitong-shenpi', caseNumber);
  await expect(approver.locator('.summary-list').first()).toContainText('公示');
  await expect(approver.getByRole('heading', { name: '批准', exact: true })).toHaveCount(0);

  // A week later, the day after the 公示's last day, without objections: the approver approves from the next month.
  const decidedOn = addDays(noticeTo, 1);
  const fromMonth = nextMonth(decidedOn.slice(0, 7));
  walk.clock.moveTo(decidedOn);
  await signInAgain(approver, approverLogin);
  await openCase(approver, caseNumber);
  await act(approver, '批准', async (f) => {
    await f.getByLabel('金额（元/月）').fill('375');
    await f.getByLabel('起始月份').fill(fromMonth);
  });
  await expect(approver.getByText(`每月375元，从${fromMonth}起`)).toBeVisible();
  await applicant.showsDone('在村（社区）公示7天', noticeTo);
  await expect(applicant.step('县民政局审批')).toContainText('已办完');
  await expect(applicant.step('作出决定')).toContainText(`已办完，${decidedOn}`);
  await expect(applicant.details.getByRole('heading', { name: '已经批准' })).toBeVisible();
  await expect(applicant.details).toContainText(`每月 375 元，从 ${fromMonth} 开始发。`);

  // The first month's 发放名册, on the 10th of that month: the approver opens the township's roll and records it paid.
  const paidOn = `${fromMonth}-10`;
  walk.clock.moveTo(paidOn);
  await signInAgain(approver, approverLogin);
  await approver.getByRole('link', { name: '发放名册' }).click();
  await approver.getByLabel('月份').fill(fromMonth);
  await approver.getByLabel('乡镇（不选为全县）').fill('林城镇');
  await approver.getByRole('button', { name: '查看名册' }).click();
  const line = approver.locator('.payment-roll tbody tr').filter({ hasText: formatCaseNo(caseNumber) });
  await expect(line).toContainText('375.00');
  await expect(line).toContainText('待发放');
  await approver.getByLabel('发放日期').fill(paidOn);
  await approver.getByRole('button', { name: '登记整册已发放' }).click();
  await expect(approver.getByRole('status')).toHaveText(/^已登记发放 \d+ 户；之前已发放 0 户。$/);
  await expect(line).toContainText(`已发放 ${paidOn}`);

  await openCase(approver, caseNumber);
  await expect(approver.getByText(`${fromMonth}：375元（${paidOn}发放）`)).toBeVisible();
  await applicant.open();
  await expect(applicant.details.getByRole('heading', { name: '发放记录' })).toBeVisible();
  await expect(applicant.details.locator('table tbody tr').filter({ hasText: fromMonth })).toContainText(paidOn);
});
