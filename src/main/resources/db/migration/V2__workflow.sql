-- Khidma schema, version 2: the policy's workflow.
--   request types and their intake checklists (policy item 2), the request's checklist items and their verification,
--   members and membership numbers (item 5), escalations to the higher authority (item 3), the research committee's
--   agenda, window settings and holidays (item 4), the outbox, and the append-only audit trail.
-- Instants are UTC DATETIME(6); calendar dates are DATE (Asia/Riyadh days). utf8mb4 throughout.

-- ---- request types (data, not code) ---------------------------------------------------------------------------

CREATE TABLE request_type (
    code            VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_ar         VARCHAR(120) NOT NULL,
    name_en         VARCHAR(120) NOT NULL,
    needs_committee BOOLEAN      NOT NULL,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    version         BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE request_type_item (
    request_type_code VARCHAR(40)  NOT NULL,
    position          INT          NOT NULL,
    code              VARCHAR(40)  NOT NULL,
    label_ar          VARCHAR(200) NOT NULL,
    label_en          VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    mandatory         BOOLEAN      NOT NULL,
    PRIMARY KEY (request_type_code, position),
    CONSTRAINT uq_request_type_item_code UNIQUE (request_type_code, code),
    CONSTRAINT fk_request_type_item_type FOREIGN KEY (request_type_code) REFERENCES request_type (code)
        ON DELETE CASCADE,
    CONSTRAINT ck_request_type_item_kind CHECK (kind IN ('FIELD', 'DOCUMENT', 'CONFIRMATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO request_type (code, name_ar, name_en, needs_committee) VALUES
    ('MEMBERSHIP_APPLICATION', 'طلب عضوية', 'Membership application', TRUE),
    ('MEMBERSHIP_UPDATE', 'تحديث بيانات العضوية', 'Membership data update', FALSE),
    ('SUPPORT', 'طلب دعم', 'Support request', TRUE),
    ('INQUIRY', 'استفسار', 'Inquiry', FALSE),
    ('COMPLAINT', 'شكوى', 'Complaint', FALSE),
    ('SUGGESTION', 'اقتراح', 'Suggestion', FALSE),
    ('CERTIFICATE', 'شهادة عضوية', 'Membership certificate', FALSE),
    ('WITHDRAWAL', 'انسحاب من العضوية', 'Withdrawal from membership', TRUE);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('MEMBERSHIP_APPLICATION', 0, 'NATIONAL_ID_COPY', 'صورة الهوية الوطنية أو الإقامة سارية المفعول', 'Copy of a valid national ID or iqama', 'DOCUMENT', TRUE),
    ('MEMBERSHIP_APPLICATION', 1, 'FULL_NAME', 'الاسم الكامل كما في الهوية (بالعربية والإنجليزية)', 'Full name as in the ID (in Arabic and Latin letters)', 'FIELD', TRUE),
    ('MEMBERSHIP_APPLICATION', 2, 'MOBILE', 'رقم الجوال', 'Mobile number', 'FIELD', TRUE),
    ('MEMBERSHIP_APPLICATION', 3, 'CITY', 'مدينة الإقامة', 'City of residence', 'FIELD', TRUE),
    ('MEMBERSHIP_APPLICATION', 4, 'SHARES', 'عدد الأسهم المطلوبة', 'Number of shares requested', 'FIELD', TRUE),
    ('MEMBERSHIP_APPLICATION', 5, 'SHARES_PAYMENT', 'إيصال سداد قيمة الأسهم', 'Receipt of payment for the shares', 'DOCUMENT', TRUE),
    ('MEMBERSHIP_APPLICATION', 6, 'BYLAWS_ACK', 'إقرار موقّع بالاطلاع على اللائحة الأساسية للجمعية والالتزام بها', 'Signed acknowledgement of the association''s bylaws', 'CONFIRMATION', TRUE),
    ('MEMBERSHIP_APPLICATION', 7, 'EMAIL', 'البريد الإلكتروني', 'E-mail address', 'FIELD', FALSE),
    ('MEMBERSHIP_APPLICATION', 8, 'NATIONAL_ADDRESS', 'وثيقة العنوان الوطني', 'National address certificate', 'DOCUMENT', FALSE),

    ('MEMBERSHIP_UPDATE', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('MEMBERSHIP_UPDATE', 1, 'CHANGED_DATA', 'البيانات المطلوب تحديثها', 'The data to be updated', 'FIELD', TRUE),
    ('MEMBERSHIP_UPDATE', 2, 'SUPPORTING_DOCUMENT', 'مستند مؤيد (مثل صورة الهوية الجديدة)', 'Supporting document (such as the new ID copy)', 'DOCUMENT', FALSE),

    ('SUPPORT', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('SUPPORT', 1, 'SUPPORT_DESCRIPTION', 'وصف الدعم المطلوب وسببه', 'Description of the support needed and why', 'FIELD', TRUE),
    ('SUPPORT', 2, 'GUIDE_ACK', 'إقرار بالاطلاع على دليل سياسة الدعم للأعضاء', 'Acknowledgement of the member-support policy guide', 'CONFIRMATION', TRUE),
    ('SUPPORT', 3, 'SUPPORTING_DOCUMENTS', 'المستندات المؤيدة للطلب', 'Documents supporting the request', 'DOCUMENT', FALSE),

    ('INQUIRY', 0, 'QUESTION', 'السؤال أو الاستفسار', 'The question', 'FIELD', TRUE),

    ('COMPLAINT', 0, 'COMPLAINT_TEXT', 'موضوع الشكوى وتفاصيلها', 'Subject and details of the complaint', 'FIELD', TRUE),
    ('COMPLAINT', 1, 'EVIDENCE', 'مستندات أو صور مؤيدة', 'Supporting documents or pictures', 'DOCUMENT', FALSE),

    ('SUGGESTION', 0, 'SUGGESTION_TEXT', 'نص الاقتراح', 'The suggestion', 'FIELD', TRUE),

    ('CERTIFICATE', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('CERTIFICATE', 1, 'PURPOSE', 'الغرض من الشهادة أو الجهة الموجهة إليها', 'Purpose of the certificate or to whom it is addressed', 'FIELD', FALSE),

    ('WITHDRAWAL', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('WITHDRAWAL', 1, 'WITHDRAWAL_REQUEST', 'طلب انسحاب موقّع من العضو', 'Withdrawal request signed by the member', 'CONFIRMATION', TRUE),
    ('WITHDRAWAL', 2, 'IBAN', 'رقم الحساب البنكي (الآيبان) لرد قيمة الأسهم', 'Bank account (IBAN) for refunding the shares', 'FIELD', TRUE),
    ('WITHDRAWAL', 3, 'SHARE_CERTIFICATE', 'أصل شهادة الأسهم', 'Original share certificate', 'DOCUMENT', FALSE);

-- ---- members (policy item 5) -------------------------------------------------------------------------------------

CREATE TABLE member (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    national_id       VARCHAR(10)  NOT NULL,
    name_ar           VARCHAR(120) NOT NULL,
    name_latin        VARCHAR(120) NOT NULL,
    mobile            VARCHAR(13)  NOT NULL,
    email             VARCHAR(254) NULL,
    city              VARCHAR(60)  NOT NULL,
    shares            INT          NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    membership_number VARCHAR(20)  NULL,
    applied_at        DATETIME(6)  NOT NULL,
    activated_at      DATETIME(6)  NULL,
    status_reason     VARCHAR(500) NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_member_national_id UNIQUE (national_id),
    CONSTRAINT uq_member_membership_number UNIQUE (membership_number),
    CONSTRAINT ck_member_shares CHECK (shares >= 1),
    CONSTRAINT ck_member_status CHECK (status IN ('APPLICANT', 'ACTIVE', 'SUSPENDED', 'WITHDRAWN')),
    CONSTRAINT ck_member_number CHECK (status = 'APPLICANT' OR membership_number IS NOT NULL
        OR (status = 'WITHDRAWN' AND activated_at IS NULL)),
    INDEX ix_member_status (status, name_ar)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- the member service request becomes the aggregate ------------------------------------------------------------

ALTER TABLE service_request
    ADD COLUMN assignee              VARCHAR(60)   NULL AFTER status,
    ADD COLUMN member_id             BIGINT        NULL AFTER requester_mobile,
    ADD COLUMN applicant_national_id VARCHAR(10)   NULL AFTER member_id,
    ADD COLUMN applicant_name_ar     VARCHAR(120)  NULL AFTER applicant_national_id,
    ADD COLUMN applicant_name_latin  VARCHAR(120)  NULL AFTER applicant_name_ar,
    ADD COLUMN applicant_city        VARCHAR(60)   NULL AFTER applicant_name_latin,
    ADD COLUMN applicant_shares      INT           NULL AFTER applicant_city,
    ADD COLUMN applicant_email       VARCHAR(254)  NULL AFTER applicant_shares,
    ADD COLUMN submitted_by          VARCHAR(60)   NOT NULL DEFAULT 'kiosk' AFTER details,
    ADD COLUMN status_changed_at     DATETIME(6)   NULL AFTER submitted_at,
    ADD COLUMN closed_at             DATETIME(6)   NULL AFTER status_changed_at,
    ADD COLUMN outcome               VARCHAR(2000) NULL AFTER closed_at,
    ADD CONSTRAINT fk_service_request_type FOREIGN KEY (type_code) REFERENCES request_type (code),
    ADD CONSTRAINT fk_service_request_member FOREIGN KEY (member_id) REFERENCES member (id),
    ADD CONSTRAINT ck_service_request_status CHECK (status IN ('SUBMITTED', 'IN_INTAKE', 'RETURNED', 'VERIFIED',
        'WITH_COMMITTEE', 'BEING_SERVED', 'ACCEPTED', 'REJECTED', 'RESOLVED', 'COMPLETED', 'WITHDRAWN')),
    ADD CONSTRAINT ck_service_request_channel CHECK (channel IN ('IN_PERSON', 'PHONE', 'SOCIAL_MEDIA', 'LETTER',
        'HELP_REQUEST', 'VOLUNTEERING', 'WEBSITE', 'KIOSK')),
    ADD INDEX ix_service_request_inbox_type (type_code, status, submitted_at),
    ADD INDEX ix_service_request_inbox_channel (channel, status, submitted_at),
    ADD INDEX ix_service_request_assignee (assignee, status),
    ADD INDEX ix_service_request_requester_mobile (requester_mobile),
    ADD INDEX ix_service_request_applicant (applicant_national_id);

UPDATE service_request SET status_changed_at = submitted_at WHERE status_changed_at IS NULL;

CREATE TABLE request_item (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id     BIGINT       NOT NULL,
    position       INT          NOT NULL,
    item_code      VARCHAR(40)  NOT NULL,
    label_ar       VARCHAR(200) NOT NULL,
    label_en       VARCHAR(200) NOT NULL,
    kind           VARCHAR(20)  NOT NULL,
    mandatory      BOOLEAN      NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    note           VARCHAR(500) NULL,
    method         VARCHAR(20)  NULL,
    verified_by    VARCHAR(60)  NULL,
    verified_at    DATETIME(6)  NULL,
    missing_reason VARCHAR(500) NULL,
    changed_by     VARCHAR(60)  NULL,
    changed_at     DATETIME(6)  NULL,
    CONSTRAINT uq_request_item_code UNIQUE (request_id, item_code),
    CONSTRAINT fk_request_item_request FOREIGN KEY (request_id) REFERENCES service_request (id) ON DELETE CASCADE,
    CONSTRAINT ck_request_item_state CHECK (state IN ('PENDING', 'PROVIDED', 'VERIFIED', 'MISSING')),
    CONSTRAINT ck_request_item_verified CHECK (state <> 'VERIFIED'
        OR (method IS NOT NULL AND verified_by IS NOT NULL AND verified_at IS NOT NULL)),
    CONSTRAINT ck_request_item_method CHECK (method IS NULL
        OR method IN ('ORIGINAL_SEEN', 'MATCHED_REGISTRY', 'COPY_RECEIVED')),
    INDEX ix_request_item_position (request_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- requests filed before this version get their type's checklist; the inquiry's question was given when filed
INSERT INTO request_item (request_id, position, item_code, label_ar, label_en, kind, mandatory, state,
                          changed_by, changed_at)
SELECT r.id, i.position, i.code, i.label_ar, i.label_en, i.kind, i.mandatory,
       CASE WHEN i.kind = 'FIELD' AND r.type_code = 'INQUIRY' THEN 'PROVIDED' ELSE 'PENDING' END,
       r.submitted_by, r.submitted_at
FROM service_request r
         JOIN request_type_item i ON i.request_type_code = r.type_code;

-- ---- escalation to the higher authority (policy item 3) ----------------------------------------------------------

CREATE TABLE escalation_level (
    code             VARCHAR(20) NOT NULL PRIMARY KEY,
    position         INT         NOT NULL,
    response_minutes BIGINT      NOT NULL,
    answering_role   VARCHAR(20) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_escalation_level_position UNIQUE (position),
    CONSTRAINT ck_escalation_level_time CHECK (response_minutes > 0),
    CONSTRAINT ck_escalation_level_role CHECK (answering_role IN ('STAFF', 'SUPERVISOR', 'DIRECTOR', 'COMMITTEE',
        'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- EscalationLadder.defaults(): officer 2 days, supervisor 3, executive director 5, board 10 (calendar time).
-- The board has no sign-in of its own: the executive director records the board's answer.
INSERT INTO escalation_level (code, position, response_minutes, answering_role) VALUES
    ('OFFICER', 1, 2880, 'STAFF'),
    ('SUPERVISOR', 2, 4320, 'SUPERVISOR'),
    ('DIRECTOR', 3, 7200, 'DIRECTOR'),
    ('BOARD', 4, 14400, 'DIRECTOR');

CREATE TABLE escalation (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id        BIGINT        NOT NULL,
    request_reference VARCHAR(20)   NOT NULL,
    level_code        VARCHAR(20)   NOT NULL,
    previous_id       BIGINT        NULL,
    reason            VARCHAR(2000) NOT NULL,
    raised_by         VARCHAR(60)   NOT NULL,
    raised_at         DATETIME(6)   NOT NULL,
    due_at            DATETIME(6)   NOT NULL,
    state             VARCHAR(20)   NOT NULL,
    answer            VARCHAR(2000) NULL,
    answered_by       VARCHAR(60)   NULL,
    answered_at       DATETIME(6)   NULL,
    climbed_at        DATETIME(6)   NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_escalation_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT fk_escalation_level FOREIGN KEY (level_code) REFERENCES escalation_level (code),
    CONSTRAINT fk_escalation_previous FOREIGN KEY (previous_id) REFERENCES escalation (id),
    CONSTRAINT uq_escalation_previous UNIQUE (previous_id),
    CONSTRAINT ck_escalation_state CHECK (state IN ('OPEN', 'ANSWERED', 'CLIMBED')),
    CONSTRAINT ck_escalation_answer CHECK (state <> 'ANSWERED' OR (answer IS NOT NULL AND answered_by IS NOT NULL)),
    INDEX ix_escalation_due (state, due_at),
    INDEX ix_escalation_request (request_id, state),
    INDEX ix_escalation_level (level_code, state)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- the research committee (policy item 4) ----------------------------------------------------------------------

CREATE TABLE review_settings (
    id                    BIGINT      NOT NULL PRIMARY KEY,
    floor_working_days    INT         NOT NULL,
    ceiling_working_days  INT         NOT NULL,
    reminder_working_days INT         NOT NULL,
    changed_by            VARCHAR(60) NULL,
    changed_at            DATETIME(6) NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_review_settings_singleton CHECK (id = 1),
    CONSTRAINT ck_review_settings_window CHECK (floor_working_days >= 0
        AND floor_working_days <= ceiling_working_days AND ceiling_working_days <= 120
        AND reminder_working_days >= 0 AND reminder_working_days <= ceiling_working_days)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- floor 10 working days = two full Sunday-Thursday weeks («لا تقل عن أسبوعين»); reply due by the 14th; remind 3 before
INSERT INTO review_settings (id, floor_working_days, ceiling_working_days, reminder_working_days)
VALUES (1, 10, 14, 3);

CREATE TABLE holiday (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name_ar      VARCHAR(120) NOT NULL,
    name_en      VARCHAR(120) NOT NULL,
    source       VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_holiday_date UNIQUE (holiday_date),
    CONSTRAINT ck_holiday_source CHECK (source IN ('OFFICIAL', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Official holidays 2025-2030 as computed by review.control.SaudiHolidays (Founding Day 22 Feb, National Day 23 Sep,
-- Eid al-Fitr 29 Ramadan - 3 Shawwal, Eid al-Adha 9 - 13 Dhu al-Hijjah, Umm al-Qura); admins adjust them.
INSERT INTO holiday (holiday_date, name_ar, name_en, source) VALUES
    ('2025-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2025-03-29', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2025-03-30', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2025-03-31', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2025-04-01', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2025-06-05', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2025-06-06', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2025-06-07', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2025-06-08', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2025-06-09', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2025-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL'),
    ('2026-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2026-03-18', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2026-03-19', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2026-03-20', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2026-03-21', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2026-03-22', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2026-05-26', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2026-05-27', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2026-05-28', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2026-05-29', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2026-05-30', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2026-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL'),
    ('2027-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2027-03-08', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2027-03-09', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2027-03-10', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2027-03-11', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2027-05-15', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2027-05-16', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2027-05-17', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2027-05-18', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2027-05-19', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2027-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL'),
    ('2028-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2028-02-25', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2028-02-26', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2028-02-27', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2028-02-28', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2028-05-04', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2028-05-05', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2028-05-06', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2028-05-07', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2028-05-08', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2028-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL'),
    ('2029-02-13', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2029-02-14', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2029-02-15', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2029-02-16', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2029-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2029-04-23', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2029-04-24', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2029-04-25', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2029-04-26', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2029-04-27', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2029-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL'),
    ('2030-02-02', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2030-02-03', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2030-02-04', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2030-02-05', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2030-02-06', 'إجازة عيد الفطر', 'Eid al-Fitr holiday', 'OFFICIAL'),
    ('2030-02-22', 'يوم التأسيس', 'Founding Day', 'OFFICIAL'),
    ('2030-04-12', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2030-04-13', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2030-04-14', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2030-04-15', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2030-04-16', 'إجازة عيد الأضحى', 'Eid al-Adha holiday', 'OFFICIAL'),
    ('2030-09-23', 'اليوم الوطني', 'National Day', 'OFFICIAL');

CREATE TABLE agenda_item (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id            BIGINT        NOT NULL,
    request_reference     VARCHAR(20)   NOT NULL,
    handed_over_on        DATE          NOT NULL,
    handed_over_by        VARCHAR(60)   NOT NULL,
    handed_over_at        DATETIME(6)   NOT NULL,
    floor_working_days    INT           NOT NULL,
    ceiling_working_days  INT           NOT NULL,
    decision              VARCHAR(20)   NULL,
    reason_ar             VARCHAR(2000) NULL,
    reason_en             VARCHAR(2000) NULL,
    decided_by            VARCHAR(60)   NULL,
    decided_at            DATETIME(6)   NULL,
    deferrals             INT           NOT NULL DEFAULT 0,
    floor_override_reason VARCHAR(2000) NULL,
    floor_overridden_by   VARCHAR(60)   NULL,
    floor_overridden_at   DATETIME(6)   NULL,
    reminded_at           DATETIME(6)   NULL,
    overdue_escalated_at  DATETIME(6)   NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_agenda_item_request UNIQUE (request_id),
    CONSTRAINT fk_agenda_item_request FOREIGN KEY (request_id) REFERENCES service_request (id),
    CONSTRAINT ck_agenda_item_decision CHECK (decision IS NULL OR decision IN ('ACCEPT', 'REJECT', 'DEFER')),
    CONSTRAINT ck_agenda_item_reasons CHECK (decision IS NULL OR decision <> 'REJECT'
        OR (reason_ar IS NOT NULL AND reason_en IS NOT NULL)),
    CONSTRAINT ck_agenda_item_window CHECK (floor_working_days >= 0 AND floor_working_days <= ceiling_working_days),
    INDEX ix_agenda_item_open (decision, handed_over_on),
    INDEX ix_agenda_item_scheduler (reminded_at, overdue_escalated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agenda_pause (
    agenda_item_id BIGINT       NOT NULL,
    position       INT          NOT NULL,
    paused_from    DATE         NOT NULL,
    paused_to      DATE         NULL,
    reason         VARCHAR(500) NOT NULL,
    paused_by      VARCHAR(60)  NOT NULL,
    PRIMARY KEY (agenda_item_id, position),
    CONSTRAINT fk_agenda_pause_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_pause_order CHECK (paused_to IS NULL OR paused_to >= paused_from)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- correspondence: the outbox ----------------------------------------------------------------------------------

CREATE TABLE message (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_reference VARCHAR(20)   NOT NULL,
    recipient_mobile  VARCHAR(13)   NULL,
    recipient_email   VARCHAR(254)  NULL,
    channel           VARCHAR(20)   NOT NULL,
    kind              VARCHAR(30)   NOT NULL,
    subject_ar        VARCHAR(200)  NOT NULL,
    body_ar           VARCHAR(4000) NOT NULL,
    subject_en        VARCHAR(200)  NOT NULL,
    body_en           VARCHAR(4000) NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6)   NULL,
    state             VARCHAR(20)   NOT NULL,
    attempts          INT           NOT NULL DEFAULT 0,
    last_error        VARCHAR(500)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_message_channel CHECK (channel IN ('LETTER', 'EMAIL', 'SMS')),
    CONSTRAINT ck_message_state CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    INDEX ix_message_outbox (state, channel, created_at),
    INDEX ix_message_request (request_reference, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---- the audit trail: append-only ------------------------------------------------------------------------------

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(20)   NOT NULL,
    subject      VARCHAR(80)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    state_before VARCHAR(40)   NULL,
    state_after  VARCHAR(40)   NULL,
    detail       VARCHAR(2000) NULL,
    INDEX ix_audit_entry_subject (subject, occurred_at),
    INDEX ix_audit_entry_actor (actor, occurred_at),
    INDEX ix_audit_entry_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no UPDATE';

CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit_entry is append-only: no DELETE';
