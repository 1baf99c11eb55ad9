CREATE TABLE `agent_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`agent_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `agents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`display_name` text NOT NULL,
	`county` text NOT NULL,
	`township` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agents_username` ON `agents` (`username`);--> statement-breakpoint
CREATE TABLE `terminals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`key_hash` text NOT NULL,
	`county` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `terminals_key_hash` ON `terminals` (`key_hash`);--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`step` text,
	`actor` text NOT NULL,
	`reason` text NOT NULL,
	`at` text NOT NULL,
	`on` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_events_case_seq` ON `case_events` (`case_id`,`seq`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_no` text NOT NULL,
	`query_code_hmac` text NOT NULL,
	`id_last6_hmac` text NOT NULL,
	`programme` text NOT NULL,
	`county` text NOT NULL,
	`township` text NOT NULL,
	`village` text,
	`applicant_name_masked` text NOT NULL,
	`applicant_id_last4` text NOT NULL,
	`claim_sealed` text NOT NULL,
	`submitted_by` text NOT NULL,
	`agent_id` integer,
	`near_kin` integer NOT NULL,
	`requested_amount` real,
	`status` text NOT NULL,
	`submitted_at` text NOT NULL,
	`supplement_items` text,
	`supplement_uploads` text,
	`notice_from` text,
	`notice_to` text,
	`notice_place` text,
	`refusal_reason` text,
	`approved_monthly` real,
	`approved_from_month` text,
	FOREIGN KEY (`agent_id`) REFERENCES `agents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_case_no` ON `cases` (`case_no`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`month` text NOT NULL,
	`amount` real NOT NULL,
	`paid_on` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payments_case_month` ON `payments` (`case_id`,`month`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`body_hash` text NOT NULL,
	`case_id` integer NOT NULL,
	`response_sealed` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`format` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`case_id` integer,
	`purpose` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
