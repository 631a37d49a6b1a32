-- Khidma schema, version 34: the General Assembly's day (issue #16): who is present and the votes.
--   assembly_attendance: an invited member present at a meeting, in person or represented by a proxy holder (the
--   voter), with the shares held on the record date, when and where it was recorded (kiosk or console). One row per
--   member and meeting: nobody is counted twice.
--   assembly_vote: one member's vote on one agenda item (FOR / AGAINST / ABSTAIN), cast by the member or their proxy
--   holder. One row per item and member: no vote is counted twice. Votes are never updated or deleted.
-- Instants are UTC DATETIME(6). utf8mb4 throughout.

CREATE TABLE assembly_attendance (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assembly_id       BIGINT      NOT NULL,
    member_id         BIGINT      NOT NULL,
    membership_number VARCHAR(20) NOT NULL,
    shares            INT         NOT NULL,
    mode              VARCHAR(20) NOT NULL,
    voter_member_id   BIGINT      NOT NULL,
    voter_number      VARCHAR(20) NOT NULL,
    recorded_at_desk  VARCHAR(10) NOT NULL,
    recorded_by       VARCHAR(60) NOT NULL,
    checked_in_at     DATETIME(6) NOT NULL,
    version           BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_assembly_attendance_assembly FOREIGN KEY (assembly_id) REFERENCES general_assembly (id),
    CONSTRAINT fk_assembly_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT fk_assembly_attendance_voter FOREIGN KEY (voter_member_id) REFERENCES member (id),
    CONSTRAINT uq_assembly_attendance_member UNIQUE (assembly_id, member_id),
    CONSTRAINT ck_assembly_attendance_mode CHECK (mode IN ('IN_PERSON', 'BY_PROXY')),
    CONSTRAINT ck_assembly_attendance_voter CHECK ((mode = 'IN_PERSON') = (voter_member_id = member_id)),
    CONSTRAINT ck_assembly_attendance_desk CHECK (recorded_at_desk IN ('KIOSK', 'CONSOLE')),
    INDEX ix_assembly_attendance_voter (assembly_id, voter_member_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assembly_vote (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assembly_id       BIGINT      NOT NULL,
    item_id           BIGINT      NOT NULL,
    item_position     INT         NOT NULL,
    member_id         BIGINT      NOT NULL,
    membership_number VARCHAR(20) NOT NULL,
    choice            VARCHAR(10) NOT NULL,
    cast_by_member_id BIGINT      NOT NULL,
    cast_by_number    VARCHAR(20) NOT NULL,
    recorded_at_desk  VARCHAR(10) NOT NULL,
    recorded_by       VARCHAR(60) NOT NULL,
    recorded_at       DATETIME(6) NOT NULL,
    CONSTRAINT fk_assembly_vote_assembly FOREIGN KEY (assembly_id) REFERENCES general_assembly (id),
    CONSTRAINT fk_assembly_vote_item FOREIGN KEY (item_id) REFERENCES assembly_agenda_item (id),
    CONSTRAINT fk_assembly_vote_member FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT uq_assembly_vote_member UNIQUE (item_id, member_id),
    CONSTRAINT ck_assembly_vote_choice CHECK (choice IN ('FOR', 'AGAINST', 'ABSTAIN')),
    CONSTRAINT ck_assembly_vote_desk CHECK (recorded_at_desk IN ('KIOSK', 'CONSOLE')),
    INDEX ix_assembly_vote_assembly (assembly_id, item_id, choice)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A vote is never changed or taken back once recorded.
CREATE TRIGGER assembly_vote_no_update BEFORE UPDATE ON assembly_vote FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assembly_vote is append-only';
CREATE TRIGGER assembly_vote_no_delete BEFORE DELETE ON assembly_vote FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'assembly_vote is append-only';
