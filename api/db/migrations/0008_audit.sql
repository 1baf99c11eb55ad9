CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`case_id` integer,
	`account_id` integer,
	`actor` text NOT NULL,
	`step` text,
	`reason` text NOT NULL,
	`detail` text,
	`at` text NOT NULL,
	`on` text NOT NULL,
	`prev_mac` text,
	`mac` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_events_case` ON `audit_events` (`case_id`,`id`);--> statement-breakpoint
-- The events recorded so far keep their order (case_events ids are insertion order); the start MACs them (SQL cannot).
INSERT INTO `audit_events` (`id`, `kind`, `case_id`, `actor`, `step`, `reason`, `at`, `on`)
  SELECT row_number() OVER (ORDER BY `id`), `kind`, `case_id`, `actor`, `step`, `reason`, `at`, `on` FROM `case_events` ORDER BY `id`;
--> statement-breakpoint
-- Append-only: a row is never changed once MACed; a copied row may only receive its MACs, once.
CREATE TRIGGER `audit_events_no_update` BEFORE UPDATE ON `audit_events`
  WHEN OLD.`mac` IS NOT NULL OR OLD.`prev_mac` IS NOT NULL OR NEW.`id` IS NOT OLD.`id` OR NEW.`kind` IS NOT OLD.`kind` OR NEW.`case_id` IS NOT OLD.`case_id`
    OR NEW.`account_id` IS NOT OLD.`account_id` OR NEW.`actor` IS NOT OLD.`actor` OR NEW.`step` IS NOT OLD.`step` OR NEW.`reason` IS NOT OLD.`reason`
    OR NEW.`detail` IS NOT OLD.`detail` OR NEW.`at` IS NOT OLD.`at` OR NEW.`on` IS NOT OLD.`on`
  BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_events_no_delete` BEFORE DELETE ON `audit_events` BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
--> statement-breakpoint
-- Every new event arrives MACed; only the copied rows above are sealed later.
CREATE TRIGGER `audit_events_sealed` BEFORE INSERT ON `audit_events` WHEN NEW.`mac` IS NULL OR NEW.`prev_mac` IS NULL
  BEGIN SELECT RAISE(ABORT, 'audit_events rows are inserted with their MAC'); END;
--> statement-breakpoint
-- The old per-case chain is frozen: its rows stay as they were, and a writer still aiming at it fails loudly.
CREATE TRIGGER `case_events_frozen` BEFORE INSERT ON `case_events` BEGIN SELECT RAISE(ABORT, 'case_events is replaced by audit_events'); END;
