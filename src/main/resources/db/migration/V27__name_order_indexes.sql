-- Partner and certificate pages at a consortium's size (issue 15), each read from an index:
-- a university's enrollments in one offering in the API's order (by id), and the screens' list of offerings
-- (one probe per offering);
CREATE INDEX ix_enrollments_university_offering ON enrollments (university_id, offering_id, id);
-- the screens' order, by the student's name: a copy of the account's name on each enrollment (Enrollment, kept by
-- StudentNames when the account is renamed), so that the first page does not join and sort every enrollment.
ALTER TABLE enrollments ADD COLUMN student_name VARCHAR(200) NULL;
UPDATE enrollments SET student_name = (SELECT u.full_name FROM users u WHERE u.id = enrollments.student_id);
ALTER TABLE enrollments MODIFY student_name VARCHAR(200) NOT NULL;
CREATE INDEX ix_enrollments_university_name ON enrollments (university_id, student_name, id);
-- The certificates page lists an offering's class by name the same way (EligibilityService).
CREATE INDEX ix_enrollments_offering_name ON enrollments (offering_id, student_name, id);
