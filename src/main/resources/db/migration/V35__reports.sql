-- The admin's dashboards (report/) count by day over a period: each count finds its period's rows on an index of
-- its time, instead of reading every enrollment, submitted version, release and certificate kept.
CREATE INDEX ix_enrollments_enrolled_at ON enrollments (enrolled_at);
CREATE INDEX ix_submission_versions_submitted_at ON submission_versions (submitted_at);
CREATE INDEX ix_submissions_released_at ON submissions (released_at);
CREATE INDEX ix_certificates_issued_at ON certificates (issued_at);
CREATE INDEX ix_certificates_revoked_at ON certificates (revoked_at);
