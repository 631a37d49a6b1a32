-- The member's channel (issue #15): where a requester gave more than one contact they choose SMS, e-mail or a letter
-- printed at the counter. NULL: not chosen, and letters answer the way the request came (RequestLetters.answering).
ALTER TABLE service_request ADD COLUMN preferred_channel VARCHAR(10) NULL;
-- The member register keeps the member's own choice; the member page changes it (audited in the member's history).
ALTER TABLE member ADD COLUMN preferred_channel VARCHAR(10) NULL;
