ALTER TABLE `terminals` ADD `township` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `village` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `created_at` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `revoked_at` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `last_seen_at` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `version` text;--> statement-breakpoint
ALTER TABLE `terminals` ADD `uptime` integer;--> statement-breakpoint
ALTER TABLE `terminals` ADD `last_error` text;