-- Conflict of interest: declared near kin as keyed HMACs (staff, agents, village cadres) and the flags raised on cases.
CREATE TABLE `kin_declarations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`account_id` integer,
	`cadre_name` text,
	`county` text NOT NULL,
	`township` text,
	`village` text,
	`relation` text NOT NULL,
	`kin_name_masked` text NOT NULL,
	`kin_id_hmac` text NOT NULL,
	`entered_by` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entered_by`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kin_declarations_hmac` ON `kin_declarations` (`kin_id_hmac`);--> statement-breakpoint
CREATE INDEX `kin_declarations_account` ON `kin_declarations` (`account_id`);--> statement-breakpoint
CREATE INDEX `kin_declarations_village` ON `kin_declarations` (`county`,`township`,`village`);--> statement-breakpoint
CREATE TABLE `case_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`code` text NOT NULL,
	`basis` text NOT NULL,
	`event_id` integer NOT NULL,
	`raised_at` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_flags_case_code_basis` ON `case_flags` (`case_id`,`code`,`basis`);--> statement-breakpoint
CREATE INDEX `case_flags_code` ON `case_flags` (`code`,`case_id`);--> statement-breakpoint
ALTER TABLE `cases` ADD `flags` text;
