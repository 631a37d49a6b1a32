-- Khidma schema, version 1: staff accounts, gap-free counters, member service requests.
-- Instants are stored as UTC DATETIME(6) (see platform.persistence.UtcInstants).
-- utf8mb4 throughout: Arabic names and text.

CREATE TABLE staff_account (
    username             VARCHAR(60)  NOT NULL PRIMARY KEY,
    display_name         VARCHAR(120) NOT NULL,
    password_hash        VARCHAR(255) NOT NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
    last_login_at        DATETIME(6) NULL,
    version              BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE staff_role (
    username VARCHAR(60) NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_staff_role_account FOREIGN KEY (username) REFERENCES staff_account (username) ON DELETE CASCADE,
    CONSTRAINT ck_staff_role CHECK (role IN ('STAFF', 'SUPERVISOR', 'DIRECTOR', 'COMMITTEE', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sequence_counter (
    name       VARCHAR(40) NOT NULL,
    period     INT         NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (name, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference        VARCHAR(20)   NOT NULL,
    type_code        VARCHAR(40)   NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    requester_name   VARCHAR(120)  NOT NULL,
    requester_mobile VARCHAR(13)   NOT NULL,
    details          VARCHAR(2000) NULL,
    submitted_at     DATETIME(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_service_request_reference UNIQUE (reference),
    INDEX ix_service_request_submitted (submitted_at, id),
    INDEX ix_service_request_status (status, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
