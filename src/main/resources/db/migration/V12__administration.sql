-- Khidma schema, version 12: administration.
--   staff sessions can be ended from the console (a per-account session epoch, checked on every request),
--   request types say whether and where the kiosk offers them, kiosk devices are registered (hashed tokens and
--   one-time enrolment codes only), and the kiosk's idle time is a setting (NULL: the environment's default).

ALTER TABLE staff_account
    ADD COLUMN session_epoch INT         NOT NULL DEFAULT 0 AFTER last_login_at,
    ADD COLUMN invited_by    VARCHAR(60) NULL AFTER session_epoch,
    ADD COLUMN created_at    DATETIME(6) NULL AFTER invited_by;

ALTER TABLE request_type
    ADD COLUMN kiosk_position INT NULL AFTER active;

UPDATE request_type SET kiosk_position = CASE code
    WHEN 'MEMBERSHIP_APPLICATION' THEN 0
    WHEN 'SUPPORT' THEN 1
    WHEN 'MEMBERSHIP_UPDATE' THEN 2
    WHEN 'CERTIFICATE' THEN 3
    WHEN 'COMPLAINT' THEN 4
    WHEN 'SUGGESTION' THEN 5
    WHEN 'WITHDRAWAL' THEN 6
    ELSE NULL END;

CREATE TABLE kiosk_device (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(80)  NOT NULL,
    token_hash       CHAR(64)     NULL,
    enrolment_hash   CHAR(64)     NULL,
    enrolment_until  DATETIME(6)  NULL,
    registered_by    VARCHAR(60)  NOT NULL,
    registered_at    DATETIME(6)  NOT NULL,
    enrolled_at      DATETIME(6)  NULL,
    last_seen_at     DATETIME(6)  NULL,
    revoked_by       VARCHAR(60)  NULL,
    revoked_at       DATETIME(6)  NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_kiosk_device_token UNIQUE (token_hash),
    CONSTRAINT uq_kiosk_device_enrolment UNIQUE (enrolment_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE kiosk_settings (
    id           BIGINT      NOT NULL PRIMARY KEY,
    idle_seconds INT         NULL,
    changed_by   VARCHAR(60) NULL,
    changed_at   DATETIME(6) NULL,
    version      BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_kiosk_settings_idle CHECK (idle_seconds IS NULL OR idle_seconds BETWEEN 10 AND 3600)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO kiosk_settings (id, idle_seconds) VALUES (1, NULL);

CREATE INDEX ix_audit_entry_type ON audit_entry (subject_type, occurred_at);
