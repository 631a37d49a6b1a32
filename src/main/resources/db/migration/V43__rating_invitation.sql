-- The invitation to rate a closed request or a served counter visit (issue #15): the satisfaction component keeps
-- only the SHA-256 of the short code the member was sent, the service and channel it rates and the last day it may
-- be used. No reference, no ticket, no person, no time of issue (an identity or a timestamp could be lined up with
-- the request's history): the code itself lives only in the member's message. A used code's row is deleted; an
-- expired one is refused and deleted.
CREATE TABLE rating_invitation (
    code_hash   CHAR(64)    NOT NULL PRIMARY KEY,
    service     VARCHAR(30) NOT NULL,
    channel     VARCHAR(20) NOT NULL,
    expires_on  DATE        NOT NULL,
    INDEX ix_rating_invitation_expiry (expires_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
