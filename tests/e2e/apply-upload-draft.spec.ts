import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatCaseNo } from '../../api/domain/caseNumber.ts';
import { DEMO_AGENTS, DEMO_CASES } from '../../api/db/seed/demoPeople.ts';
import { WECHAT_PHONE, axeTags, noSidewaysScroll } from './support/services.ts';
import { idNumberFor, smallJpeg } from './support/applying.ts';
import { demoCase } from './support/demoCases.ts';

test.use(WECHAT_PHONE);

const heading = (page: Page) => page.locator('.screen-heading');
const continueButton = (page: Page) => page.locator('.apply button[type=submit]');
const storedDraft = (page: Page, key = 'mzy-apply-draft') => page.evaluate((k) => localStorage.getItem(k), key);

/** A saved draft at `screen`, offered back on the next load and resumed. */
async function resumeAt(page: Page, path: string, key: string, screen: string) {
  await page.goto(path);
  await page.evaluate(({ k, s, id }) => localStorage.setItem(k, JSON.stringify({ version: 1, idempotencyKey: crypto.randomUUID(), savedAt: new Date().toISOString(), screen: s, programme: 'dibao', county: '431225', township: '林城镇', village: '', hukou: 'urban', applicant: { name: '张桂兰', idNumber: id, phone: '13800138000' }, self: { grade: '', canWork: '' }, members: [], incomes: [{ kind: 'wages', monthly: '' }], assets: { savings: '', houses: '', vehicles: '', description: '' }, reason: '年老体弱。', nearKin: 'no', nearKinDetails: '', consents: [true], photos: [], authorisation: { signedOn: '' }, promise: false })), { k: key, s: screen, id: idNumberFor('19520314', '002') });
  await page.reload();
  await page.getByRole('button', { name: '继续上次填写' }).click();
}

test('opening the form leaves no draft behind until something is entered', async ({ page }) => {
  await page.goto('apply/#programme=dibao');
  await expect(page.locator('#apply-programme-0')).toBeChecked();
  expect(await storedDraft(page)).toBeNull();
  // Moving on with the programme the link chose is not typing anything either.
  await continueButton(page).click();
  await expect(heading(page)).toHaveText('您家户口在哪里？');
  expect(await storedDraft(page)).toBeNull();
  await page.locator('#apply-county').selectOption('431225');
  await expect.poll(async () => JSON.parse((await storedDraft(page)) ?? '{}').county).toBe('431225');

  // Discarding a draft leaves nothing either, until the next answer.
  await page.reload();
  await page.getByRole('button', { name: '不要了，重新填' }).click();
  expect(await storedDraft(page)).toBeNull();
  await page.locator('#apply-programme-1').check();
  await expect.poll(() => storedDraft(page)).not.toBeNull();
});

test('继续 waits while a photo is still uploading, shows the progress in words, then moves on with the photo', async ({ page }) => {
  await resumeAt(page, 'apply/', 'mzy-apply-draft', 'documents');
  await expect(heading(page)).toHaveText('上传证件和材料的照片');
  // The upload is held until the test lets it through.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/uploads', async (route) => {
    await held;
    await route.continue();
  });
  await page.locator('#apply-photos').setInputFiles({ name: 'hukou.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  const sending = page.locator('.upload-list li', { hasText: 'hukou.jpg' });
  await expect(sending.locator('.upload-percent')).toHaveText(/^(正在上传：\d{1,3}%|传完了，正在处理照片…)$/);
  await expect(page.locator('.photo-picker [role=status]')).toHaveText('hukou.jpg正在上传：0%');

  await continueButton(page).click();
  await expect(continueButton(page)).toHaveText('等照片传完…');
  await expect(continueButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(page.locator('#apply-waiting')).toHaveText('照片还在上传，请稍等。传完会自动进入下一步。');
  await expect(page.locator('#apply-waiting')).toHaveAttribute('role', 'status');
  // Still here a while later: the form does not move on without the photo.
  await page.waitForTimeout(500);
  await expect(heading(page)).toHaveText('上传证件和材料的照片');
  // A second press while waiting changes nothing (the button keeps focus; aria-disabled stops Playwright's click).
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page)).toHaveText('上传证件和材料的照片');

  release();
  await expect(heading(page)).toHaveText('提交前再看一遍');
  await expect(page.locator('.summary-list')).toContainText('1张');
  const draft = JSON.parse((await storedDraft(page))!) as { photos: { name: string; uploadId: string }[] };
  expect(draft.photos.map((p) => p.name)).toEqual(['hukou.jpg']);
});

test('an upload that fails while 继续 waits keeps the resident on the screen with the reason', async ({ page }) => {
  await resumeAt(page, 'apply/', 'mzy-apply-draft', 'documents');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/uploads', async (route) => {
    await held;
    await route.abort('connectionreset');
  });
  await page.locator('#apply-photos').setInputFiles({ name: 'id.jpg', mimeType: 'image/jpeg', buffer: await smallJpeg() });
  await continueButton(page).click();
  await expect(continueButton(page)).toHaveText('等照片传完…');
  release();
  await expect(page.locator('.upload-list')).toContainText('id.jpg：上传没有成功，请再试一次');
  await expect(continueButton(page)).toHaveText('继续');
  await expect(heading(page)).toHaveText('上传证件和材料的照片');
});

test('a name typed with an ASCII dot is folded to “·” when leaving the field, as the server folds it', async ({ page }) => {
  await resumeAt(page, 'apply/', 'mzy-apply-draft', 'applicant');
  await expect(page.locator('#apply-applicant-phone-hint')).toContainText('也可以留家里人的');
  await page.locator('#apply-applicant-name').fill('买买提.艾力');
  await page.locator('#apply-applicant-id').focus();
  await expect(page.locator('#apply-applicant-name')).toHaveValue('买买提·艾力');
});

test('代办 speaks of the applicant in the third person, says whose phone it may be, and lists the agent\'s cases', async ({ page }) => {
  const agent = DEMO_AGENTS.find((a) => DEMO_CASES.some((c) => c.byAgent === a.username))!;
  const theirs = await demoCase(DEMO_CASES.find((c) => c.byAgent === agent.username)!.stage);
  await page.goto('agent/');
  await page.getByLabel('用户名').fill(agent.username);
  await page.getByLabel('密码').fill(agent.password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(heading(page)).toHaveText('申请人要申请哪一项？');

  const list = page.locator('details.agent-cases');
  await list.locator('summary', { hasText: '我代办的申请' }).click();
  const item = list.locator('.case-list li', { hasText: formatCaseNo(theirs.caseNumber) });
  await expect(item).toContainText('需要补充材料（需补正）');
  await expect(item.getByRole('link', { name: /查进度/ })).toHaveAttribute('href', new RegExp(`/case/#n=${theirs.caseNumber}$`));
  await expect(item).toContainText(/申请人 \S\*+/);
  const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await noSidewaysScroll(page);

  await resumeAt(page, 'agent/', 'mzy-agent-draft', 'where');
  await expect(heading(page)).toHaveText('申请人家的户口在哪里？');
  await continueButton(page).click();
  await continueButton(page).click();
  await expect(heading(page)).toHaveText('申请人的姓名、身份证号码和电话');
  await expect(page.locator('#apply-applicant-phone-hint')).toContainText('也可以留您（代办员）的');
  await expect(page.locator('.apply')).not.toContainText('您家');
});
