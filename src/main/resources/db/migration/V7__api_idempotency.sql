-- Khidma schema, version 7: the website channel API's idempotent submissions.
--   api_idempotency: one row per Idempotency-Key a website client sent with a successful POST, written in the same
--   transaction as the submission it answers. A retry with the same key and the same request (fingerprint: SHA-256
--   of method, path and the request's canonical JSON) gets the stored answer back (status, Location, body) instead
--   of filing a second request; the same key with another request is refused. The primary key makes two concurrent
--   first attempts with one key file at most one request. Times are UTC DATETIME(6).

CREATE TABLE api_idempotency (
    idempotency_key VARCHAR(100)  NOT NULL PRIMARY KEY,
    fingerprint     CHAR(64)      NOT NULL,
    status          INT           NOT NULL,
    location        VARCHAR(200)  NULL,
    body            TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    INDEX ix_api_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
