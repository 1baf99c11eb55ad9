// The chain's head copied out of the database at start and once per China day (one JSON line each, fsynced, 0600):
// cutting events off the end of the chain leaves a head that the chain no longer holds, and verify says so.
import { existsSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/index.ts';
import { chinaDate } from '../domain/calendarDate.ts';
import { syncDirectory } from '../files/durableFile.ts';

export const HEADS_FILE_NAME = 'audit-heads.jsonl';
const CHECK_EVERY_MS = 15 * 60_000;

export interface ExportedHead {
  /** China day of the export. */
  day: string;
  /** Id and MAC of the last event then. */
  id: number;
  mac: string;
  at: string;
}

/**
 * AUDIT_HEADS_FILE, or audit-heads.jsonl next to the database file (an embedded replica's too). A libSQL server has
 * no file here to sit beside: its heads are kept only where AUDIT_HEADS_FILE says, by every API process that sets it
 * (each appends a line only when the head or the day moved on since the file's last line).
 */
export function headsFileFor(databaseUrl: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const set = env['AUDIT_HEADS_FILE'];
  if (set) return set;
  if (!databaseUrl.startsWith('file:') || databaseUrl.includes(':memory:')) return undefined;
  const file = databaseUrl.startsWith('file://') ? fileURLToPath(databaseUrl) : databaseUrl.slice('file:'.length);
  return join(dirname(file), HEADS_FILE_NAME);
}

export function readHeads(file: string | undefined): ExportedHead[] {
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExportedHead);
}

async function appendLine(file: string, line: string): Promise<void> {
  const isNew = !existsSync(file);
  const handle = await open(file, 'a', 0o600);
  try {
    await handle.chmod(0o600);
    await handle.appendFile(line);
    await handle.sync();
  } finally {
    await handle.close();
  }
  if (isNew) await syncDirectory(dirname(file));
}

/** Appends the current head unless the file's last line already is it for today; answers what was written. */
export async function exportHead(db: Db, file: string, now: Date): Promise<ExportedHead | undefined> {
  const [head] = await db.select({ id: auditEvents.id, mac: auditEvents.mac }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  if (!head?.mac) return undefined;
  const day = chinaDate(now);
  const last = readHeads(file).at(-1);
  if (last && last.day === day && last.id === head.id) return undefined;
  const exported: ExportedHead = { day, id: head.id, mac: head.mac, at: now.toISOString() };
  await appendLine(file, `${JSON.stringify(exported)}\n`);
  return exported;
}

/** Exports now, then again whenever the China day has changed since the last export; the timer keeps no process alive. */
export function exportHeadsDaily(db: Db, file: string, now: () => Date): Promise<void> {
  let lastDay = chinaDate(now());
  const timer = setInterval(() => {
    const day = chinaDate(now());
    if (day === lastDay) return;
    lastDay = day;
    exportHead(db, file, now()).catch((err: Error) => console.error(`[audit] the chain head could not be exported to ${file}: ${err.message}`));
  }, CHECK_EVERY_MS);
  timer.unref();
  return exportHead(db, file, now()).then(() => undefined);
}
