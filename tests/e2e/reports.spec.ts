// Issue 10 in the browser: a 举报 filed on /report/ (with a photo), taken up and answered by the county in the console,
// read back by its number; a 不满意 rating in 查进度 opens a follow-up the county answers and the rater then reads; the
// report form without JavaScript; axe 0 on every new page with its content, in normal and 关怀版.
import { randomUUID } from 'node:crypto';
import { test, expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openServices } from '../../api/openServices.ts';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { formatTrackingNumber } from '../../api/domain/trackingNumber.ts';
import { smallJpeg } from './support/applying.ts';
import { axeTags } from './support/services.ts';
import { extraClerk, signInWithKeyboard, type StaffLogin } from './support/staff.ts';
import { ownClient } from './support/client.ts';
import { freshIdNumber } from './support/people.ts';

const modes = { normal: {}, 关怀版: { care: true } } as const;

/** A county approver of 会同县 of this test's own (a TOTP code works once, so two tests never share one). */
async function extraApprover(username: string): Promise<StaffLogin> {
  const services = await openServices();
  try {
    const made = await addAccount(services, { username, role: 'county-approver', county: '431225', displayName: `${username}（测试）`, by: 'e2e' });
    return { username, password: made.password, totpSecret: made.totpSecret! };
  } finally {
    services.client.close();
  }
}

async function axeClean(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/**
 * axe on the page as it is now, then in 关怀版: the mode is remembered in localStorage and read on load, so it is set and
 * `reopen` brings the page back in the same tab (a staff sign-in lives in the tab's sessionStorage); then set back.
 */
async function axeBothModes(page: Page, what: string, reopen: (page: Page) => Promise<void>) {
  await axeClean(page, `${what} (normal)`);
  await page.evaluate((s) => localStorage.setItem('mzy-mode', JSON.stringify(s)), modes.关怀版);
  await reopen(page);
  await expect(page.locator('html')).toHaveAttribute('data-care', '');
  await axeClean(page, `${what} (关怀版)`);
  await page.evaluate(() => localStorage.removeItem('mzy-mode'));
}

async function approverConsole(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInWithKeyboard(page, await extraApprover(`hc-approver-${randomUUID().slice(0, 8)}`));
  return page;
}

test('a 举报 filed with a photo is taken up and answered by the county in the console, and read back by its number', async ({ page, browser }) => {
  test.slow(); // three browsers (resident, approver, resident again) and axe on each page
  await page.goto('report/');
  // The island's form (the server's plain one is in the page too, hidden while JavaScript runs).
  const form = page.locator('#report-form');
  await expect(page.getByRole('heading', { level: 1, name: '举报和问题' })).toBeVisible();
  await expect(page.getByText('《信访工作条例》第二十三条')).toBeVisible();
  // Nothing chosen: the errors say what is missing, next to each field.
  await form.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.error-summary')).toContainText('请选交给哪个县（区）的民政局。');
  await expect(page.locator('.error-summary')).toContainText('请写上您要反映的事情');
  await axeBothModes(page, 'report form with errors', async (p) => { await p.goto('report/'); await p.locator('#report-form').getByRole('button', { name: '提交' }).click(); await expect(p.locator('.error-summary')).toBeVisible(); });

  await form.getByLabel('交给哪个县（区）的民政局').selectOption({ label: '会同县' });
  await form.getByLabel('某个人的做法（比如工作人员、村干部）').check();
  await form.getByLabel('乡镇（街道）的工作人员').check();
  await form.getByLabel('乡镇（街道）', { exact: true }).fill('林城镇');
  const story = `林城镇有工作人员办低保要收好处费，${randomUUID().slice(0, 6)}。`;
  await form.getByLabel('具体情况').fill(story);
  await page.locator('#report-photos').setInputFiles({ name: 'receipt.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(page.locator('.upload-list')).toContainText('receipt.jpg');
  await expect(page.locator('.upload-list')).toContainText('已上传');
  await form.getByLabel('联系方式（可以不写）').fill('13907450000');
  await form.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: '已经收到' })).toBeFocused();
  const trackingNumber = (await page.locator('#filed-tracking-number').innerText()).replace(/\s/g, '');
  const queryCode = await page.locator('#filed-query-code').innerText();
  expect(trackingNumber).toMatch(/^6\d{10}$/);
  expect(queryCode).toMatch(/^\d{8}$/);
  await axeBothModes(page, 'report filed', async (p) => {
    // A second, anonymous question, so that the answer is seen in 关怀版 too.
    await p.goto('report/');
    const again = p.locator('#report-form');
    await again.getByLabel('咨询政策、提问题').check();
    await again.getByLabel('交给哪个县（区）的民政局').selectOption({ label: '会同县' });
    await again.getByLabel('某一项政策或救助（比如低保给错了人）').check();
    await again.getByLabel('哪一项政策或救助').selectOption({ label: '高龄津贴' });
    await again.getByLabel('具体情况').fill('高龄津贴每个月什么时候发？');
    await again.getByRole('button', { name: '提交' }).click();
    await expect(p.getByRole('heading', { name: '已经收到' })).toBeFocused();
  });

  // The county's approver finds it in the inbox, opens it, sees what was written and the photo, not the contact.
  const county = await approverConsole(browser);
  await county.getByRole('link', { name: '举报和回访' }).click();
  const row = county.locator('table.queue tbody tr', { hasText: formatTrackingNumber(trackingNumber) });
  await expect(row).toContainText('人员：乡镇（街道）的工作人员，林城镇');
  await expect(row).toContainText('待决定是否受理');
  await axeBothModes(county, 'inbox', async (p) => { await p.reload(); await expect(p.locator('table.queue').first()).toBeVisible(); });
  await county.goto(`staff/report/#n=${trackingNumber}`);
  await expect(county.getByText(story)).toBeVisible();
  await expect(county.locator('body')).not.toContainText('13907450000');
  const photo = await county.context().request.get((await county.getByRole('link', { name: '照片1' }).getAttribute('href'))!);
  expect(photo.status()).toBe(200);
  expect(photo.headers()['content-type']).toBe('image/jpeg');
  await axeBothModes(county, 'report page', async (p) => { await p.reload(); await expect(p.getByText(story)).toBeVisible(); });
  await county.getByRole('button', { name: '显示反映人留的联系方式（会记入审计记录）' }).click();
  await expect(county.locator('#report-contact')).toHaveText('13907450000');

  await county.locator('#act-accept').click();
  await expect(county.getByRole('status').first()).toHaveText('已办理：受理。');
  await expect(county.locator('.summary-list')).toContainText('已受理，待答复');
  const answer = '经县民政局调查核实，反映的情况属实，已责令退还并移交县纪委监委处理。';
  await county.getByRole('textbox', { name: '答复', exact: true }).fill(answer);
  await county.getByRole('button', { name: '答复', exact: true }).click();
  await expect(county.locator('.summary-list')).toContainText('已答复');

  // The reporter reads the answer by number and code (a plain form the server answers).
  await page.goto('report/lookup/');
  await page.getByLabel('编号（11位数字）').fill(trackingNumber);
  await page.getByLabel('查询码（8位数字）').fill(queryCode === '00000000' ? '11111111' : '00000000');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('.error-summary')).toContainText('没有找到这个编号，或者查询码不对');
  await page.getByLabel('查询码（8位数字）').fill(queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('#lookup-status')).toHaveText('已答复');
  await expect(page.locator('#lookup-answer')).toHaveText(answer);
  await axeClean(page, 'report lookup answered (normal)');
});

test('a township clerk has no inbox: not in the bar, and the page says county accounts only', async ({ page }) => {
  await signInWithKeyboard(page, await extraClerk(`linchen-inbox-${Date.now()}`));
  await expect(page.getByRole('link', { name: '举报和回访' })).toHaveCount(0);
  await page.goto('staff/reports/');
  await expect(page.getByText('只有县级账号能看举报和差评回访。')).toBeVisible();
});

test('without JavaScript the report form still files (no photos) and shows the number and code', async ({ browser }) => {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto('report/');
  await expect(page.getByText('这个浏览器没有打开JavaScript')).toBeVisible();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.error-summary')).toContainText('请选交给哪个县（区）的民政局。');
  await expect(page.locator('.error-summary')).toContainText('请写上您要反映的事情');
  await page.getByLabel('咨询政策、提问题').check();
  await page.getByLabel('交给哪个县（区）的民政局').selectOption({ label: '会同县' });
  await page.getByLabel('某一项政策或救助（比如低保给错了人）').check();
  await page.getByLabel('哪一项政策或救助').selectOption({ label: '高龄津贴' });
  await page.getByLabel('具体情况').fill('家里老人今年满八十岁，高龄津贴怎么申请？');
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByRole('heading', { name: '已经收到' })).toBeVisible();
  await expect(page.locator('#filed-tracking-number')).toHaveText(/^7\d{3} \d{4} \d{3}$/);
});

test('the plain form passes axe too, in normal and 关怀版 (shown beside the island, as axe needs JavaScript)', async ({ page }) => {
  const plain = async (p: Page) => {
    await p.goto('report/');
    await expect(p.locator('.report-form').first()).toBeVisible();
    await p.evaluate(() => document.documentElement.removeAttribute('data-js'));
    await expect(p.locator('.report-nojs')).toBeVisible();
  };
  await plain(page);
  await axeBothModes(page, 'plain report form', plain);
});

/** A claim filed and not accepted by the township (不予受理): the case has ended. */
async function endedCase(request: APIRequestContext): Promise<{ caseNumber: string; queryCode: string }> {
  const idNumber = freshIdNumber('431225', 1946);
  const claim = {
    programme: 'dibao', county: '431225', township: '林城镇', village: '改河社区', hukou: 'urban',
    applicant: { name: '向秀兰', idNumber, phone: '13800138000' }, members: [{ name: '向秀兰', idNumber, relation: 'self' }],
    incomes: [{ memberIndex: 0, kind: 'pension', monthly: 300 }], assets: { description: '自住房一处' }, reason: '年老体弱，收入很少。',
    nearKinDeclaration: { hasNearKin: false }, financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  const filed = await request.post('api/cases', { data: claim, headers: { 'idempotency-key': randomUUID(), ...ownClient() } });
  expect(filed.status()).toBe(201);
  const { caseNumber, queryCode } = (await filed.json()) as { caseNumber: string; queryCode: string };
  const clerk = await extraClerk(`linchen-rate-${Date.now()}`);
  // A signed-in request that changes something comes from our own pages: the Origin says so.
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const session = await request.post('api/session', { data: { username: clerk.username, password: clerk.password }, headers: { origin } });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const { version } = (await (await request.get(`api/staff/cases/${caseNumber}`)).json()) as { version: number };
  const refused = await request.post(`api/staff/cases/${caseNumber}/actions`, { data: { action: 'refuse-to-accept', version, reason: '户籍不在本镇，请到户籍地乡镇申请。' }, headers: { 'x-csrf-token': csrfToken, origin } });
  expect(refused.status()).toBe(200);
  await request.delete('api/session', { headers: { 'x-csrf-token': csrfToken, origin } });
  return { caseNumber, queryCode };
}

async function lookUp(page: Page, c: { caseNumber: string; queryCode: string }) {
  await page.goto('case/');
  await page.getByLabel('受理编号').fill(c.caseNumber);
  await page.getByLabel('查询码或身份证号码后6位').fill(c.queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('#case-title')).toBeFocused();
}

test('a 不满意 rating in 查进度 opens a follow-up the county answers, and the rater reads the answer there', async ({ page, browser, request }) => {
  const ended = await endedCase(request);
  await lookUp(page, ended);
  const rating = page.locator('section.rating');
  await expect(rating.getByRole('heading', { name: '评价这次办事（好差评）' })).toBeVisible();
  await rating.getByRole('button', { name: '提交评价' }).click();
  await expect(rating.locator('.error-summary')).toContainText('请选一个评价。');
  await axeBothModes(page, 'rating form', async (p) => { await lookUp(p, ended); await expect(p.locator('section.rating')).toBeVisible(); });
  await rating.getByLabel('不满意', { exact: true }).check();
  const comment = '跑了两趟才告诉我户籍不对，第一次就该说清楚。';
  await rating.getByLabel('意见（可以不写）').fill(comment);
  await rating.getByRole('button', { name: '提交评价' }).click();
  await expect(rating.locator('#rating-given')).toContainText('您的评价：不满意');
  await expect(rating).toContainText('县民政局会回访');

  const county = await approverConsole(browser);
  await county.goto('staff/reports/');
  const row = county.locator('table.queue tbody tr', { hasText: formatCaseNo(ended.caseNumber) });
  await expect(row).toContainText('不满意');
  await expect(row).toContainText('待答复');
  await row.getByRole('link').click();
  await expect(county.getByText(comment)).toBeVisible();
  await axeBothModes(county, 'follow-up page', async (p) => { await p.reload(); await expect(p.getByText(comment)).toBeVisible(); });
  await county.getByRole('button', { name: '提交答复' }).click();
  await expect(county.locator('.error-summary')).toContainText('请写上给评价人的答复。');
  const answer = '已回访。林城镇今后受理时一次性告知户籍要求和所需材料。';
  await county.getByLabel('给评价人的答复').fill(answer);
  await county.getByRole('button', { name: '提交答复' }).click();
  await expect(county.locator('#follow-up-given')).toHaveText(answer);

  await lookUp(page, ended);
  await expect(page.locator('#rating-answer')).toHaveText(answer);
  await expect(page.locator('section.rating').getByRole('button', { name: '提交评价' })).toHaveCount(0);
  await axeClean(page, 'rating answered (normal)');
});
