-- The staff queue walks these in due-date order: a township's cases (township roles), a county's (county roles).
CREATE INDEX `cases_queue_township` ON `cases` (`county`,`township`,`due_on`);--> statement-breakpoint
CREATE INDEX `cases_queue_county` ON `cases` (`county`,`due_on`);
