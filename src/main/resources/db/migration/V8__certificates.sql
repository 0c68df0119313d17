-- Certificates as issued: the PDF bytes exactly as signed, with their SHA-256, and what they say.
-- One current certificate per enrollment: current_enrollment_id holds the enrollment while the certificate
-- is VALID or REVOKED and becomes NULL when a reissue SUPERSEDES it (a unique key allows many NULLs).
CREATE TABLE certificates (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    serial                 VARCHAR(20)   NOT NULL,
    enrollment_id          BIGINT        NOT NULL,
    current_enrollment_id  BIGINT        NULL,
    status                 VARCHAR(12)   NOT NULL,
    holder_name            VARCHAR(200)  NOT NULL,
    course_title_en        VARCHAR(200)  NOT NULL,
    course_title_ru        VARCHAR(200)  NOT NULL,
    offering_start         DATE          NOT NULL,
    offering_end           DATE          NOT NULL,
    template_name          VARCHAR(100)  NOT NULL,
    issued_at              DATETIME(6)   NOT NULL,
    issued_by_id           BIGINT        NULL,
    pdf                    MEDIUMBLOB    NOT NULL,
    pdf_sha256             CHAR(64)      NOT NULL,
    pdf_size               INT           NOT NULL,
    revoked_at             DATETIME(6)   NULL,
    revoked_by_id          BIGINT        NULL,
    revoked_reason         VARCHAR(500)  NULL,
    superseded_at          DATETIME(6)   NULL,
    successor_id           BIGINT        NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificates_serial UNIQUE (serial),
    CONSTRAINT uq_certificates_current UNIQUE (current_enrollment_id),
    CONSTRAINT fk_certificates_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_certificates_current FOREIGN KEY (current_enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_certificates_issued_by FOREIGN KEY (issued_by_id) REFERENCES users (id),
    CONSTRAINT fk_certificates_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES users (id),
    CONSTRAINT fk_certificates_successor FOREIGN KEY (successor_id) REFERENCES certificates (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_certificates_enrollment ON certificates (enrollment_id);
