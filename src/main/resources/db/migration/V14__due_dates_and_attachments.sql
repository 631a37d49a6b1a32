-- Khidma schema, version 14: what the association owes each member by when, and the scanned papers of a request.
--   request_type.answer_working_days: within how many working days a request of the type is answered (admins set it).
--   service_request.due_on: the day the association owes the member its next step (the type's answer time, or the
--   committee's decision day); NULL while the request waits on the member and once it is closed. The inbox filters
--   and flags on it.
--   audit_entry.seq: the order of the entries of one transaction (see the end of this file).
--   request_attachment: the scanned copy of a letter, or a document the member handed in, kept with its request
--   (PDF, JPEG or PNG up to 10 MB, checked by its first bytes; SHA-256 to show it is unchanged).
-- Instants are UTC DATETIME(6). utf8mb4 throughout.

ALTER TABLE request_type
    ADD COLUMN answer_working_days INT NOT NULL DEFAULT 5,
    ADD CONSTRAINT ck_request_type_answer_days CHECK (answer_working_days BETWEEN 1 AND 60);

UPDATE request_type SET answer_working_days = 2 WHERE code = 'INQUIRY';
UPDATE request_type SET answer_working_days = 3 WHERE code IN ('CERTIFICATE', 'MEMBERSHIP_UPDATE');
UPDATE request_type SET answer_working_days = 10 WHERE code = 'SUGGESTION';
-- the PDPL gives a controller 30 days to answer a data subject: 20 working days stay inside it
UPDATE request_type SET answer_working_days = 20 WHERE code IN ('DATA_EXPORT', 'DATA_CORRECTION', 'DATA_ERASURE');

ALTER TABLE service_request
    ADD COLUMN due_on DATE NULL,
    ADD INDEX ix_service_request_due (due_on, status);

-- Requests already open get a due day close to what the application would have promised (a working week is about
-- seven calendar days; the committee's ceiling from its hand-over day). New requests get the exact working day.
UPDATE service_request r JOIN request_type t ON t.code = r.type_code
SET r.due_on = DATE_ADD(DATE(r.submitted_at), INTERVAL CEIL(t.answer_working_days * 7 / 5) DAY)
WHERE r.status IN ('SUBMITTED', 'IN_INTAKE', 'VERIFIED', 'BEING_SERVED', 'ACCEPTED');

UPDATE service_request r JOIN agenda_item a ON a.request_id = r.id
SET r.due_on = DATE_ADD(a.handed_over_on, INTERVAL CEIL(a.ceiling_working_days * 7 / 5) DAY)
WHERE r.status = 'WITH_COMMITTEE' AND (a.decision IS NULL OR a.decision = 'DEFER');

CREATE TABLE request_attachment (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id   BIGINT       NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    content      LONGBLOB     NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_request_attachment_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_request_attachment_type CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    INDEX ix_request_attachment_request (request_id, uploaded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- audit_entry.seq: the entry's place among those written in one transaction, so a timeline keeps the order in
-- which the verbs of one moment happened (the persistence provider may insert them in another order). Entries
-- written before this column existed keep 0 and their insertion order.
ALTER TABLE audit_entry ADD COLUMN seq INT NOT NULL DEFAULT 0;
