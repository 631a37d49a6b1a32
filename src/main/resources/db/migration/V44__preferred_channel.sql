-- The member's channel (issue #15): where a requester gave more than one contact they choose SMS, e-mail or a letter
-- printed at the counter. NULL: not chosen, and letters answer the way the request came (RequestLetters.answering).
ALTER TABLE service_request ADD COLUMN preferred_channel VARCHAR(10) NULL;
