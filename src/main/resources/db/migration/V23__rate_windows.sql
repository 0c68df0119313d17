-- Request rates (verification, the partner API, the word count) counted by every instance in one place: a
-- row per subject and fixed window, raised by an atomic upsert; rows are deleted once their window is over.
CREATE TABLE rate_windows (
    limit_key     VARCHAR(80)  NOT NULL,
    window_start  DATETIME(6)  NOT NULL,
    hits          INT          NOT NULL,
    expires_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (limit_key, window_start)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_rate_windows_expires ON rate_windows (expires_at);
