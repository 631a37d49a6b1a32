-- Khidma schema, version 16: referral to the higher authority counts in the office's working days (issue #13, part 2).
--   escalation_level.response_working_days replaces response_minutes: each level answers by the end of the n-th
--   working day (Sunday to Thursday, less holidays) after the day the referral reached it, like every other promise
--   the association makes. Existing times are carried over as whole days, rounded up (2880 minutes -> 2 days), at
--   least one. Escalations already open keep the due instant they were given when they reached their level.
-- utf8mb4 throughout.

ALTER TABLE escalation_level
    ADD COLUMN response_working_days INT NOT NULL DEFAULT 1 AFTER position;

UPDATE escalation_level
SET response_working_days = LEAST(60, GREATEST(1, CEIL(response_minutes / 1440)));

ALTER TABLE escalation_level
    DROP CONSTRAINT ck_escalation_level_time,
    DROP COLUMN response_minutes,
    ALTER COLUMN response_working_days DROP DEFAULT,
    ADD CONSTRAINT ck_escalation_level_days CHECK (response_working_days BETWEEN 1 AND 60);
