-- Reminders before due dates (issue 16, item 6).
-- Each offering says how many hours before a due time its students are reminded (a comma-separated list,
-- largest first; empty: no reminders); each account may turn reminders off.
ALTER TABLE offerings ADD COLUMN reminder_hours VARCHAR(60) NOT NULL DEFAULT '48,2';
ALTER TABLE users ADD COLUMN reminders_wanted BOOLEAN NOT NULL DEFAULT TRUE;

-- What was queued: one row per student (enrollment), assignment, reminder (hours before) and the due time it was
-- for (an extension or a changed assignment makes a new due time, and its own reminders). The primary key makes
-- the queueing exactly once: of two instances or runs inserting the same reminder, one inserts, the other waits
-- for its transaction and then finds the row. Ids only, no foreign keys: a ledger of mail that went out.
CREATE TABLE reminders_sent (
    enrollment_id  BIGINT       NOT NULL,
    assignment_id  BIGINT       NOT NULL,
    hours_before   INT          NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    queued_at      DATETIME(6)  NOT NULL,
    queued_by      VARCHAR(100) NULL,
    PRIMARY KEY (enrollment_id, assignment_id, hours_before, due_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_reminders_sent_assignment ON reminders_sent (assignment_id);

INSERT INTO cluster_locks (name) VALUES ('timer:reminders');
