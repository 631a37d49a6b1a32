-- Issue #13, parts 3 and 8: the counter and the case.
--
-- A request opened or found at the counter keeps the ticket of that visit (reception's ticket, by value: its row id,
-- its printed number and its day), so the visit's waiting time and the request's case time are read together. A
-- ticket leads to at most one request. Nothing personal is added to the ticket.
ALTER TABLE service_request
    ADD COLUMN ticket_id     BIGINT      NULL,
    ADD COLUMN ticket_number VARCHAR(8)  NULL,
    ADD COLUMN ticket_day    DATE        NULL,
    ADD CONSTRAINT uq_service_request_ticket UNIQUE (ticket_id),
    ADD CONSTRAINT ck_service_request_ticket CHECK ((ticket_id IS NULL AND ticket_number IS NULL AND ticket_day IS NULL)
        OR (ticket_id IS NOT NULL AND ticket_number IS NOT NULL AND ticket_day IS NOT NULL));

-- The request types a knowledge-base article concerns (by the type's code), so the request page offers staff the
-- articles about the request in front of them (the policy's tools: the bylaws, the member-support guide).
CREATE TABLE article_request_type (
    article_id BIGINT      NOT NULL,
    type_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (article_id, type_code),
    CONSTRAINT fk_article_request_type_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE,
    INDEX ix_article_request_type_code (type_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The seeded articles that concern the seeded request types; staff change these on the knowledge page.
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'MEMBERSHIP_APPLICATION' FROM article WHERE code IN ('FAQ_APPLY', 'FAQ_DOCUMENTS', 'FAQ_DURATION', 'FAQ_MISSING', 'GUIDE_COMMITTEE', 'FAQ_REGISTRATION');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'MEMBERSHIP_UPDATE' FROM article WHERE code IN ('BYLAWS_RIGHTS');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'WITHDRAWAL' FROM article WHERE code IN ('BYLAWS_RIGHTS');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'CERTIFICATE' FROM article WHERE code IN ('FAQ_REGISTRATION');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'COMPLAINT' FROM article WHERE code IN ('GUIDE_STEPS', 'FAQ_FOLLOW_UP', 'FAQ_UNCLEAR');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'SUGGESTION' FROM article WHERE code IN ('FAQ_SUGGESTION');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'INQUIRY' FROM article WHERE code IN ('FAQ_ASK', 'GUIDE_CHANNELS');
INSERT INTO article_request_type (article_id, type_code)
    SELECT id, 'SUPPORT' FROM article WHERE code IN ('GUIDE_STEPS', 'FAQ_FOLLOW_UP');
