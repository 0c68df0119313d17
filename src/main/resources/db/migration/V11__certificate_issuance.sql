-- Certificate issuance: what earns an offering's certificate beyond the passed essays (an optional minimum
-- average score) and which template prints it; batches of issuance with one row per chosen enrollment,
-- so that a batch survives a reload, a crash or a restart and is resumed without issuing twice (the unique
-- key on certificates.current_enrollment_id is the final guard).
ALTER TABLE offerings ADD COLUMN certificate_template VARCHAR(100) NOT NULL DEFAULT 'default';
ALTER TABLE offerings ADD COLUMN min_average_score DECIMAL(7,2) NULL;

CREATE TABLE certificate_batches (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    offering_id    BIGINT       NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    send_mail      BOOLEAN      NOT NULL,
    created_by_id  BIGINT       NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    lease_owner    VARCHAR(40)  NULL,
    lease_until    DATETIME(6)  NULL,
    run_millis     BIGINT       NOT NULL DEFAULT 0,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_certificate_batches_offering FOREIGN KEY (offering_id) REFERENCES offerings (id),
    CONSTRAINT fk_certificate_batches_created_by FOREIGN KEY (created_by_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_certificate_batches_status ON certificate_batches (status, lease_until);
CREATE INDEX ix_certificate_batches_offering ON certificate_batches (offering_id, created_at);

CREATE TABLE certificate_batch_items (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    batch_id        BIGINT        NOT NULL,
    enrollment_id   BIGINT        NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    certificate_id  BIGINT        NULL,
    problem_key     VARCHAR(100)  NULL,
    problem_args    VARCHAR(1000) NULL,
    finished_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_certificate_batch_items UNIQUE (batch_id, enrollment_id),
    CONSTRAINT fk_certificate_batch_items_batch FOREIGN KEY (batch_id) REFERENCES certificate_batches (id),
    CONSTRAINT fk_certificate_batch_items_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollments (id),
    CONSTRAINT fk_certificate_batch_items_certificate FOREIGN KEY (certificate_id) REFERENCES certificates (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_certificate_batch_items_status ON certificate_batch_items (batch_id, status);
