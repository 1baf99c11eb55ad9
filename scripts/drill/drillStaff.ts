// The drill's township clerk: an account made as `npm run staff:add` makes one, signed in through POST /api/session,
// taking the survey's actions in order, each on the version the case showed.
import { openServices } from '../../api/openServices.ts';
import { addAccount } from '../../api/staff/manageAccounts.ts';
import { chinaDate } from '../../api/domain/calendarDate.ts';

export interface StaffSession {
  cookie: string;
  csrfToken: string;
}

/** The clerk's password; the account is made on the drill's database before the server starts. */
export async function makeDrillClerk(databaseUrl: string, uploadsDir: string, env: NodeJS.ProcessEnv, username: string): Promise<string> {
  const services = await openServices({ databaseUrl, uploadsDir, env });
  try {
    return (await addAccount(services, { username, role: 'township-clerk', county: '431225', township: '林城镇', displayName: '演练经办', by: 'drill' })).password;
  } finally {
    services.client.close();
  }
}

export async function signIn(base: string, username: string, password: string): Promise<StaffSession> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.255.0.1' }, body: JSON.stringify({ username, password }) });
  if (res.status !== 200) throw new Error(`the drill's clerk could not sign in: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrfToken };
}

/** The survey's actions in the order a clerk takes them, with their inputs and the audit event each appends (the visit on the China day of acceptance or later). */
export const SURVEY_ACTIONS: Record<string, { kind: string; input: () => Record<string, unknown> }> = {
  accept: { kind: 'accepted', input: () => ({}) },
  'record-check': { kind: 'check-recorded', input: () => ({ result: '核对完成，收入低于标准' }) },
  'record-visit': { kind: 'visit-recorded', input: () => ({ staff: ['演练甲', '演练乙'], visitedOn: chinaDate(new Date()) }) },
};
