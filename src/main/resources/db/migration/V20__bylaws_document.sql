-- Khidma schema, version 20: the association's bylaws document (issue #13, part 7; policy: the bylaws are one of the
-- three tools the policy gives staff, and members read them at the kiosk and on the website).
--   An administrator uploads the real bylaws as a PDF; each upload is a new edition (the previous ones stay, so what
--   was shown when can be told); the newest is the one shown. The bytes are checked to be a PDF, at most 20 MB.

CREATE TABLE bylaws_document (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    edition      INT          NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content      LONGBLOB     NOT NULL,
    size_bytes   INT          NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uq_bylaws_document_edition UNIQUE (edition),
    CONSTRAINT ck_bylaws_document_size CHECK (size_bytes BETWEEN 1 AND 20971520)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
