ALTER TABLE `cases` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `step` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `due_on` text;--> statement-breakpoint
ALTER TABLE `cases` ADD `review_on` text;