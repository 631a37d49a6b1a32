-- The board's referrals report (issue #17, report 4) counts the escalations that arrived at each level in a period by
-- state and reads the answered ones' two timestamps: with every column it reads in one index, it never touches the
-- table's rows.
ALTER TABLE escalation
    ADD INDEX ix_escalation_raised (raised_at, level_code, state, answered_at);
