CREATE TABLE `alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`subject` text NOT NULL,
	`failures` integer NOT NULL,
	`first_failure_at` text NOT NULL,
	`raised_at` text NOT NULL,
	`seen_at` text
);
--> statement-breakpoint
CREATE INDEX `alerts_raised` ON `alerts` (`raised_at`);