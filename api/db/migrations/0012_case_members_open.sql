-- A case's members count for 一户一案 while it is being handled or paid (the statuses of OPEN_CASE_STATUSES in
-- api/cases/household.ts): a status change says so on its member rows, whoever makes it. Only a real change between
-- counting and not counting touches them: rewriting the same status (every action does) must leave a legacy
-- duplicate's rows as they are.
CREATE TRIGGER `case_members_open` AFTER UPDATE OF `status` ON `cases`
WHEN (OLD.`status` IN ('open', 'supplement', 'approved')) IS NOT (NEW.`status` IN ('open', 'supplement', 'approved'))
BEGIN UPDATE `case_members` SET `open` = (NEW.`status` IN ('open', 'supplement', 'approved')) WHERE `case_id` = NEW.`id`; END;
