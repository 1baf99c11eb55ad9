import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WECHAT_PHONE, axeTags } from './support/services.ts';
import { idNumberFor } from './support/applying.ts';
import { demoCase } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

const continueButton = (page: Page) => page.locator('.apply button[type=submit]');

/** A draft with the household filled in, opened at the 户口在哪里 screen. */
async function resumeAtWhere(page: Page, idNumber: string) {
  await page.goto('apply/');
  await page.evaluate((id) => localStorage.setItem('mzy-apply-draft', JSON.stringify({ version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: 'where', programme: 'dibao', county: '', township: '', village: '', hukou: 'rural', applicant: { name: '杨秀英', idNumber: id, phone: '13800138000' }, self: { grade: '', canWork: 'no' }, members: [], incomes: [{ kind: 'pension', monthly: '200' }], assets: { savings: '', houses: '1', vehicles: '', description: '' }, reason: '年纪大了，一个人生活。', nearKin: 'no', nearKinDetails: '', consents: [true], photos: [], authorisation: { signedOn: '' }, promise: false })), idNumber);
  await page.reload();
  await page.getByRole('button', { name: '继续上次填写' }).click();
  await expect(page.locator('.screen-heading')).toHaveText('您家户口在哪里？');
}

/** Continue through the screens already filled in the draft, up to 提交前再看一遍. */
async function onToCheck(page: Page) {
  for (let i = 0; i < 12 && (await page.locator('.screen-heading').textContent()) !== '提交前再看一遍'; i++) {
    const before = await page.locator('.step-indicator').textContent();
    await continueButton(page).click();
    await expect(page.locator('.step-indicator')).not.toHaveText(before ?? '');
  }
  await expect(page.locator('.screen-heading')).toHaveText('提交前再看一遍');
}

test('a township not in the list: choose 其他, type its name, the claim is accepted and the lookup shows it', async ({ page }) => {
  const applicant = idNumberFor('19460302', '044');
  await resumeAtWhere(page, applicant);
  await page.locator('#apply-county').selectOption({ label: '会同县' });
  const township = page.locator('#apply-township-choice, #apply-township').first();
  await expect(township.locator('option').last()).toHaveText('其他 / 不在列表里');
  await township.selectOption({ label: '其他 / 不在列表里' });

  // 其他 chosen and nothing typed: the error points at the box to type in.
  await continueButton(page).click();
  await expect(page.locator('.error-summary')).toContainText('请选择或填写乡镇(街道)');
  await page.locator('.error-summary a').first().click();
  await expect(page.getByLabel('乡镇（街道）的名字')).toBeFocused();
  await page.keyboard.type('长寨乡');
  // An unlisted township has no village list: the village is typed too.
  await page.getByLabel('村(社区)').fill('新寨村');
  await continueButton(page).click();

  await onToCheck(page);
  await expect(page.locator('.summary-list')).toContainText('会同县 长寨乡 新寨村');
  await page.getByLabel(/我保证以上填写的内容都是真实的/).check();
  await continueButton(page).click();
  await expect(page.locator('.screen-heading')).toHaveText('申请已经提交');

  // The receipt says whom to ask, and plainly that no phone is published.
  const receipt = page.locator('.offices');
  await expect(receipt).toContainText('户口所在地：会同县 长寨乡 新寨村（不在本网站的乡镇列表里，按填写的名字）');
  await expect(receipt).toContainText('长寨乡人民政府（社会救助受理窗口）');
  await expect(receipt).toContainText('电话还没有公布。请到长寨乡人民政府（社会救助受理窗口）当面问');
  await expect(receipt).toContainText('会同县民政局');

  const caseNumber = (await page.locator('#done-case-number').textContent())!.replace(/\s/g, '');
  const queryCode = (await page.locator('#done-query-code').textContent())!.trim();
  await page.goto(`case/#n=${caseNumber}`);
  await page.getByLabel('查询码或身份证号码后6位').fill(queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  const found = page.locator('.case-details .offices');
  await expect(found).toContainText('会同县 长寨乡 新寨村（不在本网站的乡镇列表里');
  await expect(found).toContainText('长寨乡人民政府（社会救助受理窗口）');
});

test('a township of another county typed under 其他 is refused with a message naming its county', async ({ page }) => {
  await resumeAtWhere(page, idNumberFor('19500101', '052'));
  await page.locator('#apply-county').selectOption({ label: '瓮安县' });
  await page.locator('#apply-township').selectOption({ label: '其他 / 不在列表里' });
  await page.getByLabel('乡镇（街道）的名字').fill('林城镇');
  await continueButton(page).click();
  await onToCheck(page);
  await page.getByLabel(/我保证以上填写的内容都是真实的/).check();
  await continueButton(page).click();
  await expect(page.locator('#apply-failure')).toContainText('“林城镇”是会同县的乡镇，不在您选的县（区）');
});

test('a district of 安顺市 lists its own townships, and a named village with 其他 beside it', async ({ page }) => {
  await resumeAtWhere(page, idNumberFor('19550808', '061'));
  await page.locator('#apply-county').selectOption({ label: '平坝区' });
  const townships = await page.locator('#apply-township option').allTextContents();
  expect(townships).toEqual(expect.arrayContaining(['乐平镇', '安平街道', '其他 / 不在列表里']));
  expect(townships).not.toContain('南街街道');
  expect(townships).toHaveLength(11 + 2);
  await page.locator('#apply-township').selectOption({ label: '乐平镇' });
  expect(await page.locator('#apply-village option').allTextContents()).toEqual(['不选', '塘约村', '其他 / 不在列表里']);
  await page.locator('#apply-village').selectOption({ label: '其他 / 不在列表里' });
  await expect(page.getByLabel('村（社区）的名字')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a refused case shows whom to ask (demo: 海晏县 西海镇)', async ({ page }) => {
  const { caseNumber, queryCode } = await demoCase('refused');
  await page.goto(`case/#n=${caseNumber}`);
  await page.getByLabel('查询码或身份证号码后6位').fill(queryCode);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('#refusal-title')).toBeVisible();
  const offices = page.locator('.case-details .offices');
  await expect(offices).toContainText('西海镇人民政府（民政办公室）');
  await expect(offices).toContainText('海晏县民政和扶贫开发局');
  await expect(offices).toContainText('这是2017年1月文件里的名字');
  await expect(page.locator('.case-details')).not.toContainText('打电话问县民政局');
});

test.describe('policy pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('在哪里办 lists each county\'s bureau, townships and institutions, opens by hand and prints open', async ({ page }) => {
    await page.goto('policy/tekun/');
    const where = page.locator('#where').locator('..');
    const huitong = where.locator('details[data-region="431225"]');
    await expect(huitong.getByText('金竹镇敬老院')).toBeHidden();
    await huitong.locator('summary').click();
    await expect(huitong.getByText('金竹镇敬老院')).toBeVisible();
    await expect(huitong).toContainText('申请，到户口所在的乡镇人民政府（街道办事处）的社会救助受理窗口');
    await expect(huitong).toContainText('电话还没有公布。可以先到乡镇（街道）问，也可以到会同县民政局当面问。');
    await expect(huitong).toContainText('漠滨侗族苗族乡');
    await expect(where.locator('details[data-region="522725"]')).toContainText('瓮安县社会福利院');
    await expect(where).not.toContainText('打县民政局电话');

    const haiyan = where.locator('details[data-region="632223"]').getByText('海晏县民政和扶贫开发局', { exact: true });
    const pingba = where.locator('details[data-region="520400"]').getByText('平坝区民政局', { exact: true });
    await expect(haiyan).toBeHidden();
    // Printed with one county open: that county alone.
    await page.emulateMedia({ media: 'print' });
    await expect(huitong.getByText('金竹镇敬老院')).toBeVisible();
    await expect(haiyan).toBeHidden();
    await expect(where.locator('details[data-region="632223"]')).toBeHidden();
    // Printed with none open: every county, without the long township lists.
    await page.emulateMedia({ media: 'screen' });
    await huitong.locator('summary').click();
    await page.emulateMedia({ media: 'print' });
    await expect(haiyan).toBeVisible();
    await expect(pingba).toBeVisible();
    await expect(huitong.locator('.township-names')).toBeHidden();
  });
});
