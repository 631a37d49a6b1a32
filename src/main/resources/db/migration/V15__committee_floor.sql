-- Issue #13 (1): the research committee replies "within a period of not less than two weeks" (لا تقل عن أسبوعين).

-- The floor is never set below two Sunday-Thursday weeks (10 working days); the calendar adds the 14 calendar days.
UPDATE review_settings
SET ceiling_working_days = GREATEST(ceiling_working_days, 10),
    floor_working_days   = 10
WHERE floor_working_days < 10;

ALTER TABLE review_settings
    ADD CONSTRAINT ck_review_settings_two_weeks CHECK (floor_working_days >= 10);

-- An early decision is an exception: the board's decision that allows it is recorded beside the administrator's
-- reason, and when the committee used it, the floor it decided before (printed in the minutes, told in the letter).
ALTER TABLE agenda_item
    ADD COLUMN floor_exception_board_ref VARCHAR(60) NULL AFTER floor_overridden_at,
    ADD COLUMN decided_before_floor_on   DATE        NULL AFTER decided_at,
    ADD CONSTRAINT ck_agenda_item_exception CHECK (floor_exception_board_ref IS NULL
        OR (floor_override_reason IS NOT NULL AND floor_overridden_by IS NOT NULL)),
    ADD CONSTRAINT ck_agenda_item_early CHECK (decided_before_floor_on IS NULL OR floor_override_reason IS NOT NULL);
