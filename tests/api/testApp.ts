// A real app on a real database file in a temp folder, with its own data key, for app.request() tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { createApp } from '../../api/app.ts';
import { openServices, type ServiceOptions } from '../../api/openServices.ts';
import { demoIdNumber } from '../../api/db/seed/demoPeople.ts';
import { idCheckCharacter } from '../../api/domain/idNumber.ts';
import { seedDemoData } from '../../api/db/seed/index.ts';
import { DEMO_CREDENTIALS_FILE } from '../../api/db/seed/demoCredentials.ts';

export async function testApp(options: Omit<ServiceOptions, 'databaseUrl' | 'uploadsDir' | 'env'> & { env?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'mzy-api-'));
  const dbFile = join(dir, 'claims.db');
  const services = await openServices({ ...options, databaseUrl: `file:${dbFile}`, uploadsDir: join(dir, 'uploads'), env: { MZY_DATA_KEY: randomBytes(32).toString('hex'), ...options.env } });
  const app = createApp({ base: '/', services });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { app, services, dir, dbFile, post };
}

/** Demo data in a test app's database, with its generated secrets in the credentials file beside it, as a demo start does. */
export function seedDemo(t: Awaited<ReturnType<typeof testApp>>) {
  return seedDemoData(t.services, join(t.dir, DEMO_CREDENTIALS_FILE));
}

export const APPLICANT_ID = demoIdNumber('431225', '19520314', '002');

let region = 110000;
/** An ID number no earlier call gave, ending as APPLICANT_ID does: only its region digits differ. */
function freshApplicantId(): string {
  for (;;) {
    const first17 = `${region++}${APPLICANT_ID.slice(6, 17)}`;
    if (first17 !== APPLICANT_ID.slice(0, 17) && idCheckCharacter(first17) === APPLICANT_ID[17]) return first17 + APPLICANT_ID[17];
  }
}

/**
 * A household of its own (一户一案 refuses a second open claim of one household): the applicant 买买提•艾力 and
 * a grandchild. Without an ID number given, the applicant's is one no other call used that ends as APPLICANT_ID
 * does, so a lookup by APPLICANT_ID's last 6 finds the case.
 */
export function household(applicantId = freshApplicantId()) {
  return {
    applicant: { name: '买买提•艾力', idNumber: applicantId, phone: '0745-8221234' },
    members: [
      { name: '买买提•艾力', idNumber: applicantId, relation: 'self' },
      { name: '王䶮', idNumber: demoIdNumber(applicantId.slice(0, 6), '20150601', '011'), relation: 'grandchild' },
    ],
  };
}

/** A complete, valid 低保 claim for 会同县 林城镇, of a household no other call shares (see `household`). */
export function validClaim(overrides: Record<string, unknown> = {}) {
  return {
    programme: 'dibao',
    county: '431225',
    township: '林城镇',
    hukou: 'urban',
    ...household(),
    incomes: [{ memberIndex: 0, kind: 'pension', monthly: 300 }],
    assets: { description: '自住房一处' },
    reason: '年老体弱，收入很少。',
    nearKinDeclaration: { hasNearKin: false },
    financeCheckConsents: [{ memberIndex: 0, agreed: true }],
    truthfulnessPromise: true,
    uploadIds: [],
    ...overrides,
  };
}

export const newKey = () => randomUUID();

/** What a signed-in page sends with a request that changes something: the cookie, the CSRF token and our Origin. */
export interface SignedInHeaders extends Record<string, string> {
  cookie: string;
  'x-csrf-token': string;
  origin: string;
}

/** Signs in through POST /api/session; throws unless it answers 200. */
export async function signInAs(t: Awaited<ReturnType<typeof testApp>>, username: string, password: string, extra: Record<string, string> = {}): Promise<SignedInHeaders> {
  const res = await t.post('/api/session', { username, password }, extra);
  if (res.status !== 200) throw new Error(`sign-in refused: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, 'x-csrf-token': csrfToken, origin: 'http://localhost' };
}
