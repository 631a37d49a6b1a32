-- Representative data of an office that ran the first release (schema V1-V7) for a few weeks, for the upgrade test.
-- coop.khidma.support.ReleaseDump loads it after the first release's migrations and dumps the result into
-- release-1.sql. Every row is one the first release could have written: requests at each stage with their checklist
-- verifications, members with numbers, escalations (open, climbed, answered), committee agenda items (open, paused,
-- decided), the outbox, the audit trail, reception tickets, ratings, suggestions, volunteers and an idempotent
-- website submission. National IDs carry valid check digits; mobiles are in the stored form +9665XXXXXXXX.

-- ---- staff (password hashes in the identity store's PBKDF2 form; nobody signs in with them) -------------------
INSERT INTO staff_account (username, display_name, password_hash, enabled, must_change_password, last_login_at, version) VALUES
    ('admin', 'مدير النظام', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWFkbWluLTAx:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWFkbWluLTAxMjM0NTY3ODk=', TRUE, FALSE, '2026-11-20 06:02:11.000000', 2),
    ('noura', 'نورة آل منصور', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW5vdXJhLTAy:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW5vdXJhLTAxMjM0NTY3ODk=', TRUE, FALSE, '2026-11-22 05:45:00.000000', 1),
    ('fahad', 'فهد اليامي', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWZhaGFkLTAz:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWZhaGFkLTAxMjM0NTY3ODk=', TRUE, FALSE, '2026-11-21 07:10:30.000000', 1),
    ('mdir', 'محمد الصقور', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW1kaXItMDQ=:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW1kaXItMDEyMzQ1Njc4OQ==', TRUE, FALSE, NULL, 0),
    ('lajna', 'أمانة لجنة البحث', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LWxham5hLTA1:aGFzaC1vZi1hLWxvbmctc2VjcmV0LWxham5hLTAxMjM0NTY3ODk=', TRUE, TRUE, NULL, 0),
    ('old.clerk', 'موظف سابق', 'PBKDF2WithHmacSHA256:600000:c2VlZC1zYWx0LW9sZC0wNg==:aGFzaC1vZi1hLWxvbmctc2VjcmV0LW9sZC0wMTIzNDU2Nzg5', FALSE, FALSE, '2026-10-01 08:00:00.000000', 3);
INSERT INTO staff_role (username, role) VALUES
    ('admin', 'ADMIN'), ('admin', 'STAFF'), ('noura', 'STAFF'), ('fahad', 'STAFF'), ('fahad', 'SUPERVISOR'),
    ('mdir', 'DIRECTOR'), ('lajna', 'COMMITTEE'), ('old.clerk', 'STAFF');

-- ---- members: three active with their numbers, one who withdrew after activation ---------------------------------
INSERT INTO member (id, national_id, name_ar, name_latin, mobile, email, city, shares, status, membership_number, applied_at, activated_at, status_reason, version) VALUES
    (1, '1012345672', 'سعيد بن علي القحطاني', 'Saeed Ali Alqahtani', '+966501234567', 'saeed@example.com', 'نجران', 10, 'ACTIVE', 'NJT-2026-0001', '2026-10-04 07:00:00.000000', '2026-10-26 09:30:00.000000', NULL, 1),
    (2, '1023456781', 'هند بنت صالح آل مهري', 'Hind Saleh Al Mahri', '+966551112233', NULL, 'شرورة', 25, 'ACTIVE', 'NJT-2026-0002', '2026-10-05 08:15:00.000000', '2026-10-27 10:00:00.000000', NULL, 1),
    (3, '1034567899', 'مانع بن حمد الصيعري', 'Mane Hamad Alsaiari', '+966533334444', 'mane@example.org', 'نجران', 4, 'WITHDRAWN', 'NJT-2026-0003', '2026-10-06 06:40:00.000000', '2026-10-28 11:20:00.000000', 'انسحاب بطلب العضو', 3),
    (4, '1045678909', 'ريم بنت ناصر اليامي', 'Reem Nasser Alyami', '+966566667777', NULL, 'حبونا', 12, 'ACTIVE', 'NJT-2026-0004', '2026-10-12 07:05:00.000000', '2026-11-09 08:45:00.000000', NULL, 1);

INSERT INTO sequence_counter (name, period, last_value) VALUES
    ('request', 2026, 12), ('member', 2026, 4),
    ('ticket-A', 20261124, 3), ('ticket-B', 20261124, 2), ('ticket-C', 20261125, 1);

-- ---- requests at every stage -----------------------------------------------------------------------------------
INSERT INTO service_request (id, reference, type_code, channel, status, assignee, requester_name, requester_mobile, member_id,
        applicant_national_id, applicant_name_ar, applicant_name_latin, applicant_city, applicant_shares, applicant_email,
        details, submitted_by, submitted_at, status_changed_at, closed_at, outcome, version) VALUES
    -- 1-4: membership applications that became members 1-4
    (1, '2026-000001', 'MEMBERSHIP_APPLICATION', 'KIOSK', 'COMPLETED', 'noura', 'سعيد بن علي القحطاني', '+966501234567', 1,
        '1012345672', 'سعيد بن علي القحطاني', 'Saeed Ali Alqahtani', 'نجران', 10, 'saeed@example.com',
        NULL, 'kiosk', '2026-10-04 07:00:00.000000', '2026-10-26 09:30:00.000000', '2026-10-26 09:30:00.000000', 'NJT-2026-0001', 6),
    (2, '2026-000002', 'MEMBERSHIP_APPLICATION', 'IN_PERSON', 'COMPLETED', 'noura', 'هند بنت صالح آل مهري', '+966551112233', 2,
        '1023456781', 'هند بنت صالح آل مهري', 'Hind Saleh Al Mahri', 'شرورة', 25, NULL,
        NULL, 'noura', '2026-10-05 08:15:00.000000', '2026-10-27 10:00:00.000000', '2026-10-27 10:00:00.000000', 'NJT-2026-0002', 6),
    (3, '2026-000003', 'MEMBERSHIP_APPLICATION', 'KIOSK', 'COMPLETED', 'fahad', 'مانع بن حمد الصيعري', '+966533334444', 3,
        '1034567899', 'مانع بن حمد الصيعري', 'Mane Hamad Alsaiari', 'نجران', 4, 'mane@example.org',
        NULL, 'kiosk', '2026-10-06 06:40:00.000000', '2026-10-28 11:20:00.000000', '2026-10-28 11:20:00.000000', 'NJT-2026-0003', 6),
    (4, '2026-000004', 'MEMBERSHIP_APPLICATION', 'WEBSITE', 'COMPLETED', 'noura', 'ريم بنت ناصر اليامي', '+966566667777', 4,
        '1045678909', 'ريم بنت ناصر اليامي', 'Reem Nasser Alyami', 'حبونا', 12, NULL,
        NULL, 'website', '2026-10-12 07:05:00.000000', '2026-11-09 08:45:00.000000', '2026-11-09 08:45:00.000000', 'NJT-2026-0004', 6),
    -- 5: an inquiry answered; 6: an inquiry just filed at the kiosk
    (5, '2026-000005', 'INQUIRY', 'KIOSK', 'RESOLVED', 'fahad', 'عبدالله آل عباس', '+966544445555', NULL,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'متى موعد الجمعية العمومية القادمة؟', 'kiosk', '2026-11-02 09:00:00.000000', '2026-11-02 10:30:00.000000', '2026-11-02 10:30:00.000000', 'في الأسبوع الثاني من ديسمبر، وسيصلكم خطاب الدعوة', 2),
    (6, '2026-000006', 'INQUIRY', 'KIOSK', 'SUBMITTED', NULL, 'منى الحارثي', '+966522223333', NULL,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'هل يمكن نقل الأسهم إلى أحد الورثة؟', 'kiosk', '2026-11-24 11:12:13.141516', '2026-11-24 11:12:13.141516', NULL, NULL, 0),
    -- 7: a certificate in intake with an item missing; 8: returned to the member
    (7, '2026-000007', 'CERTIFICATE', 'PHONE', 'IN_INTAKE', 'noura', 'سعيد بن علي القحطاني', '+966501234567', 1,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'شهادة عضوية للبنك', 'noura', '2026-11-18 06:30:00.000000', '2026-11-18 06:35:00.000000', NULL, NULL, 2),
    (8, '2026-000008', 'WITHDRAWAL', 'LETTER', 'RETURNED', 'fahad', 'هند بنت صالح آل مهري', '+966551112233', 2,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'أرغب في الانسحاب واسترداد قيمة الأسهم', 'fahad', '2026-11-16 07:00:00.000000', '2026-11-17 08:00:00.000000', NULL, NULL, 3),
    -- 9: a support request with the committee (agenda item paused once); 10: a complaint escalated and climbed
    (9, '2026-000009', 'SUPPORT', 'IN_PERSON', 'WITH_COMMITTEE', 'noura', 'ريم بنت ناصر اليامي', '+966566667777', 4,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'طلب دعم لتجهيز نزل تراثي', 'noura', '2026-11-10 08:00:00.000000', '2026-11-11 09:00:00.000000', NULL, NULL, 5),
    (10, '2026-000010', 'COMPLAINT', 'SOCIAL_MEDIA', 'VERIFIED', 'fahad', 'عبدالله آل عباس', '+966544445555', NULL,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'تأخر الرد على طلبي السابق', 'fahad', '2026-11-15 10:00:00.000000', '2026-11-15 10:20:00.000000', NULL, NULL, 3),
    -- 11: an application the committee rejected; 12: a website suggestion withdrawn by the member
    (11, '2026-000011', 'MEMBERSHIP_APPLICATION', 'KIOSK', 'REJECTED', 'noura', 'خالد المكرمي', '+966577778888', NULL,
        '1056789017', 'خالد بن سالم المكرمي', 'Khalid Salem Almakrami', 'نجران', 2, NULL,
        NULL, 'kiosk', '2026-10-20 07:00:00.000000', '2026-11-12 08:00:00.000000', '2026-11-12 08:00:00.000000', NULL, 5),
    (12, '2026-000012', 'SUGGESTION', 'WEBSITE', 'WITHDRAWN', NULL, 'فاطمة آل قريع', '+966588889999', NULL,
        NULL, NULL, NULL, NULL, NULL, NULL,
        'اقتراح فتح مكتب في شرورة', 'website', '2026-11-19 12:00:00.000000', '2026-11-20 07:00:00.000000', '2026-11-20 07:00:00.000000', NULL, 1);

INSERT INTO request_item (request_id, position, item_code, label_ar, label_en, kind, mandatory, state, note, method, verified_by, verified_at, missing_reason, changed_by, changed_at)
SELECT r.id, i.position, i.code, i.label_ar, i.label_en, i.kind, i.mandatory,
       CASE WHEN r.status IN ('COMPLETED', 'VERIFIED', 'WITH_COMMITTEE', 'REJECTED', 'RESOLVED') THEN 'VERIFIED'
            WHEN r.id = 7 AND i.position = 0 THEN 'VERIFIED'
            WHEN r.id = 8 AND i.code = 'IBAN' THEN 'MISSING'
            WHEN i.kind = 'FIELD' AND r.type_code IN ('INQUIRY', 'SUGGESTION') THEN 'PROVIDED'
            ELSE 'PENDING' END,
       NULL,
       CASE WHEN r.status IN ('COMPLETED', 'VERIFIED', 'WITH_COMMITTEE', 'REJECTED', 'RESOLVED') OR (r.id = 7 AND i.position = 0)
            THEN (CASE i.kind WHEN 'DOCUMENT' THEN 'COPY_RECEIVED' WHEN 'FIELD' THEN 'MATCHED_REGISTRY' ELSE 'ORIGINAL_SEEN' END) END,
       CASE WHEN r.status IN ('COMPLETED', 'VERIFIED', 'WITH_COMMITTEE', 'REJECTED', 'RESOLVED') OR (r.id = 7 AND i.position = 0)
            THEN r.assignee END,
       CASE WHEN r.status IN ('COMPLETED', 'VERIFIED', 'WITH_COMMITTEE', 'REJECTED', 'RESOLVED') OR (r.id = 7 AND i.position = 0)
            THEN DATE_ADD(r.submitted_at, INTERVAL 20 + i.position MINUTE) END,
       CASE WHEN r.id = 8 AND i.code = 'IBAN' THEN 'رقم الآيبان غير مكتوب في الخطاب' END,
       COALESCE(r.assignee, r.submitted_by), DATE_ADD(r.submitted_at, INTERVAL 20 + i.position MINUTE)
FROM service_request r
         JOIN request_type_item i ON i.request_type_code = r.type_code
ORDER BY r.id, i.position;

-- ---- escalations: 10 climbed from the officer and waits at the supervisor; 5 was answered at the first level -------
INSERT INTO escalation (id, request_id, request_reference, level_code, previous_id, reason, raised_by, raised_at, due_at, state, answer, answered_by, answered_at, climbed_at, flagged_at, version) VALUES
    (1, 5, '2026-000005', 'OFFICER', NULL, 'الاستفسار عن موعد الجمعية يحتاج تأكيدًا من الإدارة', 'fahad', '2026-11-02 09:30:00.000000', '2026-11-04 09:30:00.000000', 'ANSWERED', 'الموعد المعتمد في الأسبوع الثاني من ديسمبر', 'noura', '2026-11-02 10:20:00.000000', NULL, NULL, 1),
    (2, 10, '2026-000010', 'OFFICER', NULL, 'شكوى تأخر تحتاج قرارًا من المشرف', 'fahad', '2026-11-15 10:30:00.000000', '2026-11-17 10:30:00.000000', 'CLIMBED', NULL, NULL, NULL, '2026-11-17 10:31:00.000000', NULL, 1),
    (3, 10, '2026-000010', 'SUPERVISOR', 2, 'شكوى تأخر تحتاج قرارًا من المشرف', 'system', '2026-11-17 10:31:00.000000', '2026-11-20 10:31:00.000000', 'OPEN', NULL, NULL, NULL, NULL, NULL, 0);

-- ---- the committee: 9 handed over and paused once (resumed); 11 rejected with reasons; 1-4 accepted ----------------
INSERT INTO agenda_item (id, request_id, request_reference, handed_over_on, handed_over_by, handed_over_at, floor_working_days, ceiling_working_days, decision, reason_ar, reason_en, decided_by, decided_at, deferrals, floor_override_reason, floor_overridden_by, floor_overridden_at, reminded_at, overdue_escalated_at, version) VALUES
    (1, 1, '2026-000001', '2026-10-07', 'noura', '2026-10-07 08:00:00.000000', 10, 14, 'ACCEPT', NULL, NULL, 'lajna', '2026-10-22 09:00:00.000000', 0, NULL, NULL, NULL, NULL, NULL, 1),
    (2, 2, '2026-000002', '2026-10-08', 'noura', '2026-10-08 08:00:00.000000', 10, 14, 'ACCEPT', NULL, NULL, 'lajna', '2026-10-22 09:05:00.000000', 0, NULL, NULL, NULL, NULL, NULL, 1),
    (3, 3, '2026-000003', '2026-10-08', 'fahad', '2026-10-08 09:00:00.000000', 10, 14, 'ACCEPT', NULL, NULL, 'lajna', '2026-10-22 09:10:00.000000', 1, NULL, NULL, NULL, '2026-10-21 06:00:00.000000', NULL, 2),
    (4, 4, '2026-000004', '2026-10-13', 'noura', '2026-10-13 07:30:00.000000', 10, 14, 'ACCEPT', NULL, NULL, 'lajna', '2026-10-28 07:00:00.000000', 0, 'اجتماع استثنائي للجنة', 'admin', '2026-10-26 06:00:00.000000', NULL, NULL, 2),
    (5, 9, '2026-000009', '2026-11-11', 'noura', '2026-11-11 09:00:00.000000', 10, 14, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, 2),
    (6, 11, '2026-000011', '2026-10-22', 'noura', '2026-10-22 07:00:00.000000', 10, 14, 'REJECT', 'لم يستوف شرط الحد الأدنى من الأسهم', 'The minimum number of shares was not met', 'lajna', '2026-11-12 08:00:00.000000', 0, NULL, NULL, NULL, '2026-11-09 06:00:00.000000', NULL, 2);
INSERT INTO agenda_pause (agenda_item_id, position, paused_from, paused_to, reason, paused_by) VALUES
    (5, 0, '2026-11-16', '2026-11-19', 'بانتظار عرض سعر من العضو', 'lajna'),
    (3, 0, '2026-10-12', '2026-10-13', 'بانتظار صورة الهوية', 'lajna');

-- ---- the outbox ---------------------------------------------------------------------------------------------------
INSERT INTO message (id, request_reference, recipient_mobile, recipient_email, channel, kind, subject_ar, body_ar, subject_en, body_en, created_at, sent_at, state, attempts, last_error, version) VALUES
    (1, '2026-000001', '+966501234567', NULL, 'SMS', 'ACKNOWLEDGEMENT', 'استلام طلبكم', 'استلمنا طلبكم رقم 2026-000001', 'Request received', 'We received your request 2026-000001', '2026-10-04 07:00:00.000000', '2026-10-04 07:01:00.000000', 'SENT', 1, NULL, 1),
    (2, '2026-000001', NULL, 'saeed@example.com', 'EMAIL', 'DECISION', 'قرار لجنة البحث', 'قبلت اللجنة طلب عضويتكم', 'The committee decided', 'The committee accepted your application', '2026-10-22 09:00:00.000000', NULL, 'FAILED', 5, 'no mail session mail/khidma', 5),
    (3, '2026-000008', NULL, NULL, 'LETTER', 'MISSING_ITEMS', 'نواقص طلبكم', 'ينقص طلبكم: رقم الحساب البنكي (الآيبان)', 'Missing items', 'Your request lacks: Bank account (IBAN)', '2026-11-17 08:00:00.000000', NULL, 'PENDING', 0, NULL, 0),
    (4, '2026-000009', '+966566667777', NULL, 'SMS', 'UNDER_REVIEW', 'طلبكم لدى اللجنة', 'طلبكم لدى لجنة البحث، والقرار المتوقع قبل 1 ديسمبر', 'With the committee', 'Your request is with the research committee; decision expected by 1 December', '2026-11-11 09:00:00.000000', NULL, 'PENDING', 2, 'gateway timeout', 2),
    (5, '2026-000005', '+966544445555', NULL, 'SMS', 'ANSWER', 'الرد على استفساركم', 'في الأسبوع الثاني من ديسمبر', 'Answer to your inquiry', 'In the second week of December', '2026-11-02 10:30:00.000000', '2026-11-02 10:31:00.000000', 'SENT', 1, NULL, 1);

-- ---- the audit trail (append-only) -------------------------------------------------------------------------------
INSERT INTO audit_entry (id, occurred_at, actor, subject_type, subject, action, state_before, state_after, detail) VALUES
    (1, '2026-10-04 07:00:00.000000', 'kiosk', 'REQUEST', '2026-000001', 'submit', NULL, 'SUBMITTED', 'channel KIOSK'),
    (2, '2026-10-04 07:20:00.000000', 'noura', 'REQUEST', '2026-000001', 'startIntake', 'SUBMITTED', 'IN_INTAKE', NULL),
    (3, '2026-10-04 07:21:00.000000', 'noura', 'REQUEST', '2026-000001', 'verifyItem', 'PENDING', 'VERIFIED', 'NATIONAL_ID MATCHED_REGISTRY'),
    (4, '2026-10-07 08:00:00.000000', 'noura', 'REQUEST', '2026-000001', 'handToCommittee', 'VERIFIED', 'WITH_COMMITTEE', NULL),
    (5, '2026-10-22 09:00:00.000000', 'lajna', 'REQUEST', '2026-000001', 'accept', 'WITH_COMMITTEE', 'ACCEPTED', NULL),
    (6, '2026-10-26 09:30:00.000000', 'noura', 'MEMBER', 'NJT-2026-0001', 'completeRegistration', 'APPLICANT', 'ACTIVE', '2026-000001'),
    (7, '2026-11-02 10:30:00.000000', 'fahad', 'REQUEST', '2026-000005', 'resolve', 'BEING_SERVED', 'RESOLVED', NULL),
    (8, '2026-11-17 08:00:00.000000', 'fahad', 'REQUEST', '2026-000008', 'returnToMember', 'IN_INTAKE', 'RETURNED', 'IBAN'),
    (9, '2026-11-17 10:31:00.000000', 'system', 'ESCALATION', '2026-000010/OFFICER', 'climb', 'OPEN', 'CLIMBED', 'SUPERVISOR'),
    (10, '2026-11-12 08:00:00.000000', 'lajna', 'REQUEST', '2026-000011', 'reject', 'WITH_COMMITTEE', 'REJECTED', 'لم يستوف شرط الحد الأدنى من الأسهم'),
    (11, '2026-11-16 07:00:00.000000', 'lajna', 'AGENDA', '2026-000009', 'pause', NULL, 'PAUSED', 'بانتظار عرض سعر من العضو'),
    (12, '2026-11-24 05:00:00.000000', 'kiosk', 'TICKET', 'A-001', 'take', NULL, 'WAITING', NULL),
    (13, '2026-11-24 05:10:00.000000', 'noura', 'TICKET', 'A-001', 'call', 'WAITING', 'CALLED', 'desk 1'),
    (14, '2026-11-24 05:20:00.000000', 'noura', 'TICKET', 'A-001', 'served', 'CALLED', 'SERVED', NULL),
    (15, '2026-11-20 07:00:00.000000', 'admin', 'SETTINGS', 'review', 'change', 'floor 10, ceiling 14, remind 3', 'floor 10, ceiling 14, remind 3', 'confirmed');

-- ---- reception -----------------------------------------------------------------------------------------------------
INSERT INTO queue_ticket (id, service, service_day, number, channel, status, desk, called_by, taken_at, called_at, closed_at, version) VALUES
    (1, 'MEMBER_SERVICES', '2026-11-24', 1, 'KIOSK', 'SERVED', 'desk 1', 'noura', '2026-11-24 05:00:00.000000', '2026-11-24 05:10:00.000000', '2026-11-24 05:20:00.000000', 2),
    (2, 'MEMBER_SERVICES', '2026-11-24', 2, 'KIOSK', 'NO_SHOW', 'desk 1', 'noura', '2026-11-24 05:05:00.000000', '2026-11-24 05:21:00.000000', '2026-11-24 05:26:00.000000', 2),
    (3, 'MEMBER_SERVICES', '2026-11-24', 3, 'KIOSK', 'WAITING', NULL, NULL, '2026-11-24 05:30:00.000000', NULL, NULL, 0),
    (4, 'MEMBERSHIP', '2026-11-24', 1, 'KIOSK', 'SERVED', 'desk 2', 'fahad', '2026-11-24 06:00:00.000000', '2026-11-24 06:02:00.000000', '2026-11-24 06:30:00.000000', 2),
    (5, 'MEMBERSHIP', '2026-11-24', 2, 'KIOSK', 'CALLED', 'desk 2', 'fahad', '2026-11-24 06:10:00.000000', '2026-11-24 06:31:00.000000', NULL, 1),
    (6, 'INQUIRIES', '2026-11-25', 1, 'KIOSK', 'WAITING', NULL, NULL, '2026-11-25 05:00:00.000000', NULL, NULL, 0);

-- ---- satisfaction and volunteering ------------------------------------------------------------------------------
INSERT INTO rating (id, service, channel, score, comment, rated_on) VALUES
    (1, 'RECEPTION', 'KIOSK', 5, 'استقبال راقٍ', '2026-11-24'),
    (2, 'RECEPTION', 'KIOSK', 4, NULL, '2026-11-24'),
    (3, 'SUPPORT', 'KIOSK', 2, 'الانتظار طويل', '2026-11-23');
INSERT INTO suggestion (id, service, text, status, received_on, summary_ar, summary_en, answer_ar, answer_en, decided_by, decided_at, version) VALUES
    (1, 'RECEPTION', 'نقترح مقاعد أكثر في صالة الانتظار', 'ADOPTED', '2026-11-01', 'مقاعد أكثر للانتظار', 'More seats in the waiting area', 'أضفنا ثمانية مقاعد', 'We added eight seats', 'admin', '2026-11-08 07:00:00.000000', 2),
    (2, 'MEMBERSHIP', 'إرسال رسالة عند اكتمال الطلب', 'RECEIVED', '2026-11-23', NULL, NULL, NULL, NULL, NULL, NULL, 0);
INSERT INTO reply_request (id, name, mobile, message, suggestion_id, requested_at, replied_by, replied_at, version) VALUES
    (1, 'ناصر آل سدران', '+966599990000', 'أرجو التواصل معي بخصوص المقاعد', 1, '2026-11-01 08:00:00.000000', 'noura', '2026-11-03 09:00:00.000000', 1);
INSERT INTO volunteer (id, name, mobile, consent_at, status, signed_up_at, decided_by, decided_at, decline_reason, version) VALUES
    (1, 'لمى آل مريح', '+966511112222', '2026-11-05 09:00:00.000000', 'APPROVED', '2026-11-05 09:00:00.000000', 'fahad', '2026-11-06 07:00:00.000000', NULL, 1),
    (2, 'تركي الزبيدي', '+966522221111', '2026-11-21 10:00:00.000000', 'PENDING', '2026-11-21 10:00:00.000000', NULL, NULL, NULL, 0);
INSERT INTO volunteer_skill (volunteer_id, skill) VALUES (1, 'PHOTOGRAPHY'), (1, 'TOUR_GUIDING'), (2, 'TRANSLATION');
INSERT INTO volunteer_interest (volunteer_id, interest) VALUES (1, 'EVENTS_AND_FESTIVALS'), (2, 'VISITOR_RECEPTION');
INSERT INTO volunteer_day (volunteer_id, day_of_week) VALUES (1, 'FRIDAY'), (1, 'SATURDAY'), (2, 'THURSDAY');
INSERT INTO volunteer_time (volunteer_id, day_part) VALUES (1, 'MORNING'), (2, 'AFTERNOON');

-- ---- the website's idempotent submission of application 4, and the scheduler's last run -------------------------
INSERT INTO api_idempotency (idempotency_key, fingerprint, status, location, body, created_at) VALUES
    ('5f0c6a2e-2b1d-4c1e-9a57-0e2b7c8d9f10', 'b5d4c2a1e0f9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3928170f6e5d4c3b2a190', 201, 'v1/requests/2026-000004',
     '{"reference":"2026-000004","submittedAt":"2026-10-12T07:05:00Z"}', '2026-10-12 07:05:00.000000');
UPDATE scheduler_lease SET last_slot = '2026-11-25T05:59:00Z', last_owner = 'khidma-1/3fa85f64', last_started_at = '2026-11-25 05:59:00.012000',
    last_ended_at = '2026-11-25 05:59:00.087000', runs = 30240 WHERE name = 'deadlines';
