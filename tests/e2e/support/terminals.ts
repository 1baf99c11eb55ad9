// A kiosk terminal registered the way an admin registers one: in the console's 查询终端 page, its credential read once.
import { expect, type Browser, type Page } from '@playwright/test';
import { demoStaff, signInWithKeyboard } from './staff.ts';

/** Registers a terminal of 林城镇 东门村 on the console page `admin` has open; its id and credential as shown once. */
export async function registerTerminal(admin: Page, name: string): Promise<{ id: number; key: string }> {
  await admin.getByLabel('名称', { exact: true }).fill(name);
  await admin.getByLabel('乡镇（街道）', { exact: true }).fill('林城镇');
  await admin.getByLabel('村（社区）', { exact: true }).fill('东门村');
  const shownKey = admin.locator('[data-terminal-key]');
  const before = (await shownKey.count()) > 0 ? await shownKey.textContent() : null;
  await admin.getByRole('button', { name: '登记', exact: true }).click();
  // A second registration on the same page replaces the credential shown: wait for the new one.
  await expect(shownKey).not.toHaveText(before ?? '');
  const shown = await admin.locator('[data-terminal-key]').textContent();
  const [, id, key] = /终端编号 (\d+)，凭据：(\S+)/.exec(shown ?? '')!;
  return { id: Number(id), key: key! };
}

/** The county admin's 查询终端 page, signed in, in a context of its own on `baseURL`. */
export async function adminConsole(browser: Browser, baseURL: string, credentialsFile?: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signInWithKeyboard(page, await demoStaff('huitong-admin', credentialsFile));
  await page.goto('staff/terminals/');
  return page;
}
