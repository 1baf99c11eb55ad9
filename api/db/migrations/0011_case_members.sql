CREATE TABLE `case_members` (
	`case_id` integer NOT NULL,
	`id_number_hmac` text NOT NULL,
	`programme` text NOT NULL,
	`open` integer NOT NULL,
	PRIMARY KEY(`case_id`, `id_number_hmac`),
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_members_one_open_claim` ON `case_members` (`id_number_hmac`,`programme`) WHERE "case_members"."open" = 1;