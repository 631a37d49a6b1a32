-- Khidma schema, version 23: an Idempotency-Key belongs to the client that sent it (ASVS 5.0): the stored key is the
--   client's address digest (16 hex digits), a colon and the key, so one client's key never replays or blocks another's.
--   Answers kept under the old, unscoped keys can no longer be matched and are dropped (they expire within a day anyway).

DELETE FROM api_idempotency;
ALTER TABLE api_idempotency MODIFY idempotency_key VARCHAR(117) NOT NULL;
