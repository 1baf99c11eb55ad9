-- 公示 online (issue 10): notices written from notice-published events, objections filed against them, and the paused day on a case.
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`event_id` integer NOT NULL,
	`county` text NOT NULL,
	`township` text NOT NULL,
	`village` text,
	`programme` text NOT NULL,
	`name_masked` text NOT NULL,
	`household_size` integer NOT NULL,
	`monthly_amount` real NOT NULL,
	`from_on` text NOT NULL,
	`to_on` text NOT NULL,
	`place` text NOT NULL,
	`published_at` text NOT NULL,
	`withdrawn_on` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_case` ON `notices` (`case_id`);--> statement-breakpoint
CREATE INDEX `notices_place_to` ON `notices` (`county`,`township`,`village`,`to_on`);--> statement-breakpoint
CREATE INDEX `notices_to` ON `notices` (`to_on`);--> statement-breakpoint
CREATE TABLE `objections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tracking_number` text NOT NULL,
	`query_code_hmac` text NOT NULL,
	`notice_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`county` text NOT NULL,
	`township` text NOT NULL,
	`text_sealed` text NOT NULL,
	`contact_sealed` text,
	`raised_at` text NOT NULL,
	`raised_on` text NOT NULL,
	`status` text NOT NULL,
	`finding` text,
	`resolved_on` text,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `objections_tracking_number` ON `objections` (`tracking_number`);--> statement-breakpoint
CREATE INDEX `objections_case` ON `objections` (`case_id`);--> statement-breakpoint
CREATE INDEX `objections_queue` ON `objections` (`county`,`township`,`status`);--> statement-breakpoint
ALTER TABLE `cases` ADD `paused_on` text;--> statement-breakpoint
CREATE INDEX `cases_paused_township` ON `cases` (`county`,`township`,`paused_on`) WHERE paused_on IS NOT NULL;--> statement-breakpoint
CREATE INDEX `cases_paused_county` ON `cases` (`county`,`paused_on`) WHERE paused_on IS NOT NULL;