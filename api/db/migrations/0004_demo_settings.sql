CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);

--> statement-breakpoint
-- A database seeded before this migration holds the demo accounts whose passwords were in the source: it is marked demo.
INSERT INTO `settings` (`key`, `value`) SELECT 'demo', 'seeded before 0004' WHERE EXISTS (SELECT 1 FROM `agents` WHERE `username` IN ('linchen-daiban', 'jianzhong-daiban'));
