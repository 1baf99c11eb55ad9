// Everyone who signs in (代办 agents and township/county staff) and their server-side sessions.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ROLES } from '../../domain/roles.ts';

export const accounts = sqliteTable('accounts', {
  /** The old agents' ids, kept: cases.agent_id points here. */
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull(),
  /** argon2id$v=19$m,t,p$salt$hash (older accounts: scrypt$N$r$p$salt$hash until their next sign-in), base64url. */
  passwordHash: text('password_hash').notNull(),
  /** Shown on the case: e.g. 林城镇某村委会 张*. */
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull().default('agent'),
  county: text('county').notNull(),
  /** The township for township roles and agents; null for county roles. */
  township: text('township'),
  /** The village (村/社区) an agent serves, when the account is a village's. */
  village: text('village'),
  /** TOTP secret (base32) sealed with the data key; county-approver and admin only. */
  totpSecretSealed: text('totp_secret_sealed'),
  /** The last TOTP time step accepted, so a code is refused the second time. */
  totpLastStep: integer('totp_last_step'),
  /** ISO instant; a disabled account cannot sign in and has no sessions. */
  disabledAt: text('disabled_at'),
  createdAt: text('created_at').notNull(),
}, (t) => [uniqueIndex('accounts_username').on(t.username)]);

export const sessions = sqliteTable('sessions', {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  tokenHash: text('token_hash').primaryKey(),
  accountId: integer('account_id').notNull().references(() => accounts.id),
  /** SHA-256 of the token sent back as x-csrf-token. */
  csrfTokenHash: text('csrf_token_hash').notNull(),
  createdAt: text('created_at').notNull(),
  lastSeenAt: text('last_seen_at').notNull(),
}, (t) => [index('sessions_account').on(t.accountId)]);
