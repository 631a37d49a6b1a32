-- Khidma schema, version 25: a correction or an erasure of personal data needs a second person; tracking is limited.
--   subject_right_proposal: staff propose the correction or erasure of a verified data-subject request (after seeing
--   exactly which records it covers); a supervisor other than the proposer approves it, and only then is it carried
--   out, or declines it. The national ID and the corrected value are kept only while the proposal waits (cleared when
--   it is decided). At most one proposal waits per request.
-- Instants are UTC DATETIME(6). utf8mb4 throughout.

CREATE TABLE subject_right_proposal (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_reference VARCHAR(40)  NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    field             VARCHAR(20)  NULL,
    corrected_value   VARCHAR(200) NULL,
    national_id       VARCHAR(10)  NULL,
    state             VARCHAR(20)  NOT NULL,
    waiting_reference VARCHAR(40)  NULL,
    proposed_by       VARCHAR(60)  NOT NULL,
    proposed_at       DATETIME(6)  NOT NULL,
    decided_by        VARCHAR(60)  NULL,
    decided_at        DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_subject_right_proposal_waiting UNIQUE (waiting_reference),
    CONSTRAINT ck_subject_right_proposal_kind CHECK (kind IN ('CORRECTION', 'ERASURE')),
    CONSTRAINT ck_subject_right_proposal_state CHECK (state IN ('WAITING', 'APPROVED', 'DECLINED')),
    INDEX ix_subject_right_proposal_reference (request_reference)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- tracking_standing: wrong tracking attempts (a reference with a mobile that does not belong to it) counted per
--   reference ('reference:<ref>', only for references that exist) and per kiosk device ('device:<token hash>'); a
--   reference or a device that reached its limit within the hour is locked for a while and is answered "not found"
--   whatever is typed (intake.control.TrackingLimit).
CREATE TABLE tracking_standing (
    subject           VARCHAR(120) NOT NULL PRIMARY KEY,
    failures          INT          NOT NULL DEFAULT 0,
    window_started_at DATETIME(6)  NULL,
    locked_until      DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- message.erase_after_send: a message still waiting when its person's data is erased (or its request anonymised) is
--   delivered first and anonymised as soon as it is sent (an SMS's texts at once: the SMS says only fixed text, the
--   reference and the date).
ALTER TABLE message ADD COLUMN erase_after_send BOOLEAN NOT NULL DEFAULT FALSE;
