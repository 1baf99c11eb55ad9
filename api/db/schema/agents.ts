// 代办 agents and their sessions; kiosk terminals and their credentials.
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const agents = sqliteTable('agents', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull(),
  /** scrypt$N$r$p$salt$hash, base64url. */
  passwordHash: text('password_hash').notNull(),
  /** Shown on the case: e.g. 林城镇某村委会 张*. */
  displayName: text('display_name').notNull(),
  county: text('county').notNull(),
  township: text('township').notNull(),
  /** The village (村/社区) the agent serves, when the account is a village's; null files for the whole township. */
  village: text('village'),
}, (t) => [uniqueIndex('agents_username').on(t.username)]);

export const agentSessions = sqliteTable('agent_sessions', {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  tokenHash: text('token_hash').primaryKey(),
  agentId: integer('agent_id').notNull().references(() => agents.id),
  expiresAt: text('expires_at').notNull(),
});

export const terminals = sqliteTable('terminals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** Where it stands, e.g. 林城镇便民服务中心. */
  name: text('name').notNull(),
  /** SHA-256 of the X-Terminal-Key credential. */
  keyHash: text('key_hash').notNull(),
  county: text('county').notNull(),
}, (t) => [uniqueIndex('terminals_key_hash').on(t.keyHash)]);
