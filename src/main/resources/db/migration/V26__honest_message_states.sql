-- Issue #15: message states that tell the truth. SENT only with the provider's id; DELIVERED / FAILED from its
-- delivery report; NO_GATEWAY when nothing on the server could send it; retries wait (next_attempt_at) with back-off.
ALTER TABLE message DROP CONSTRAINT ck_message_state;
ALTER TABLE message ADD CONSTRAINT ck_message_state
    CHECK (state IN ('PENDING', 'SENT', 'DELIVERED', 'FAILED', 'NO_GATEWAY'));
ALTER TABLE message ADD COLUMN provider_id VARCHAR(100) NULL,
    ADD COLUMN next_attempt_at DATETIME(6) NULL,
    ADD COLUMN reported_at DATETIME(6) NULL,
    ADD UNIQUE INDEX ux_message_provider (provider_id);
