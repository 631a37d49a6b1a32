-- Khidma schema, version 18 (issue #13: consent that is kept; what the screens promise, the server allows).
--   service_request.consent_*: the privacy notice the member accepted to file the request at the kiosk or on the
--   website — its version, when (server clock, UTC) and through which channel; all three or none (staff-registered
--   requests, and those filed before this version, have none).
--   service_request.handed_to_committee_at: when the request was first put before the research committee; the
--   committee reads only requests that were (with their papers and letters). Filled for requests already handed over
--   from their agenda item, or from their status for any without one.
-- Instants are UTC DATETIME(6).

ALTER TABLE service_request
    ADD COLUMN consent_notice_version VARCHAR(20) NULL,
    ADD COLUMN consent_accepted_at DATETIME(6) NULL,
    ADD COLUMN consent_channel VARCHAR(20) NULL,
    ADD CONSTRAINT ck_service_request_consent CHECK ((consent_notice_version IS NULL) = (consent_accepted_at IS NULL)
        AND (consent_accepted_at IS NULL) = (consent_channel IS NULL)),
    ADD COLUMN handed_to_committee_at DATETIME(6) NULL;

UPDATE service_request r
SET r.handed_to_committee_at = (SELECT MIN(a.handed_over_at) FROM agenda_item a WHERE a.request_id = r.id);

UPDATE service_request
SET handed_to_committee_at = COALESCE(status_changed_at, submitted_at)
WHERE handed_to_committee_at IS NULL
  AND (status IN ('WITH_COMMITTEE', 'ACCEPTED', 'REJECTED')
    OR (status = 'COMPLETED' AND type_code IN (SELECT code FROM request_type WHERE needs_committee)));
