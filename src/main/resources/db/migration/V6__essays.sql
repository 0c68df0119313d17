-- Essays: assignments on an offering's schedule, per-student extensions, submissions with every
-- submitted version, and the files students uploaded instead of typing (files live in the database).

CREATE TABLE assignments (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    offering_id             BIGINT        NOT NULL,
    title_en                VARCHAR(200)  NOT NULL,
    title_ru                VARCHAR(200)  NOT NULL,
    prompt_en               VARCHAR(4000) NOT NULL,
    prompt_ru               VARCHAR(4000) NOT NULL,
    opens_at                DATETIME(6)   NOT NULL,
    due_at                  DATETIME(6)   NOT NULL,
    cutoff_at               DATETIME(6)   NOT NULL,
    min_words               INT           NOT NULL DEFAULT 500,
    max_words               INT           NOT NULL DEFAULT 700,
    counts_for_certificate  BOOLEAN       NOT NULL DEFAULT TRUE,
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_assignments_offering FOREIGN KEY (offering_id) REFERENCES offerings (id),
    CONSTRAINT ck_assignments_due CHECK (due_at >= opens_at),
    CONSTRAINT ck_assignments_cutoff CHECK (cutoff_at >= due_at),
    CONSTRAINT ck_assignments_words CHECK (min_words >= 1 AND max_words >= min_words)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_assignments_offering ON assignments (offering_id, due_at);

-- One extension per student (enrollment) and assignment.
CREATE TABLE extensions (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    assignment_id   BIGINT      NOT NULL,
    enrollment_id   BIGINT      NOT NULL,
    due_at          DATETIME(6) NOT NULL,
    cutoff_at       DATETIME(6) NOT NULL,
    granted_by_id   BIGINT      NOT NULL,
    granted_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_extensions_assignment_enrollment UNIQUE (assignment_id, enrollment_id),
    CONSTRAINT fk_extensions_assignment FOREIGN KEY (assignment_id) REFERENCES assignments (id),
    CONSTRAINT fk_extensions_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_extensions_granted_by FOREIGN KEY (granted_by_id) REFERENCES users (id),
    CONSTRAINT ck_extensions_cutoff CHECK (cutoff_at >= due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- An uploaded essay file as it came; up to 10 MB.
CREATE TABLE essay_files (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    content       MEDIUMBLOB   NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One submission per enrollment and assignment; its state follows SubmissionStatus.
CREATE TABLE submissions (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    assignment_id   BIGINT      NOT NULL,
    enrollment_id   BIGINT      NOT NULL,
    status          VARCHAR(30) NOT NULL,
    draft_html      MEDIUMTEXT  NULL,
    draft_saved_at  DATETIME(6) NULL,
    draft_file_id   BIGINT      NULL,
    created_at      DATETIME(6) NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_submissions_assignment_enrollment UNIQUE (assignment_id, enrollment_id),
    CONSTRAINT fk_submissions_assignment FOREIGN KEY (assignment_id) REFERENCES assignments (id),
    CONSTRAINT fk_submissions_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_submissions_draft_file FOREIGN KEY (draft_file_id) REFERENCES essay_files (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_submissions_status ON submissions (assignment_id, status);

-- Every submitted version, kept for good.
CREATE TABLE submission_versions (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    submission_id   BIGINT      NOT NULL,
    version_number  INT         NOT NULL,
    html            MEDIUMTEXT  NOT NULL,
    word_count      INT         NOT NULL,
    sha256          CHAR(64)    NOT NULL,
    submitted_at    DATETIME(6) NOT NULL,
    late            BOOLEAN     NOT NULL,
    file_id         BIGINT      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_submission_versions_number UNIQUE (submission_id, version_number),
    CONSTRAINT fk_submission_versions_submission FOREIGN KEY (submission_id) REFERENCES submissions (id),
    CONSTRAINT fk_submission_versions_file FOREIGN KEY (file_id) REFERENCES essay_files (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
