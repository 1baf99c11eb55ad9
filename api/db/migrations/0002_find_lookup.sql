ALTER TABLE `cases` ADD `id_number_hmac` text;--> statement-breakpoint
CREATE INDEX `cases_id_number_hmac` ON `cases` (`id_number_hmac`);--> statement-breakpoint
CREATE INDEX `cases_agent_submitted` ON `cases` (`agent_id`,`submitted_at`);