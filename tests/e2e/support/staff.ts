// The console's browser tests: the demo staff's passwords (and TOTP secrets) from the credentials file the server wrote,
// extra accounts made the way staff:add makes them, claims filed as a resident files them, and a keyboard-only sign-in.
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { openServices } from '../../../api/openServices.ts';
import { demoCredentialsFile, readDemoCredentials } from '../../../api/db/seed/demoCredentials.ts';
import { addAccount } from '../../../api/staff/manageAccounts.ts';
import { tabTo } from './keyboard.ts';
import { ownClient } from './client.ts';
import { freshIdNumber } from './people.ts';

export interface StaffLogin {
  username: string;
  password: string;
  totpSecret?: string;
}

/** A demo staff member's sign-in, from the shared server's credentials file unless another server's is given. */
export async function demoStaff(username: string, file = demoCredentialsFile()): Promise<StaffLogin> {
  const found = (await readDemoCredentials(file)).staff?.find((s) => s.username === username);
  if (!found) throw new Error(`no demo staff ${username} in ${file}`);
  return found;
}

/** A second township clerk of 林城镇, opened on the server's database as `npm run staff:add` opens one. */
export async function extraClerk(username: string): Promise<StaffLogin> {
  const services = await openServices();
  try {
    const made = await addAccount(services, { username, role: 'township-clerk', county: '431225', township: '林城镇', displayName: `${username}（测试）`, by: 'e2e' });
    return { username, password: made.password };
  } finally {
    services.client.close();
  }
}

/** The authenticator's code at `now` (the server's clock, where a test moves it). */
export const totpCode = (login: StaffLogin, now = new Date()) =>
  new TOTP({ issuer: '民政云', label: login.username, secret: Secret.fromBase32(login.totpSecret!) }).generate({ timestamp: now.getTime() });

/** A fresh 低保 claim in 会同县 林城镇, through POST /api/cases. */
export async function fileClaim(request: APIRequestContext, name: string): Promise<string> {
  const idNumber = freshIdNumber('431225', 1947);
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

/** Signs in on the console's sign-in page with the keyboard alone (and the TOTP code for `now` when the page asks for it). */
export async function signInWithKeyboard(page: Page, login: StaffLogin, now: () => Date = () => new Date()) {
  await page.goto('staff/');
  await tabTo(page, '#staff-username');
  await page.keyboard.type(login.username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(login.password);
  await page.keyboard.press('Enter');
  if (login.totpSecret) {
    await expect(page.getByLabel('动态码')).toBeFocused();
    await page.keyboard.type(totpCode(login, now()));
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(/\/staff\/queue\/$/);
}
