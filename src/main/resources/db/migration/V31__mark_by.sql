-- A grading due date per assignment ("mark by", Moodle's gradingduedate), and the mark-by date of which the
-- assignment's team was last reminded (so each date is reminded of once, across instances, and a changed date again).
ALTER TABLE assignment_grading ADD COLUMN mark_by DATETIME(6) NULL;
ALTER TABLE assignment_grading ADD COLUMN mark_by_reminded DATETIME(6) NULL;
CREATE INDEX ix_assignment_grading_mark_by ON assignment_grading (mark_by);
INSERT INTO cluster_locks (name) VALUES ('timer:mark-by-reminders');
