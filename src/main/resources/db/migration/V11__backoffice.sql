-- Khidma schema, version 11: the back office's volunteering opportunities and improvement items.
--   volunteering: opportunities (what, which day and part of the day, how many people, which skills help) and the
--   approved volunteers matched to them.
--   satisfaction: improvement items opened from a low rating or a suggestion: the root cause, the action, the role
--   that owns it (a role, never a person: the policy's "not for punishment"), the target date and the day it was done.
-- Instants are UTC DATETIME(6); calendar days are DATE (Asia/Riyadh). utf8mb4 throughout.

CREATE TABLE volunteer_opportunity (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    on_day      DATE         NOT NULL,
    day_part    VARCHAR(10)  NOT NULL,
    needed      INT          NOT NULL,
    planned_by  VARCHAR(60)  NOT NULL,
    planned_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_volunteer_opportunity_part CHECK (day_part IN ('MORNING', 'AFTERNOON', 'EVENING')),
    CONSTRAINT ck_volunteer_opportunity_needed CHECK (needed BETWEEN 1 AND 100),
    INDEX ix_volunteer_opportunity_day (on_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_opportunity_skill (
    opportunity_id BIGINT      NOT NULL,
    skill          VARCHAR(30) NOT NULL,
    PRIMARY KEY (opportunity_id, skill),
    CONSTRAINT fk_volunteer_opportunity_skill FOREIGN KEY (opportunity_id) REFERENCES volunteer_opportunity (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE volunteer_assignment (
    opportunity_id BIGINT NOT NULL,
    volunteer_id   BIGINT NOT NULL,
    PRIMARY KEY (opportunity_id, volunteer_id),
    CONSTRAINT fk_volunteer_assignment_opportunity FOREIGN KEY (opportunity_id) REFERENCES volunteer_opportunity (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_volunteer_assignment_volunteer FOREIGN KEY (volunteer_id) REFERENCES volunteer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- No employee column on purpose: an improvement is owned by a role, and a rating it came from stays anonymous.
CREATE TABLE improvement_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source      VARCHAR(20)   NOT NULL,
    source_id   BIGINT        NOT NULL,
    service     VARCHAR(30)   NOT NULL,
    problem     VARCHAR(1000) NOT NULL,
    root_cause  VARCHAR(1000) NOT NULL,
    action      VARCHAR(1000) NOT NULL,
    owner_role  VARCHAR(20)   NOT NULL,
    due_on      DATE          NOT NULL,
    done_on     DATE          NULL,
    opened_by   VARCHAR(60)   NOT NULL,
    opened_at   DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_improvement_item_source CHECK (source IN ('RATING', 'SUGGESTION')),
    CONSTRAINT ck_improvement_item_owner CHECK (owner_role IN ('STAFF', 'SUPERVISOR', 'DIRECTOR', 'COMMITTEE', 'ADMIN')),
    INDEX ix_improvement_item_open (done_on, due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
