// A failed lookup or find: counted by the limiter, and an alert for staff when its subject just reached the ceiling.
import { raiseAlert, type AlertKind } from '../alerts/raiseAlert.ts';
import type { Services } from '../services.ts';

export async function recordLookupFailure(services: Services, kind: AlertKind, subject: string, bucket: string, now: number): Promise<void> {
  const alert = services.limiter.recordFailure(subject, bucket, now);
  if (alert) await raiseAlert(services, kind, alert);
}
