CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tracking_number` text NOT NULL,
	`query_code_hmac` text NOT NULL,
	`kind` text NOT NULL,
	`county` text NOT NULL,
	`about` text NOT NULL,
	`programme` text,
	`township` text,
	`village` text,
	`person_role` text,
	`text_sealed` text NOT NULL,
	`contact_sealed` text,
	`received_at` text NOT NULL,
	`received_on` text NOT NULL,
	`accept_due_on` text NOT NULL,
	`status` text NOT NULL,
	`accepted_on` text,
	`answer_due_on` text,
	`answer` text,
	`answered_on` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_tracking_number` ON `reports` (`tracking_number`);--> statement-breakpoint
CREATE INDEX `reports_queue` ON `reports` (`county`,`status`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer,
	`terminal_id` integer,
	`channel` text NOT NULL,
	`county` text NOT NULL,
	`township` text,
	`programme` text,
	`level` integer NOT NULL,
	`comment_sealed` text,
	`rated_at` text NOT NULL,
	`rated_on` text NOT NULL,
	`follow_up_due_on` text,
	`follow_up_answer` text,
	`follow_up_answered_on` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`terminal_id`) REFERENCES `terminals`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ratings_case` ON `ratings` (`case_id`) WHERE case_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ratings_county_follow_up` ON `ratings` (`county`,`follow_up_due_on`) WHERE follow_up_due_on IS NOT NULL;--> statement-breakpoint
CREATE INDEX `ratings_county_rated` ON `ratings` (`county`,`rated_on`);--> statement-breakpoint
ALTER TABLE `uploads` ADD `report_id` integer REFERENCES reports(id);