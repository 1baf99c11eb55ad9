-- agents become accounts (ids kept, so cases.agent_id stays valid: the rename rewrites its foreign key), with a role,
-- a nullable township for county roles, TOTP and disabling. Agent sessions were short-lived credentials without a
-- CSRF token: they end here and agents sign in again.
DROP TABLE `agent_sessions`;
--> statement-breakpoint
ALTER TABLE `agents` RENAME TO `accounts`;
--> statement-breakpoint
CREATE TABLE `__new_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text DEFAULT 'agent' NOT NULL,
	`county` text NOT NULL,
	`township` text,
	`village` text,
	`totp_secret_sealed` text,
	`totp_last_step` integer,
	`disabled_at` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_accounts` (`id`, `username`, `password_hash`, `display_name`, `role`, `county`, `township`, `village`, `created_at`)
	SELECT `id`, `username`, `password_hash`, `display_name`, 'agent', `county`, `township`, `village`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `accounts`;
--> statement-breakpoint
DROP TABLE `accounts`;
--> statement-breakpoint
ALTER TABLE `__new_accounts` RENAME TO `accounts`;
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_username` ON `accounts` (`username`);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`account_id` integer NOT NULL,
	`csrf_token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_account` ON `sessions` (`account_id`);
