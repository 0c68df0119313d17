-- The marking queue on one index (issue 15): a review waits in the queue from its creation until it is released,
-- sent back for revision or superseded (Review.queued). Before, the queue read every latest review (all of them
-- but history) and its essay's state from submissions, and sorted them: 9.9 s at a million essays.
ALTER TABLE reviews ADD COLUMN queued BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE reviews SET queued = TRUE
WHERE latest = TRUE
  AND submission_id IN (SELECT id FROM submissions WHERE status IN ('SUBMITTED', 'IN_MARKING', 'READY_FOR_RELEASE'));
CREATE INDEX ix_reviews_queued ON reviews (queued, submitted_at, id);
CREATE INDEX ix_reviews_queued_marker ON reviews (queued, marker_id, submitted_at);
