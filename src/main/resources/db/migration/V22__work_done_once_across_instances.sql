-- Work that must be done once although several instances share this database (issue 14).
-- cluster_locks: one row per lock or timer. Start-up work (demo data, the first admin) holds the row
-- 'startup' FOR UPDATE while it runs, so instances starting at once take turns and the later ones find the
-- work done. A timer claims each of its runs by moving last_slot forward with a conditional UPDATE: of
-- several instances firing for the same slot exactly one updates the row, and ran_by says which.
CREATE TABLE cluster_locks (
    name       VARCHAR(60)  NOT NULL,
    last_slot  DATETIME(6)  NULL,
    ran_by     VARCHAR(100) NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO cluster_locks (name) VALUES ('startup');
INSERT INTO cluster_locks (name) VALUES ('timer:batch-resume');
INSERT INTO cluster_locks (name) VALUES ('timer:throttles-clean-up');
INSERT INTO cluster_locks (name) VALUES ('timer:rate-windows-clean-up');

-- A batch item is claimed by one runner before it is rendered, so that a runner taking over a batch whose
-- lease ran out (the first runner paused or lost the database for a while) does not render it again.
ALTER TABLE certificate_batch_items ADD COLUMN claimed_by VARCHAR(40) NULL;
ALTER TABLE certificate_batch_items ADD COLUMN claimed_until DATETIME(6) NULL;

-- Versions of what instances keep in memory (certificate templates): an instance that changes one raises
-- its version, the others see a newer version on their next use and load it again.
CREATE TABLE shared_versions (
    name     VARCHAR(120) NOT NULL,
    version  BIGINT       NOT NULL,
    PRIMARY KEY (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
