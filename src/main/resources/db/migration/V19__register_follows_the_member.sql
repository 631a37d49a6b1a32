-- Khidma schema, version 19: the register follows the member (issue #13, part 5; policy clause 5).
--   A suspension decided by the board is a request type of its own (staff file it from the board's decision), with
--   its checklist; the membership-data update asks, after what it asked before (kept as it was), for the new
--   mobile, e-mail and city one by one, so carrying it out changes exactly those in the register; a suspended
--   member's record keeps the board decision's reference; and membership keeps each member's own history (by the
--   member's id, not by a name that may be masked or change), filled from the audit trail for the members already
--   registered.

INSERT INTO request_type (code, name_ar, name_en, needs_committee, active, kiosk_position, answer_working_days) VALUES
    ('BOARD_SUSPENSION', 'تعليق عضوية بقرار من مجلس الإدارة', 'Membership suspension by board decision', FALSE, TRUE,
     NULL, 5);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('BOARD_SUSPENSION', 0, 'MEMBER_IDENTITY', 'مطابقة رقم العضوية ورقم الهوية مع سجل الأعضاء', 'Membership number and national ID matched with the member register', 'FIELD', TRUE),
    ('BOARD_SUSPENSION', 1, 'BOARD_DECISION', 'رقم قرار مجلس الإدارة وتاريخه', 'Number and date of the board''s decision', 'FIELD', TRUE),
    ('BOARD_SUSPENSION', 2, 'SUSPENSION_REASON', 'سبب التعليق كما ورد في القرار', 'Reason for the suspension as stated in the decision', 'FIELD', TRUE),
    ('BOARD_SUSPENSION', 3, 'BOARD_DECISION_COPY', 'صورة قرار مجلس الإدارة', 'Copy of the board''s decision', 'DOCUMENT', TRUE);

INSERT INTO request_type_item (request_type_code, position, code, label_ar, label_en, kind, mandatory) VALUES
    ('MEMBERSHIP_UPDATE', 3, 'NEW_MOBILE', 'رقم الجوال الجديد (إن تغيّر)', 'New mobile number (if it changed)', 'FIELD', FALSE),
    ('MEMBERSHIP_UPDATE', 4, 'NEW_EMAIL', 'البريد الإلكتروني الجديد (إن تغيّر)', 'New e-mail address (if it changed)', 'FIELD', FALSE),
    ('MEMBERSHIP_UPDATE', 5, 'NEW_CITY', 'مدينة الإقامة الجديدة (إن تغيّرت)', 'New city of residence (if it changed)', 'FIELD', FALSE);

ALTER TABLE member
    ADD COLUMN status_decision VARCHAR(100) NULL AFTER status_reason;

CREATE TABLE member_history (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id    BIGINT        NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    actor        VARCHAR(60)   NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    state_before VARCHAR(40)   NULL,
    state_after  VARCHAR(40)   NULL,
    detail       VARCHAR(2000) NULL,
    CONSTRAINT fk_member_history_member FOREIGN KEY (member_id) REFERENCES member (id),
    INDEX ix_member_history_member (member_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- what the audit trail already holds of registered members (under their number), and of their application (the
-- 'apply' fact at the very instant the member was created)
INSERT INTO member_history (member_id, occurred_at, actor, action, state_before, state_after, detail)
SELECT m.id, a.occurred_at, a.actor, a.action, a.state_before, a.state_after, a.detail
FROM audit_entry a JOIN member m ON a.subject_type = 'MEMBER'
    AND (a.subject = m.membership_number OR (a.action = 'apply' AND a.occurred_at = m.applied_at
        AND a.subject LIKE 'applicant %'))
ORDER BY a.occurred_at, a.id;
