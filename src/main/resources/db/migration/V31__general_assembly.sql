-- Khidma schema, version 31: the General Assembly's meetings (issue #16; the policy's relationship with General
-- Assembly members).
--   general_assembly: a meeting (ordinary or extraordinary), its first and optional second meeting time, place, record
--   date and status, with the notice period copied from the settings when it was scheduled.
--   assembly_agenda_item: its agenda, in order, ar/en, each with the way it is decided.
--   assembly_invitation: who was invited, when, by whom and how, with the shares held on the record date and the
--   check-in code's hash (never the code).
--   assembly_proxy: a member's proxy to another member for one meeting, from a PROXY_APPOINTMENT request.
--   assembly_rules: the bylaws' figures, one row, seeded with PLACEHOLDERS an administrator must confirm.
-- Instants are UTC DATETIME(6); calendar days are DATE (Asia/Riyadh). utf8mb4 throughout.

CREATE TABLE general_assembly (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL,
    first_meeting_at    DATETIME(6)  NOT NULL,
    second_meeting_at   DATETIME(6)  NULL,
    place               VARCHAR(200) NOT NULL,
    record_date         DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    notice_days         INT          NOT NULL,
    notice_working_days BOOLEAN      NOT NULL,
    scheduled_by        VARCHAR(60)  NOT NULL,
    scheduled_at        DATETIME(6)  NOT NULL,
    invited_at          DATETIME(6)  NULL,
    opened_at           DATETIME(6)  NULL,
    closed_at           DATETIME(6)  NULL,
    cancel_reason       VARCHAR(500) NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ck_general_assembly_kind CHECK (kind IN ('ORDINARY', 'EXTRAORDINARY')),
    CONSTRAINT ck_general_assembly_status CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED', 'CANCELLED')),
    CONSTRAINT ck_general_assembly_second CHECK (second_meeting_at IS NULL OR second_meeting_at > first_meeting_at),
    INDEX ix_general_assembly_meeting (status, first_meeting_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_agenda_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assembly_id   BIGINT        NOT NULL,
    position      INT           NOT NULL,
    title_ar      VARCHAR(300)  NOT NULL,
    title_en      VARCHAR(300)  NOT NULL,
    note_ar       VARCHAR(2000) NULL,
    note_en       VARCHAR(2000) NULL,
    decision_rule VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_assembly_agenda_item_assembly FOREIGN KEY (assembly_id) REFERENCES general_assembly (id),
    CONSTRAINT ck_assembly_agenda_item_rule CHECK (decision_rule IN ('MAJORITY', 'TWO_THIRDS', 'INFORMATION_ONLY')),
    INDEX ix_assembly_agenda_item_order (assembly_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_invitation (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assembly_id       BIGINT      NOT NULL,
    member_id         BIGINT      NOT NULL,
    membership_number VARCHAR(20) NOT NULL,
    shares            INT         NOT NULL,
    channel           VARCHAR(20) NOT NULL,
    sent_at           DATETIME(6) NOT NULL,
    sent_by           VARCHAR(60) NOT NULL,
    code_hash         CHAR(64)    NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_assembly_invitation_assembly FOREIGN KEY (assembly_id) REFERENCES general_assembly (id),
    CONSTRAINT fk_assembly_invitation_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_assembly_invitation_member UNIQUE (assembly_id, member_id),
    CONSTRAINT ck_assembly_invitation_channel CHECK (channel IN ('LETTER', 'EMAIL', 'SMS')),
    INDEX ix_assembly_invitation_member (member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_proxy (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assembly_id       BIGINT      NOT NULL,
    grantor_member_id BIGINT      NOT NULL,
    grantor_number    VARCHAR(20) NOT NULL,
    holder_member_id  BIGINT      NOT NULL,
    holder_number     VARCHAR(20) NOT NULL,
    request_id        BIGINT      NULL,
    request_reference VARCHAR(30) NULL,
    appointed_by      VARCHAR(60) NOT NULL,
    appointed_at      DATETIME(6) NOT NULL,
    withdrawn_by      VARCHAR(60) NULL,
    withdrawn_at      DATETIME(6) NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_assembly_proxy_assembly FOREIGN KEY (assembly_id) REFERENCES general_assembly (id),
    CONSTRAINT fk_assembly_proxy_grantor FOREIGN KEY (grantor_member_id) REFERENCES member (id),
    CONSTRAINT fk_assembly_proxy_holder FOREIGN KEY (holder_member_id) REFERENCES member (id),
    CONSTRAINT ck_assembly_proxy_not_self CHECK (grantor_member_id <> holder_member_id),
    INDEX ix_assembly_proxy_grantor (grantor_member_id, assembly_id),
    INDEX ix_assembly_proxy_holder (holder_member_id, assembly_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- PLACEHOLDERS, not legal figures: an administrator enters the bylaws' own (saving confirms them).
CREATE TABLE assembly_rules (
    id                     BIGINT      NOT NULL PRIMARY KEY,
    notice_days            INT         NOT NULL,
    notice_working_days    BOOLEAN     NOT NULL,
    schedule_inside_notice BOOLEAN     NOT NULL,
    proxy_limit            INT         NOT NULL,
    quorum_basis           VARCHAR(10) NOT NULL,
    first_quorum_percent   INT         NOT NULL,
    second_meeting_allowed BOOLEAN     NOT NULL,
    second_quorum_percent  INT         NOT NULL,
    kiosk_voting           BOOLEAN     NOT NULL,
    confirmed_by           VARCHAR(60) NULL,
    confirmed_at           DATETIME(6) NULL,
    version                BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT ck_assembly_rules_singleton CHECK (id = 1),
    CONSTRAINT ck_assembly_rules_basis CHECK (quorum_basis IN ('MEMBERS', 'SHARES')),
    CONSTRAINT ck_assembly_rules_percent CHECK (first_quorum_percent BETWEEN 1 AND 100
        AND second_quorum_percent BETWEEN 1 AND 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO assembly_rules (id, notice_days, notice_working_days, schedule_inside_notice, proxy_limit, quorum_basis,
                            first_quorum_percent, second_meeting_allowed, second_quorum_percent, kiosk_voting)
VALUES (1, 15, FALSE, FALSE, 1, 'MEMBERS', 50, TRUE, 25, FALSE);

-- A member appoints another member as proxy: a request with its checklist, carried out by staff on the assembly page.
INSERT INTO request_type (code, name_ar, name_en, needs_committee, active, kiosk_position, answer_working_days) VALUES
    ('PROXY_APPOINTMENT', 'توكيل عضو لحضور الجمعية العمومية', 'Appointing a member as proxy at the General Assembly',
     FALSE, TRUE, NULL, 3);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('PROXY_APPOINTMENT', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('PROXY_APPOINTMENT', 1, 'PROXY_HOLDER', 'رقم عضوية الوكيل (عضو في الجمعية)', 'Membership number of the proxy (a member of the assembly)', 'FIELD', TRUE),
    ('PROXY_APPOINTMENT', 2, 'PROXY_FORM', 'نموذج التوكيل موقّعًا من العضو', 'Proxy form signed by the member', 'DOCUMENT', TRUE);
