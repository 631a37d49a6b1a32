-- Issue #13, parts 3 and 8: the counter and the case.
--
-- A request opened or found at the counter keeps the ticket of that visit (reception's ticket, by value: its row id,
-- its printed number and its day), so the visit's waiting time and the request's case time are read together. A
-- ticket leads to at most one request. Nothing personal is added to the ticket.
ALTER TABLE service_request
    ADD COLUMN ticket_id     BIGINT      NULL,
    ADD COLUMN ticket_number VARCHAR(8)  NULL,
    ADD COLUMN ticket_day    DATE        NULL,
    ADD CONSTRAINT uq_service_request_ticket UNIQUE (ticket_id),
    ADD CONSTRAINT ck_service_request_ticket CHECK ((ticket_id IS NULL AND ticket_number IS NULL AND ticket_day IS NULL)
        OR (ticket_id IS NOT NULL AND ticket_number IS NOT NULL AND ticket_day IS NOT NULL));
