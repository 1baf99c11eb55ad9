// Unattached uploads (no case, no 举报) past their expiry are deleted, row and file: at start and then every few minutes.
import { and, isNull, lt } from 'drizzle-orm';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { uploads } from '../db/schema/index.ts';
import type { Services } from '../services.ts';

export async function sweepExpiredUploads(services: Services): Promise<number> {
  const expired = and(isNull(uploads.caseId), isNull(uploads.reportId), lt(uploads.expiresAt, services.now().toISOString()));
  const rows = await services.writes(() => services.db.delete(uploads).where(expired).returning({ id: uploads.id, format: uploads.format }));
  await Promise.all(rows.map((r) => rm(join(services.uploadsDir, `${r.id}.${r.format}`), { force: true })));
  return rows.length;
}

/** Sweeps every `everyMs` while the process runs; the timer does not keep the process alive. */
export function sweepUploadsEvery(services: Services, everyMs: number): void {
  const sweep = () => {
    // Servers a test (or a walk) started and closed in a process that goes on: their sweep ends with their database.
    if (services.client.closed) return clearInterval(timer);
    sweepExpiredUploads(services).catch((error: Error) => console.error(`upload sweep failed: ${error.name}`));
  };
  const timer = setInterval(sweep, everyMs);
  timer.unref();
}
