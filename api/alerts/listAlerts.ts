// Alerts for staff as lines to read, newest first; and marking one seen. Used by `npm run alerts` until a staff console exists.
import { desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { alerts } from '../db/schema/index.ts';

const chinaTime = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });
const WHAT: Record<(typeof alerts.$inferSelect)['kind'], string> = {
  lookup_failures: '受理编号查询多次失败',
  find_failures: '按身份证号查找多次失败',
  sign_in_failures: '代办账号登录多次失败',
  claim_limit: '提交申请达到每小时或每天的上限',
  filing_limit: '提交公示异议（或举报）达到每小时、每天或每条公示的上限',
};

/** One line per alert: id, when (China time), what, subject, how many failures since when. */
export async function alertLines(db: Db, options: { all?: boolean } = {}): Promise<string[]> {
  const rows = await db.select().from(alerts).where(options.all ? undefined : isNull(alerts.seenAt)).orderBy(desc(alerts.raisedAt));
  return rows.map((a) => {
    const seen = a.seenAt ? `  (seen ${chinaTime.format(new Date(a.seenAt))})` : '';
    return `#${a.id}  ${chinaTime.format(new Date(a.raisedAt))}  ${WHAT[a.kind]}  ${a.subject}  ${a.failures} ${a.kind === 'claim_limit' ? 'claims' : 'failures'} since ${chinaTime.format(new Date(a.firstFailureAt))}${seen}`;
  });
}

export async function markAlertSeen(db: Db, id: number, now: Date): Promise<boolean> {
  const done = await db.update(alerts).set({ seenAt: now.toISOString() }).where(eq(alerts.id, id)).returning({ id: alerts.id });
  return done.length > 0;
}
