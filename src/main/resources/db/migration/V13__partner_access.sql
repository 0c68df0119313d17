-- Partner universities: when an enrollment last changed (for the partner API's updatedSince), the student's
-- consent to show released grades to their home university, partner staff's confirmation or dispute that a
-- student studies there, and the partner API's tokens (only their SHA-256 is stored).

-- Maintained by the entity (Enrollment.touch on persist and update); existing rows start at their enrollment.
ALTER TABLE enrollments ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE enrollments SET updated_at = COALESCE(withdrawn_at, enrolled_at);
CREATE INDEX ix_enrollments_university ON enrollments (university_id, updated_at);

-- Off by default: the home university sees enrollment and progress, not scores or results.
ALTER TABLE enrollments ADD COLUMN grades_shared BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE enrollments ADD COLUMN grades_shared_at DATETIME(6) NULL;

-- One check per enrollment: CONFIRMED or DISPUTED by partner staff of the enrollment's university.
CREATE TABLE affiliation_checks (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    enrollment_id  BIGINT        NOT NULL,
    university_id  BIGINT        NOT NULL,
    status         VARCHAR(12)   NOT NULL,
    comment_text   VARCHAR(500)  NULL,
    checked_by_id  BIGINT        NOT NULL,
    checked_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_affiliation_checks_enrollment UNIQUE (enrollment_id),
    CONSTRAINT fk_affiliation_checks_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_affiliation_checks_university FOREIGN KEY (university_id) REFERENCES universities (id),
    CONSTRAINT fk_affiliation_checks_checked_by FOREIGN KEY (checked_by_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_affiliation_checks_status ON affiliation_checks (status, checked_at);

-- A partner university's API token: the secret is shown once; only its SHA-256 (hex) is kept.
CREATE TABLE partner_api_tokens (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    university_id  BIGINT        NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    token_hash     CHAR(64)      NOT NULL,
    token_hint     VARCHAR(12)   NOT NULL,
    created_by_id  BIGINT        NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    last_used_at   DATETIME(6)   NULL,
    revoked_at     DATETIME(6)   NULL,
    revoked_by_id  BIGINT        NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_partner_api_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_partner_api_tokens_university FOREIGN KEY (university_id) REFERENCES universities (id),
    CONSTRAINT fk_partner_api_tokens_created_by FOREIGN KEY (created_by_id) REFERENCES users (id),
    CONSTRAINT fk_partner_api_tokens_revoked_by FOREIGN KEY (revoked_by_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_partner_api_tokens_university ON partner_api_tokens (university_id, created_at);
