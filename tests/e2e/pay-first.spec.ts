// 急难型 临时救助 in the browser: a 瓮安 township reviewer is offered 先行救助 on the console's case page and takes it;
// the applicant's 查进度 (its own browser, in Chinese and in English) says the help was paid first and the paperwork follows.
import { randomUUID } from 'node:crypto';
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';
import { openServices } from '../../api/openServices.ts';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { axeTags } from './support/services.ts';
import { signInWithKeyboard, type StaffLogin } from './support/staff.ts';
import { ownClient } from './support/client.ts';
import { freshIdNumber } from './support/people.ts';

const today = chinaDate(new Date());
const TITLE = '先行救助（急难型临时救助，先发放、后补手续）';

/** A township reviewer of 瓮安县 雍阳街道 (the county whose delegated amount, 1000 元, is published), made as staff:add makes one. */
async function wenganReviewer(): Promise<StaffLogin> {
  const services = await openServices();
  try {
    const username = `wa-reviewer-${randomUUID().slice(0, 8)}`;
    const made = await addAccount(services, { username, role: 'township-reviewer', county: '522725', township: '雍阳街道', displayName: '雍阳街道审核（测试）', by: 'e2e' });
    return { username, password: made.password };
  } finally {
    services.client.close();
  }
}

test('the console offers 先行救助 on a 临时救助 case; the applicant’s lookup says it was paid first and the paperwork follows', async ({ browser, request }) => {
  const idNumber = freshIdNumber('522725', 1968);
  const claim = {
    programme: 'linshi-jiuzhu', county: '522725', township: '雍阳街道', hukou: 'rural', requestedAmount: 800,
    applicant: { name: '罗德芬', idNumber, phone: '13800138000' }, members: [{ name: '罗德芬', idNumber, relation: 'self' }],
    incomes: [], assets: { description: '房屋被烧毁' }, reason: '昨夜家中失火，衣被口粮都烧没了。',
    nearKinDeclaration: { hasNearKin: false }, financeCheckConsents: [{ memberIndex: 0, agreed: true }], truthfulnessPromise: true, uploadIds: [],
  };
  const filed = await request.post('api/cases', { data: claim, headers: { 'idempotency-key': randomUUID(), ...ownClient() } });
  expect(filed.status()).toBe(201);
  const { caseNumber } = (await filed.json()) as { caseNumber: string };

  const staff = await (await browser.newContext()).newPage();
  await signInWithKeyboard(staff, await wenganReviewer());
  await staff.goto(`staff/case/#n=${caseNumber}`);
  await expect(staff.getByRole('heading', { name: `案件 ${formatCaseNo(caseNumber)}` })).toBeVisible();
  const form = staff.locator('form.action-form', { has: staff.getByRole('heading', { name: TITLE, exact: true }) });
  await expect(form).toContainText('社会救助法第五十条');
  await expect(form).toContainText('以县里公布为准');
  const { violations } = await new AxeBuilder({ page: staff }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Above the delegated amount the form says which field is wrong, and keeps what was typed.
  await form.getByLabel('先行救助金额（元，一次性）').fill('1200');
  await form.getByLabel('急难情形（为什么需要立即救助）').fill('房屋失火，急需口粮和衣被');
  await form.getByLabel('发放日期（不能晚于今天）').fill(today);
  await form.getByRole('button', { name: `提交：${TITLE}` }).click();
  await expect(form.locator('.error-message')).toContainText('“先行救助金额（元，一次性）”填写得不对');
  await expect(form.getByLabel('急难情形（为什么需要立即救助）')).toHaveValue('房屋失火，急需口粮和衣被');
  await form.getByLabel('先行救助金额（元，一次性）').fill('800');
  await form.getByRole('button', { name: `提交：${TITLE}` }).click();
  await expect(staff.locator('.case-message')).toHaveText(`已办理：${TITLE}。`);
  await expect(staff.getByRole('heading', { name: '先行救助', exact: true })).toBeVisible();
  await expect(staff.locator('main')).toContainText(`${today} 先行发放 800 元。急难情形：房屋失火，急需口粮和衣被`);
  await expect(staff.getByRole('heading', { name: TITLE })).toHaveCount(0);

  const resident = await (await browser.newContext()).newPage();
  for (const [path, heading, sentence] of [
    ['case/', '已先行救助', `因为情况紧急，乡镇已经在 ${today} 先把临时救助金 800 元发给您（先行救助）。按照规定，手续在后面补齐`],
    ['en/case/', 'Paid first', `Because your need was urgent, the township paid you 800 yuan of temporary assistance first, on ${today}. The paperwork follows`],
  ] as const) {
    await resident.goto(path);
    await resident.locator('#case-number').fill(caseNumber);
    await resident.locator('#case-factor').fill(idNumber.slice(-6));
    await resident.locator('#case-factor').press('Enter');
    const details = resident.locator('.case-details');
    await expect(details.getByRole('heading', { name: heading, exact: true })).toBeVisible();
    await expect(details).toContainText(sentence);
    await expect(details.locator('.timeline')).not.toContainText(path === 'case/' ? '公示' : 'public notice');
  }
  await expect(resident.locator('.case-details table')).toContainText('800');
});
