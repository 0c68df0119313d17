-- The released outcome of an essay, kept on the submission itself so that eligibility for a certificate
-- and partner reports read one row: the score, PASS or FAIL, and when it was released. Set by the grading
-- feature at release; empty before (nothing is shown to a student before release).
ALTER TABLE submissions ADD COLUMN score DECIMAL(7,2) NULL;
ALTER TABLE submissions ADD COLUMN result VARCHAR(4) NULL;
ALTER TABLE submissions ADD COLUMN released_at DATETIME(6) NULL;

CREATE INDEX ix_submissions_enrollment_status ON submissions (enrollment_id, status);
