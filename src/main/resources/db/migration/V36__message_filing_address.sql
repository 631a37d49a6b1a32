-- Issue #15: acknowledgements are limited per filing address as well as per recipient. A website filing's
-- acknowledgement keeps which client filed it: sixteen hex digits of the SHA-256 of its address, never the address.
ALTER TABLE message ADD COLUMN filed_from CHAR(16) NULL,
    ADD INDEX ix_message_filed_from (filed_from, created_at);
