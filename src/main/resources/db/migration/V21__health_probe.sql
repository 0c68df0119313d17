-- /health/ready writes this one row: a database that answers reads but refuses writes (read-only, a replica
-- after a fail-over) is not ready. One row for every instance; each probe is a one-row update.
CREATE TABLE health_probe (
    id INT NOT NULL,
    checked_at BIGINT NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO health_probe (id, checked_at) VALUES (1, 0);
