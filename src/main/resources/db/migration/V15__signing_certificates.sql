-- Every certificate the product has signed PDFs with, so that a PDF signed before SIGNING_KEYSTORE changed
-- still verifies. Each instance records its key when it first signs with one INSERT that the unique
-- fingerprint decides: the first instance's row stays, later inserts of the same certificate change nothing.
CREATE TABLE signing_certificates (
    id             BIGINT         NOT NULL AUTO_INCREMENT,
    sha256         CHAR(64)       NOT NULL,
    subject        VARCHAR(1000)  NOT NULL,
    valid_from     DATETIME(6)    NOT NULL,
    valid_to       DATETIME(6)    NOT NULL,
    first_used_at  DATETIME(6)    NOT NULL,
    certificate    BLOB           NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_signing_certificates_sha256 UNIQUE (sha256)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
