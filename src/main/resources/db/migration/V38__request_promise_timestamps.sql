-- The board's "promises kept" report (issue #17, report 2) measures each request from its filing to the end of its
-- intake and to its answer or decision, against the day the association had promised. The request now keeps:
--   intake_completed_at: when intake first completed (every mandatory item verified; policy item 2);
--   answered_at: when it was first answered or decided (served, accepted or rejected by the committee);
--   answer_promised_on: the day the member was promised at that moment (the type's answer days, or the committee
--     window's ceiling), kept because due_on is cleared once nothing more is owed.
-- Only the request's verbs write them. Older requests get them from the audit trail (best effort: the first such
-- entry; the promise as V14 estimated due days, seven calendar days for five working days).
ALTER TABLE service_request
    ADD COLUMN intake_completed_at DATETIME(6) NULL,
    ADD COLUMN answered_at DATETIME(6) NULL,
    ADD COLUMN answer_promised_on DATE NULL;

UPDATE service_request r
    JOIN (SELECT subject, MIN(occurred_at) AS at FROM audit_entry
          WHERE subject_type = 'REQUEST' AND action = 'completeIntake' GROUP BY subject) a ON a.subject = r.reference
SET r.intake_completed_at = a.at;

UPDATE service_request r
    JOIN (SELECT subject, MIN(occurred_at) AS at FROM audit_entry
          WHERE subject_type = 'REQUEST' AND action IN ('resolve', 'accept', 'reject') GROUP BY subject) a
        ON a.subject = r.reference
SET r.answered_at = a.at;

UPDATE service_request r JOIN request_type t ON t.code = r.type_code
SET r.answer_promised_on = DATE_ADD(DATE(r.submitted_at), INTERVAL CEIL(t.answer_working_days * 7 / 5) DAY)
WHERE r.answered_at IS NOT NULL AND t.needs_committee = FALSE;

UPDATE service_request r JOIN agenda_item a ON a.request_id = r.id
SET r.answer_promised_on = DATE_ADD(a.handed_over_on, INTERVAL CEIL(a.ceiling_working_days * 7 / 5) DAY)
WHERE r.answered_at IS NOT NULL;

-- The report reads the requests filed in a period by type with these columns, and the oldest open ones by status:
-- both from indexes alone.
ALTER TABLE service_request
    ADD INDEX ix_service_request_promises (submitted_at, type_code, intake_completed_at, answered_at,
                                           answer_promised_on);
