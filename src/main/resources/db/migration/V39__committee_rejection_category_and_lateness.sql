-- The board's committee report (issue #17, report 3) counts the decisions by how they fell against the window and the
-- rejections by their reason. The agenda item now keeps:
--   rejection_category: the committee's reason for a rejection, from a short fixed list (required when rejecting);
--   decided_after_ceiling: whether the decision came after the window's ceiling, as the decision judged it (the
--     window moves with holidays and clock stops, so it is kept rather than recomputed).
-- Older rejections get OTHER (their written reasons stand); older lateness comes from the audit trail, where the
-- decision noted "after the ceiling".
ALTER TABLE agenda_item
    ADD COLUMN rejection_category VARCHAR(30) NULL,
    ADD COLUMN decided_after_ceiling BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE agenda_item SET rejection_category = 'OTHER' WHERE decision = 'REJECT';

UPDATE agenda_item a
    JOIN audit_entry e ON e.subject_type = 'AGENDA' AND e.subject = a.request_reference AND e.action = 'decide'
        AND e.detail LIKE 'after the ceiling%'
SET a.decided_after_ceiling = TRUE
WHERE a.decision IN ('ACCEPT', 'REJECT');

ALTER TABLE agenda_item
    ADD CONSTRAINT ck_agenda_item_rejection_category CHECK ((decision = 'REJECT') = (rejection_category IS NOT NULL)),
    ADD INDEX ix_agenda_item_handed_over (handed_over_on, decision, decided_after_ceiling, rejection_category,
                                          decided_before_floor_on);
