-- Reception (policy clause 1: receive members courteously, give them time): the counter's queue tickets.
-- Numbers are gap-free per service and day through sequence_counter (name 'ticket-A', period yyyymmdd).

CREATE TABLE queue_ticket (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service     VARCHAR(20)  NOT NULL,
    service_day DATE         NOT NULL,
    number      INT          NOT NULL,
    channel     VARCHAR(20)  NOT NULL,
    status      VARCHAR(10)  NOT NULL,
    desk        VARCHAR(40)  NULL,
    called_by   VARCHAR(60)  NULL,
    taken_at    DATETIME(6)  NOT NULL,
    called_at   DATETIME(6)  NULL,
    closed_at   DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_queue_ticket_number UNIQUE (service, service_day, number),
    CONSTRAINT ck_queue_ticket_service CHECK (service IN ('MEMBER_SERVICES', 'MEMBERSHIP', 'INQUIRIES')),
    CONSTRAINT ck_queue_ticket_status CHECK (status IN ('WAITING', 'CALLED', 'SERVED', 'NO_SHOW')),
    INDEX ix_queue_ticket_day_status (service_day, service, status),
    INDEX ix_queue_ticket_closed (service, status, closed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
