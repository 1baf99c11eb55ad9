// Facts the database keeps about itself, one row each: e.g. `demo` when it was seeded with demo data.
import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
