-- Khidma schema, version 21: sign-in throttling and one-time passwords that expire (ASVS 5.0, 6.3 and 6.4).
--   Wrong sign-ins are counted per user name (whether or not an account has it) and per client address; a name or an
--   address may be locked for a while. A one-time password (invitation, reset) remembers when it was issued.

CREATE TABLE sign_in_standing (
    subject         VARCHAR(120) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL DEFAULT 0,
    last_failure_at DATETIME(6)  NULL,
    locked_until    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

ALTER TABLE staff_account
    ADD COLUMN one_time_password_at DATETIME(6) NULL AFTER must_change_password;

-- one-time passwords already handed out count from the account's creation (or from now, if that is unknown)
UPDATE staff_account SET one_time_password_at = COALESCE(created_at, UTC_TIMESTAMP(6)) WHERE must_change_password;
