CREATE TABLE `case_members` (
	`case_id` integer NOT NULL,
	`id_number_hmac` text NOT NULL,
	PRIMARY KEY(`case_id`, `id_number_hmac`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_members_id_number_hmac` ON `case_members` (`id_number_hmac`,`case_id`);