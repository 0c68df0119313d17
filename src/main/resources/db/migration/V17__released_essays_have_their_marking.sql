-- No state without a meaning (issue 12, items 2 and 4).
--
-- 1. Essays that an instructor gave back before giving back returned them to SUBMITTED are still IN_MARKING
--    while their latest review has no marker: nobody marks them, yet the dashboard counts them in marking.
--    They go back to SUBMITTED, as QueueService.unclaim now does, with the audit line it would have written.
--    (Times are stored in UTC: the server and the database run in UTC, see InstantConverter.)
INSERT INTO audit_log (occurred_at, actor_id, subject_type, subject_id, action, from_state, to_state, detail)
SELECT CURRENT_TIMESTAMP(6), NULL, 'Submission', s.id, 'TRANSITION', 'IN_MARKING', 'SUBMITTED',
       'given back earlier with nobody marking it (migration V17)'
FROM submissions s
WHERE s.status = 'IN_MARKING'
  AND EXISTS (SELECT 1 FROM reviews r WHERE r.submission_id = s.id AND r.latest = TRUE AND r.marker_id IS NULL);

UPDATE submissions SET status = 'SUBMITTED', version = version + 1
WHERE status = 'IN_MARKING'
  AND EXISTS (SELECT 1 FROM reviews r
              WHERE r.submission_id = submissions.id AND r.latest = TRUE AND r.marker_id IS NULL);

-- 2. A released essay always has the marking it was released with: the submission names its review, and the
--    foreign key holds it to that review's own score and PASS/FAIL, so the student's page (the review) and
--    eligibility and partner reports (the submission's copy) read one and the same result.
ALTER TABLE submissions ADD COLUMN released_review_id BIGINT NULL;

--    Essays that the old demo seeding released without any review get the review their release stood for:
--    the released score and result, decided when they were released (no levels or feedback were ever given).
INSERT INTO reviews (submission_id, version_number, latest, submitted_at, word_count, late, outcome, score, result,
                     saved_at, decided_at, created_at, version)
SELECT s.id, v.version_number, TRUE, v.submitted_at, v.word_count, v.late, 'MARKED', s.score, s.result,
       s.released_at, s.released_at, s.released_at, 0
FROM submissions s
JOIN submission_versions v ON v.submission_id = s.id
WHERE s.status = 'RELEASED'
  AND v.version_number = (SELECT MAX(w.version_number) FROM submission_versions w WHERE w.submission_id = s.id)
  AND NOT EXISTS (SELECT 1 FROM reviews r WHERE r.submission_id = s.id);

UPDATE submissions SET released_review_id =
    (SELECT r.id FROM reviews r WHERE r.submission_id = submissions.id AND r.latest = TRUE)
WHERE status = 'RELEASED';

ALTER TABLE reviews ADD CONSTRAINT uq_reviews_marking UNIQUE (id, submission_id, score, result);
ALTER TABLE reviews ADD CONSTRAINT ck_reviews_marked
    CHECK (outcome IS NULL OR outcome <> 'MARKED' OR (score IS NOT NULL AND result IS NOT NULL));
ALTER TABLE submissions ADD CONSTRAINT fk_submissions_released_review
    FOREIGN KEY (released_review_id, id, score, result) REFERENCES reviews (id, submission_id, score, result);
ALTER TABLE submissions ADD CONSTRAINT ck_submissions_released
    CHECK (status <> 'RELEASED'
           OR (released_review_id IS NOT NULL AND score IS NOT NULL AND result IS NOT NULL AND released_at IS NOT NULL));
