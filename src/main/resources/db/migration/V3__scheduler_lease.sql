-- Khidma schema, version 4: the deadline scheduler's lock across nodes, and the top-of-ladder flag on escalations.
--   scheduler_lease: one row per job group. A node runs the deadline jobs only inside a transaction that holds this
--   row with SELECT ... FOR UPDATE, so two app nodes never run them at the same time, and only if no node has run
--   them for the same slot (the scheduled minute) yet, so each slot runs once across the cluster. The row also
--   records the last run (slot, node, start and end) for operators. Times are UTC DATETIME(6).
--   escalation.flagged_at: an escalation unanswered past its time at the top of the ladder cannot climb; the
--   scheduler flags it once instead.
-- (V3 is reserved for the intake/membership/correspondence boundaries.)

CREATE TABLE scheduler_lease (
    name            VARCHAR(40)  NOT NULL PRIMARY KEY,
    last_slot       VARCHAR(60)  NULL,
    last_owner      VARCHAR(120) NULL,
    last_started_at DATETIME(6)  NULL,
    last_ended_at   DATETIME(6)  NULL,
    runs            BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO scheduler_lease (name) VALUES ('deadlines');

ALTER TABLE escalation
    ADD COLUMN flagged_at DATETIME(6) NULL AFTER climbed_at,
    ADD INDEX ix_escalation_flag (state, flagged_at, due_at);
