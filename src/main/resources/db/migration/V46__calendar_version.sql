-- Issue #19: each node keeps the office calendar (the holidays) in memory and reads only this one row per
-- transaction to know whether its copy still holds. Every write to `holiday`, by whatever path (an administrator on
-- any node, a migration, an operator's SQL), gives the row a new stamp in the same transaction through the triggers
-- below, so a node's next deadline computation after the commit reads a stamp its copy does not have and reloads the
-- holidays. A stamp is a UUID, never given twice: not after a rollback, not after a backup is restored.
CREATE TABLE calendar_version (
    id    TINYINT  NOT NULL,
    stamp CHAR(36) NOT NULL,
    CONSTRAINT pk_calendar_version PRIMARY KEY (id),
    CONSTRAINT ck_calendar_version_one_row CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO calendar_version (id, stamp) VALUES (1, UUID());

CREATE TRIGGER holiday_insert_stamps_calendar AFTER INSERT ON holiday FOR EACH ROW
    UPDATE calendar_version SET stamp = UUID() WHERE id = 1;

CREATE TRIGGER holiday_update_stamps_calendar AFTER UPDATE ON holiday FOR EACH ROW
    UPDATE calendar_version SET stamp = UUID() WHERE id = 1;

CREATE TRIGGER holiday_delete_stamps_calendar AFTER DELETE ON holiday FOR EACH ROW
    UPDATE calendar_version SET stamp = UUID() WHERE id = 1;
