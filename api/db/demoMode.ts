// Whether this database holds demo data: remembered in `settings`, so every later start shows 演示站 and a
// production start refuses it, whether or not it was asked to seed again.
import { eq } from 'drizzle-orm';
import type { Db } from './client.ts';
import { settings } from './schema/index.ts';

const DEMO = 'demo';

/** Marks the database as demo before any demo row goes in, so a start cut short is still marked. */
export async function markDemoData(db: Db, when: Date): Promise<void> {
  await db.insert(settings).values({ key: DEMO, value: `seeded ${when.toISOString()}` }).onConflictDoNothing();
}

export async function holdsDemoData(db: Db): Promise<boolean> {
  return (await db.select({ key: settings.key }).from(settings).where(eq(settings.key, DEMO))).length > 0;
}
