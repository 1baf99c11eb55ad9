import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WECHAT_PHONE, axeTags, noSidewaysScroll } from './support/services.ts';
import { chooseRadio, pressButton, selectWithKeys, tabTo, typeInto } from './support/keyboard.ts';
import { idNumberFor, smallJpeg } from './support/applying.ts';
import { demoAgentPassword } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

const heading = (page: Page) => page.locator('.screen-heading');
const next = (page: Page) => pressButton(page, '.apply button[type=submit]');
const child = idNumberFor('20150307', '012');

async function expectScreen(page: Page, step: number, title: string) {
  await expect(heading(page)).toHaveText(title);
  // Focus moves to each new question; the first one is where the page starts anyway.
  if (step > 1) await expect(heading(page)).toBeFocused();
  await expect(page.locator('.step-indicator')).toHaveText(`第 ${step} 步，共 12 步`);
}

/** Screens 1–5 by keyboard: programme, where, hukou, applicant (with a 15-digit ID first), one child. */
async function fillHousehold(page: Page) {
  await page.goto('apply/');
  await expectScreen(page, 1, '您要申请哪一项？');
  await chooseRadio(page, 'apply-programme', '最低生活保障');
  await next(page);

  await expectScreen(page, 2, '您家户口在哪里？');
  await selectWithKeys(page, '#apply-county', '会同县');
  await selectWithKeys(page, '#apply-township', '林城镇');
  await selectWithKeys(page, '#apply-village', '改河社区');
  await next(page);

  await expectScreen(page, 3, '户口是城镇的还是农村的？');
  await chooseRadio(page, 'apply-hukou', '城镇户口');
  await next(page);

  await expectScreen(page, 4, '您的姓名、身份证号码和电话');
  await typeInto(page, '#apply-applicant-name', '买买提•艾力');
  // Not a demo resident's number: 张桂兰 (431225195203140022) has an open 低保 claim, and 一户一案 would refuse this one.
  await typeInto(page, '#apply-applicant-id', '431225520314003');
  await typeInto(page, '#apply-applicant-phone', '0745-8221234');
  await next(page);
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('申请人：这是15位的老身份证号码，请填写18位的新号码。');
  // What was typed stays, its dot folded to “·” as the server folds it.
  await expect(page.locator('#apply-applicant-name')).toHaveValue('买买提·艾力');
  await expect(page.locator('#apply-applicant-id')).toHaveAttribute('aria-describedby', /apply-applicant-id-error/);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#apply-applicant-id')).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('431225195203140030');
  await next(page);

  await expectScreen(page, 5, '和申请人一起生活的家庭成员');
  await pressButton(page, '#apply-add-member');
  await expect(page.locator('#apply-member-0-name')).toBeFocused();
  await selectWithKeys(page, '#apply-member-0-relation', '子女');
  await typeInto(page, '#apply-member-0-name', '王䶮');
  await typeInto(page, '#apply-member-0-id', child);
  await next(page);
}

test('apply start to finish with the keyboard alone, lose the answer to the submission, retry: one case', async ({ page }) => {
  await fillHousehold(page);

  await expectScreen(page, 6, '每个人每月有多少收入？');
  await typeInto(page, '#apply-income-0', '300');
  await next(page);
  await expectScreen(page, 7, '您家有哪些存款和财产？');
  await typeInto(page, '#apply-savings', '2000');
  await next(page);
  await expectScreen(page, 8, '为什么要申请？');
  await typeInto(page, '#apply-reason', '老伴去世，自己腿脚不好，孙子还在上学。');
  await next(page);
  await expect(heading(page)).toHaveText('家里有没有人是民政经办人员或村(居)干部的近亲属？');
  await chooseRadio(page, 'apply-near-kin', '没有');
  await next(page);

  await expectScreen(page, 10, '同意核对家庭经济状况');
  await expect(page.getByText('不满18岁的孩子不用单独同意：王䶮')).toBeVisible();
  await next(page);
  await expect(page.locator('.error-summary')).toContainText('买买提·艾力还没有同意家庭经济状况核对');
  await tabTo(page, '#apply-consent-0');
  await page.keyboard.press('Space');
  await next(page);

  await expectScreen(page, 11, '上传证件和材料的照片');
  await tabTo(page, '#apply-photos');
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles({ name: 'hukou.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(page.locator('.upload-list')).toContainText('hukou.jpg 已上传');
  await next(page);

  await expectScreen(page, 12, '提交前再看一遍');
  await expect(page.locator('.summary-list')).toContainText('**************0030');
  await expect(page.locator('.summary-list')).toContainText('1张');
  // 修改 goes back to the question and straight back here, answers kept.
  await pressButton(page, 'a[href="#reason"]');
  await expect(heading(page)).toHaveText('为什么要申请？');
  await expect(page.locator('#apply-reason')).toHaveValue('老伴去世，自己腿脚不好，孙子还在上学。');
  await tabTo(page, '#apply-reason');
  await page.keyboard.press('End');
  await page.keyboard.type('看病花了很多钱。');
  await next(page);
  await expect(heading(page)).toHaveText('提交前再看一遍');
  await expect(page.locator('.summary-list')).toContainText('看病花了很多钱。');

  await next(page);
  await expect(page.locator('.error-summary')).toContainText('请勾选');
  await tabTo(page, '#apply-promise');
  await page.keyboard.press('Space');

  // The server records the case, but the answer never reaches the phone.
  let firstCaseNumber = '';
  await page.route('**/api/cases', async (route) => {
    const response = await route.fetch();
    firstCaseNumber = ((await response.json()) as { caseNumber: string }).caseNumber;
    await route.abort('connectionreset');
  }, { times: 1 });
  await next(page);
  await expect(page.locator('#apply-failure')).toContainText('网络断了');
  expect(firstCaseNumber).toMatch(/^\d{12}$/);
  await expect(page.locator('#apply-promise')).toBeChecked();

  const retried = page.waitForResponse('**/api/cases');
  await next(page);
  expect((await retried).status()).toBe(201);
  await expect(heading(page)).toHaveText('申请已经提交');
  await expect(heading(page)).toBeFocused();
  const shown = (await page.locator('#done-case-number').textContent())!.replace(/\s/g, '');
  expect(shown).toBe(firstCaseNumber);
  await expect(page.locator('.apply')).toContainText('申请人本人在网上提交');
  await expect(page.getByRole('img', { name: '查进度的二维码' })).toBeVisible();
  await expect(page.getByRole('link', { name: '打开查进度页面' })).toHaveAttribute('href', new RegExp(`/case/#n=${firstCaseNumber}$`));
  expect(await page.evaluate(() => localStorage.getItem('mzy-apply-draft'))).toBeNull();

  // Exactly one case: the query code shown opens the same case the first, lost answer named.
  const queryCode = (await page.locator('#done-query-code').textContent())!;
  const lookup = await page.request.post('api/cases/lookup', { data: { caseNumber: firstCaseNumber, factor: queryCode } });
  expect(lookup.status()).toBe(200);
  const view = (await lookup.json()) as { caseNumber: string; applicantName: string };
  expect(view.caseNumber).toBe(firstCaseNumber);
  expect(view.applicantName).not.toContain('艾力');
});

test('a draft survives closing the browser, is offered back, and can be discarded', async ({ page, browser }) => {
  await fillHousehold(page);
  await expectScreen(page, 6, '每个人每月有多少收入？');
  const state = await page.context().storageState();
  await page.context().close();

  const later = await browser.newContext({ ...WECHAT_PHONE, storageState: state });
  const again = await later.newPage();
  await again.goto('apply/');
  await expect(again.getByRole('heading', { name: '继续上次填写？' })).toBeFocused();
  await again.getByRole('button', { name: '继续上次填写' }).click();
  await expect(heading(again)).toHaveText('每个人每月有多少收入？');
  await again.getByRole('button', { name: '返回上一步' }).click();
  await expect(again.locator('#apply-member-0-name')).toHaveValue('王䶮');
  const stored = await again.evaluate(() => localStorage.getItem('mzy-apply-draft') ?? '');
  expect(stored).not.toMatch(/data:image|base64/);

  await again.reload();
  await again.getByRole('button', { name: '不要了，重新填' }).click();
  await expect(heading(again)).toHaveText('您要申请哪一项？');
  await expect(again.locator('#apply-programme-0')).not.toBeChecked();
  await later.close();
});

test('names, ID numbers and phones are checked with clear messages', async ({ page }) => {
  await page.goto('apply/#programme=dibao');
  // The self-check's "apply" link names the programme in the fragment.
  await expect(page.locator('#apply-programme-0')).toBeChecked();
  await page.locator('.apply button[type=submit]').click();
  await page.locator('#apply-county').selectOption('431225');
  await page.locator('#apply-township').selectOption('林城镇');
  await page.locator('.apply button[type=submit]').click();
  await page.locator('#apply-hukou-1').check();
  await page.locator('.apply button[type=submit]').click();
  const cases: [string, string, string, string][] = [
    ['张A', '431225195203140021', '12345', '姓名只能包含汉字'],
    ['王䶮', '431225195213140022', '13800138000', '身份证号码里的出生日期不对'],
    ['·卓玛', '431225195203140021', '0745-8221234', '身份证号码有一位填错了'],
  ];
  for (const [name, id, phone, message] of cases) {
    await page.locator('#apply-applicant-name').fill(name);
    await page.locator('#apply-applicant-id').fill(id);
    await page.locator('#apply-applicant-phone').fill(phone);
    await page.locator('.apply button[type=submit]').click();
    await expect(page.locator('.error-summary')).toContainText(message);
    await expect(page.locator('#apply-applicant-name')).toHaveValue(name);
  }
  await expect(page.locator('.error-summary')).toContainText('间隔号');
  await page.locator('#apply-applicant-phone').fill('12345');
  await page.locator('.apply button[type=submit]').click();
  await expect(page.locator('.error-summary')).toContainText('0745-8221234');
});

test('too big or the wrong kind of file is refused before sending', async ({ page }) => {
  await page.goto('apply/');
  await page.evaluate(() => localStorage.setItem('mzy-apply-draft', JSON.stringify({ version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: 'documents', programme: 'dibao', county: '431225', township: '林城镇', village: '', hukou: 'urban', applicant: { name: '张三', idNumber: '431225195203140022', phone: '13800138000' }, self: { grade: '', canWork: '' }, members: [], incomes: [{ kind: 'wages', monthly: '' }], assets: { savings: '', houses: '', vehicles: '', description: '' }, reason: 'x', nearKin: 'no', nearKinDetails: '', consents: [true], photos: [], authorisation: { signedOn: '' }, promise: false })));
  await page.reload();
  await page.getByRole('button', { name: '继续上次填写' }).click();
  const uploads: string[] = [];
  page.on('request', (r) => r.url().includes('/api/uploads') && uploads.push(r.url()));
  await page.locator('#apply-photos').setInputFiles([
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    { name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(10 * 1024 * 1024 + 1) },
  ]);
  await expect(page.locator('.upload-list')).toContainText('scan.pdf：只能上传JPEG、PNG或WebP格式的照片');
  await expect(page.locator('.upload-list')).toContainText('huge.jpg：这张照片超过10MB了');
  expect(uploads).toEqual([]);
  await page.locator('#apply-photos').setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(page.locator('.upload-list')).toContainText('id.jpg 已上传');
  await page.getByRole('button', { name: /删除\s*id\.jpg/ }).click();
  await expect(page.locator('.upload-list')).not.toContainText('id.jpg');
  await expect(page.locator('#apply-photos')).toBeFocused();
});

for (const path of ['apply/', 'en/apply/', 'agent/']) {
  test(`axe and 200 % text at 360 px: ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.locator('.apply button[type=submit], .agent-login button[type=submit]').click();
    await expect(page.locator('.error-summary')).toBeFocused();
    for (const care of [false, true]) {
      await page.evaluate((on) => (on ? document.documentElement.setAttribute('data-care', '') : document.documentElement.removeAttribute('data-care')), care);
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
    await noSidewaysScroll(page);
  });
}

test('代办: an agent signs in, attaches the signed authorisation, and the case shows who submitted it', async ({ page }) => {
  await page.goto('agent/');
  await page.getByLabel('用户名').fill('linchen-daiban');
  await page.getByLabel('密码').fill('wrong');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.locator('.error-summary')).toContainText('用户名或密码不对');
  await page.getByLabel('密码').fill(await demoAgentPassword('linchen-daiban'));
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText(/已登录：/)).toBeVisible();
  await expect(page.locator('.step-indicator')).toHaveText('第 1 步，共 13 步');

  // The household part is the same as a resident's (tested above): start from a saved draft at the authorisation.
  const resident = idNumberFor('19400101', '024');
  await page.evaluate((id) => localStorage.setItem('mzy-agent-draft', JSON.stringify({ version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: 'authorisation', programme: 'gaoling-jintie', county: '431225', township: '林城镇', village: '', hukou: 'rural', applicant: { name: '卓玛', idNumber: id, phone: '13800138000' }, self: { grade: '', canWork: 'no' }, members: [], incomes: [{ kind: 'pension', monthly: '120' }], assets: { savings: '', houses: '1', vehicles: '', description: '' }, reason: '年纪大了，一个人生活。', nearKin: 'no', nearKinDetails: '', consents: [true], photos: [], authorisation: { signedOn: '' }, promise: false })), resident);
  await page.reload();
  await page.getByRole('button', { name: '继续上次填写' }).click();
  await expect(heading(page)).toHaveText('申请人的委托书');
  await page.locator('.apply button[type=submit]').click();
  await expect(page.locator('.error-summary')).toContainText('请上传申请人签字的委托书照片');
  await page.getByLabel('委托书照片').setInputFiles({ name: 'weituoshu.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await expect(page.locator('.upload-list')).toContainText('weituoshu.jpg 已上传');
  await page.getByLabel('签字日期').fill(new Date().toISOString().slice(0, 10));
  await page.locator('.apply button[type=submit]').click();
  await expect(heading(page)).toHaveText('提交前再看一遍');
  await expect(page.locator('.summary-list')).toContainText('weituoshu.jpg');
  // The agent ticks the applicant's promise, in the third person.
  await page.getByLabel(/申请人保证以上内容都是真实的/).check();
  await page.locator('.apply button[type=submit]').click();
  await expect(heading(page)).toHaveText('申请已经提交');
  await expect(page.locator('.apply')).toContainText('代办员 林城镇改河社区居委会 代办员 代为提交');

  const caseNumber = (await page.locator('#done-case-number').textContent())!.replace(/\s/g, '');
  const view = await page.request.post('api/cases/lookup', { data: { caseNumber, factor: resident.slice(-6) } });
  expect(((await view.json()) as { submittedBy: { kind: string } }).submittedBy.kind).toBe('agent');
});
