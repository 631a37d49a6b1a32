-- Khidma schema, version 29: the share register (issue #16; the relationship with General Assembly members).
--   Each member's shares become a history of movements (initial subscription, additional subscription, transfer in
--   and out as the board approved, refund on withdrawal); member.shares is the running total, always the sum of the
--   member's movements. The nominal value of a share is a setting (100.00 riyals until an administrator enters the
--   bylaws' value). Staff record movements through two new request types with their checklists. A withdrawn member
--   is refunded every share, so a member's shares may now be 0. Every member already in the register gets an opening
--   initial subscription equal to their shares (dated the day they applied), and a withdrawn member the refund
--   (dated the day of the withdrawal as the member's history or the completed withdrawal request knows it; for a
--   record older than both, the day of activation, the last day known), so the totals equal the movements from the
--   first day.

CREATE TABLE share_movement (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id         BIGINT       NOT NULL,
    kind              VARCHAR(30)  NOT NULL,
    shares            INT          NOT NULL,
    balance           INT          NOT NULL,
    effective_on      DATE         NOT NULL,
    recorded_at       DATETIME(6)  NOT NULL,
    recorded_by       VARCHAR(60)  NOT NULL,
    evidence          VARCHAR(100) NULL,
    request_reference VARCHAR(20)  NULL,
    counterpart       VARCHAR(20)  NULL,
    CONSTRAINT fk_share_movement_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT ck_share_movement_kind CHECK (kind IN ('INITIAL_SUBSCRIPTION', 'ADDITIONAL_SUBSCRIPTION',
        'TRANSFER_IN', 'TRANSFER_OUT', 'REFUND')),
    CONSTRAINT ck_share_movement_sign CHECK ((kind IN ('TRANSFER_OUT', 'REFUND') AND shares < 0)
        OR (kind NOT IN ('TRANSFER_OUT', 'REFUND') AND shares > 0)),
    CONSTRAINT ck_share_movement_balance CHECK (balance >= 0),
    INDEX ix_share_movement_member (member_id, recorded_at),
    INDEX ix_share_movement_day (effective_on, member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE share_settings (
    id            BIGINT        NOT NULL PRIMARY KEY,
    nominal_value DECIMAL(12,2) NOT NULL,
    updated_by    VARCHAR(60)   NULL,
    updated_at    DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_share_settings_one CHECK (id = 1),
    CONSTRAINT ck_share_settings_value CHECK (nominal_value > 0 AND nominal_value <= 1000000)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO share_settings (id, nominal_value) VALUES (1, 100.00);

ALTER TABLE member
    DROP CONSTRAINT ck_member_shares,
    ADD CONSTRAINT ck_member_shares CHECK (shares >= 0);

-- ---- the request types staff record movements with -------------------------------------------------------------

INSERT INTO request_type (code, name_ar, name_en, needs_committee, active, kiosk_position, answer_working_days) VALUES
    ('ADDITIONAL_SUBSCRIPTION', 'اكتتاب في أسهم إضافية', 'Additional share subscription', FALSE, TRUE, NULL, 5),
    ('SHARE_TRANSFER', 'نقل أسهم إلى عضو آخر', 'Transfer of shares to another member', FALSE, TRUE, NULL, 5);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('ADDITIONAL_SUBSCRIPTION', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('ADDITIONAL_SUBSCRIPTION', 1, 'ADDITIONAL_SHARES', 'عدد الأسهم الإضافية', 'Number of additional shares', 'FIELD', TRUE),
    ('ADDITIONAL_SUBSCRIPTION', 2, 'RECEIPT_REFERENCE', 'رقم إيصال سداد قيمة الأسهم', 'Reference of the payment receipt for the shares', 'FIELD', TRUE),
    ('ADDITIONAL_SUBSCRIPTION', 3, 'SHARES_PAYMENT', 'إيصال سداد قيمة الأسهم', 'Receipt of payment for the shares', 'DOCUMENT', TRUE),

    ('SHARE_TRANSFER', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('SHARE_TRANSFER', 1, 'TRANSFER_SHARES', 'عدد الأسهم المنقولة', 'Number of shares transferred', 'FIELD', TRUE),
    ('SHARE_TRANSFER', 2, 'RECEIVING_MEMBER', 'رقم عضوية العضو المنقولة إليه الأسهم', 'Membership number of the receiving member', 'FIELD', TRUE),
    ('SHARE_TRANSFER', 3, 'TRANSFER_REQUEST', 'طلب نقل موقّع من العضوين', 'Transfer request signed by both members', 'CONFIRMATION', TRUE),
    ('SHARE_TRANSFER', 4, 'BOARD_DECISION', 'رقم قرار مجلس الإدارة بالموافقة على النقل وتاريخه', 'Number and date of the board''s decision approving the transfer', 'FIELD', TRUE),
    ('SHARE_TRANSFER', 5, 'BOARD_DECISION_COPY', 'صورة قرار مجلس الإدارة', 'Copy of the board''s decision', 'DOCUMENT', TRUE);

-- ---- the register's opening: what each member holds today, as movements ----------------------------------------

INSERT INTO share_movement (member_id, kind, shares, balance, effective_on, recorded_at, recorded_by, evidence,
                            request_reference, counterpart)
SELECT m.id, 'INITIAL_SUBSCRIPTION', m.shares, m.shares, DATE(DATE_ADD(m.applied_at, INTERVAL 3 HOUR)),
       UTC_TIMESTAMP(6), 'system', NULL,
       (SELECT MIN(r.reference) FROM service_request r
        WHERE r.member_id = m.id AND r.type_code = 'MEMBERSHIP_APPLICATION'), NULL
FROM member m
ORDER BY m.id;

INSERT INTO share_movement (member_id, kind, shares, balance, effective_on, recorded_at, recorded_by, evidence,
                            request_reference, counterpart)
SELECT m.id, 'REFUND', -m.shares, 0,
       DATE(DATE_ADD(COALESCE(
           (SELECT MAX(h.occurred_at) FROM member_history h WHERE h.member_id = m.id AND h.action = 'withdraw'),
           (SELECT MAX(r.closed_at) FROM service_request r
            WHERE r.member_id = m.id AND r.type_code = 'WITHDRAWAL' AND r.status = 'COMPLETED'),
           m.activated_at, m.applied_at), INTERVAL 3 HOUR)),
       UTC_TIMESTAMP(6), 'system', NULL,
       (SELECT MAX(r.reference) FROM service_request r
        WHERE r.member_id = m.id AND r.type_code = 'WITHDRAWAL' AND r.status = 'COMPLETED'), NULL
FROM member m
WHERE m.status = 'WITHDRAWN' AND m.shares > 0
ORDER BY m.id;

UPDATE member SET shares = 0 WHERE status = 'WITHDRAWN';

-- each opening line on the audit trail (V30 appends these facts to the hash chain, which SQL cannot compute) and in
-- the member's own history
CREATE TABLE audit_migrated_fact (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    subject_type VARCHAR(20)   NOT NULL,
    subject      VARCHAR(80)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    state_before VARCHAR(40)   NULL,
    state_after  VARCHAR(40)   NULL,
    detail       VARCHAR(2000) NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO audit_migrated_fact (occurred_at, actor, subject_type, subject, action, state_before, state_after, detail)
SELECT s.recorded_at, 'system', 'MEMBER', COALESCE(m.membership_number, CONCAT('member ', m.id)),
       IF(s.kind = 'REFUND', 'refund', 'subscribe'), CAST(s.balance - s.shares AS CHAR), CAST(s.balance AS CHAR),
       CONCAT(IF(s.shares > 0, '+', ''), s.shares, ' — ', IF(s.kind = 'REFUND', 'refund on withdrawal (register opening)',
              'opening balance of the share register'), IFNULL(CONCAT(' — ', s.request_reference), ''))
FROM share_movement s JOIN member m ON m.id = s.member_id
ORDER BY s.id;

INSERT INTO member_history (member_id, occurred_at, actor, action, state_before, state_after, detail)
SELECT s.member_id, s.recorded_at, 'system', IF(s.kind = 'REFUND', 'refund', 'subscribe'),
       CAST(s.balance - s.shares AS CHAR), CAST(s.balance AS CHAR),
       CONCAT(IF(s.shares > 0, '+', ''), s.shares, ' — ', IF(s.kind = 'REFUND', 'refund on withdrawal (register opening)',
              'opening balance of the share register'), IFNULL(CONCAT(' — ', s.request_reference), ''))
FROM share_movement s
ORDER BY s.id;
