-- Khidma schema, version 27: one filing per kiosk submission.
--   kiosk_submission: one row per submission token a kiosk's wizard sent with a filing (the SHA-256 of the token,
--   never the token), written in the same transaction as the request it filed. A double tap on "Send", or a retry
--   of the same submission, gets the first filing's reference back instead of filing a second request; the primary
--   key makes two concurrent taps file at most one request. Times are UTC DATETIME(6).

CREATE TABLE kiosk_submission (
    token_hash   CHAR(64)     NOT NULL PRIMARY KEY,
    reference    VARCHAR(40)  NOT NULL,
    submitted_at DATETIME(6)  NOT NULL,
    INDEX ix_kiosk_submission_submitted (submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
