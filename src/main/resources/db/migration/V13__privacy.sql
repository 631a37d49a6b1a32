-- Khidma schema, version 13: privacy duties under the Personal Data Protection Law (PDPL).
--   retention_setting: how long each category of personal data is kept once its purpose is served, in days; the
--   purge job anonymises what is older (names, IDs, mobiles and free text replaced by markers; dates, types and
--   statuses kept, so the statistics still add up). Admins change the periods in the console.
--   anonymised_at on the tables that hold people's data: set once a row is anonymised (by retention or erasure), so
--   the purge is idempotent and a reader can tell.
--   breach_incident: the admins' log of personal-data breaches and the 72-hour notification clock.
--   scheduler_lease 'privacy-purge': the daily purge runs once a day across all nodes.
--   Request types for the data subject's rights (a copy of their data, correction, erasure), filed and verified like
--   any other request.
-- Instants are UTC DATETIME(6). utf8mb4 throughout.

CREATE TABLE retention_setting (
    category   VARCHAR(40) NOT NULL PRIMARY KEY,
    days       INT         NOT NULL,
    changed_by VARCHAR(60) NULL,
    changed_at DATETIME(6) NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_retention_setting_days CHECK (days BETWEEN 30 AND 3650)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- privacy.entity.DataCategory's defaults
INSERT INTO retention_setting (category, days) VALUES
    ('CLOSED_REQUESTS', 1825),
    ('REJECTED_APPLICATIONS', 730),
    ('DECLINED_VOLUNTEERS', 365),
    ('SUGGESTION_CONTACTS', 180),
    ('OUTBOX_MESSAGES', 365),
    ('IDEMPOTENCY_KEYS', 30);

ALTER TABLE service_request ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_service_request_retention (status, closed_at, anonymised_at);
ALTER TABLE member ADD COLUMN anonymised_at DATETIME(6) NULL;
ALTER TABLE volunteer ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_volunteer_retention (status, decided_at, anonymised_at);
ALTER TABLE reply_request ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_reply_request_retention (requested_at, anonymised_at);
ALTER TABLE message ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_message_retention (state, created_at, anonymised_at),
    ADD INDEX ix_message_recipient (recipient_mobile);
ALTER TABLE volunteer ADD INDEX ix_volunteer_mobile (mobile);
ALTER TABLE reply_request ADD INDEX ix_reply_request_mobile (mobile);
ALTER TABLE member ADD INDEX ix_member_mobile (mobile);

CREATE TABLE breach_incident (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    summary               VARCHAR(2000) NOT NULL,
    discovered_at         DATETIME(6)   NOT NULL,
    categories            VARCHAR(500)  NOT NULL,
    people_affected       INT           NOT NULL,
    measures              VARCHAR(2000) NOT NULL,
    recorded_by           VARCHAR(60)   NOT NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    authority_notified_at DATETIME(6)   NULL,
    authority_notified_by VARCHAR(60)   NULL,
    subjects_notified_at  DATETIME(6)   NULL,
    subjects_notified_by  VARCHAR(60)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_breach_incident_people CHECK (people_affected >= 0),
    INDEX ix_breach_incident_discovered (discovered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO scheduler_lease (name) VALUES ('privacy-purge');

INSERT INTO request_type (code, name_ar, name_en, needs_committee) VALUES
    ('DATA_EXPORT', 'طلب نسخة من البيانات الشخصية', 'Copy of my personal data', FALSE),
    ('DATA_CORRECTION', 'طلب تصحيح البيانات الشخصية', 'Correction of my personal data', FALSE),
    ('DATA_ERASURE', 'طلب إتلاف البيانات الشخصية', 'Erasure of my personal data', FALSE);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('DATA_EXPORT', 0, 'IDENTITY_VERIFIED', 'التحقق من هوية مقدّم الطلب بأصل الهوية، وأنه صاحب البيانات أو وكيله النظامي', 'Identity of the requester checked against the original ID: the data subject or their lawful agent', 'DOCUMENT', TRUE),
    ('DATA_EXPORT', 1, 'MEMBER_IDENTITY', 'رقم الهوية الوطنية أو الإقامة لصاحب البيانات (إن وُجد)', 'National ID or iqama number of the data subject (if any)', 'FIELD', FALSE),

    ('DATA_CORRECTION', 0, 'IDENTITY_VERIFIED', 'التحقق من هوية مقدّم الطلب بأصل الهوية، وأنه صاحب البيانات أو وكيله النظامي', 'Identity of the requester checked against the original ID: the data subject or their lawful agent', 'DOCUMENT', TRUE),
    ('DATA_CORRECTION', 1, 'MEMBER_IDENTITY', 'رقم الهوية الوطنية أو الإقامة لصاحب البيانات (إن وُجد)', 'National ID or iqama number of the data subject (if any)', 'FIELD', FALSE),
    ('DATA_CORRECTION', 2, 'CORRECTION', 'البيانات غير الصحيحة والتصحيح المطلوب', 'The data that is wrong and the correction asked for', 'FIELD', TRUE),
    ('DATA_CORRECTION', 3, 'SUPPORTING_DOCUMENT', 'مستند يثبت صحة التصحيح (مثل صورة الهوية)', 'A document proving the correction (such as the ID copy)', 'DOCUMENT', FALSE),

    ('DATA_ERASURE', 0, 'IDENTITY_VERIFIED', 'التحقق من هوية مقدّم الطلب بأصل الهوية، وأنه صاحب البيانات أو وكيله النظامي', 'Identity of the requester checked against the original ID: the data subject or their lawful agent', 'DOCUMENT', TRUE),
    ('DATA_ERASURE', 1, 'MEMBER_IDENTITY', 'رقم الهوية الوطنية أو الإقامة لصاحب البيانات (إن وُجد)', 'National ID or iqama number of the data subject (if any)', 'FIELD', FALSE),
    ('DATA_ERASURE', 2, 'ERASURE_ACK', 'إقرار صاحب البيانات بأن الإتلاف نهائي، وأن ما تلزم الأنظمة بحفظه يبقى بلا بيانات شخصية', 'The data subject acknowledges that erasure is final and that what the law requires to be kept stays, without personal data', 'CONFIRMATION', TRUE);
