-- A student's private calendar feed (/api/calendar/{token}.ics): one row per student. Only the SHA-256 (hex) of
-- the feed's secret is kept, so the table does not reveal anyone's feed; a revoked feed has no hash (NULLs do not
-- collide in the unique key) and a new link gives the row a new one.
CREATE TABLE calendar_feeds (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    student_id     BIGINT        NOT NULL,
    token_hash     CHAR(64)      NULL,
    created_at     DATETIME(6)   NOT NULL,
    revoked_at     DATETIME(6)   NULL,
    last_read_at   DATETIME(6)   NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_calendar_feeds_student UNIQUE (student_id),
    CONSTRAINT uq_calendar_feeds_token UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feeds_student FOREIGN KEY (student_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
