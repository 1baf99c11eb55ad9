ALTER TABLE `cases` ADD `linked_group` integer;--> statement-breakpoint
CREATE INDEX `cases_linked_group` ON `cases` (`linked_group`);
