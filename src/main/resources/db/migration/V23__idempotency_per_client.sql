-- Khidma schema, version 23: an Idempotency-Key belongs to the client that sent it (ASVS 5.0): the stored key is the
--   client's address digest (16 hex digits), a colon and the key, so one client's key never replays or blocks another's.
--   Answers kept under the old, unscoped keys stay as they were (no retry can match them any more; the deadline
--   scheduler forgets them when they expire, within a day).

ALTER TABLE api_idempotency MODIFY idempotency_key VARCHAR(117) NOT NULL;
