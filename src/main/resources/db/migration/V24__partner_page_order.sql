-- The partner API's order (a university's enrollments by id) read straight from an index, so that a page at any
-- offset starts from enrollments rather than from offerings and a sort (issue 15: 1-2 ms for the first page).
CREATE INDEX ix_enrollments_university_id ON enrollments (university_id, id);
