// Records an alert for staff, durably, and logs it. A failed write is logged, never turned into the resident's error.
import { alerts } from '../db/schema/index.ts';
import type { SubjectAlert } from '../limits/limiter.ts';
import type { Services } from '../services.ts';

export type AlertKind = (typeof alerts.$inferInsert)['kind'];

export async function raiseAlert(services: Services, kind: AlertKind, alert: SubjectAlert): Promise<void> {
  const row = { kind, subject: alert.subject, failures: alert.failures, firstFailureAt: new Date(alert.since).toISOString(), raisedAt: services.now().toISOString() };
  try {
    await services.writes(() => services.db.insert(alerts).values(row));
    console.warn(`[alert] ${kind}: ${row.failures} failures on ${row.subject} since ${row.firstFailureAt} (npm run alerts lists open alerts)`);
  } catch (err) {
    console.error(`[alert] ${kind} on ${row.subject} could not be recorded: ${(err as Error).name}`);
  }
}
