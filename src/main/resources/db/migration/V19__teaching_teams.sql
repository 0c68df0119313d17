-- Teaching teams: the instructors of each offering. An instructor sees and works on only the offerings
-- whose team they are in (queue, marking, dashboard, assignments, rubrics, extensions); admins see all.
CREATE TABLE offering_instructors (
    offering_id    BIGINT NOT NULL,
    instructor_id  BIGINT NOT NULL,
    PRIMARY KEY (offering_id, instructor_id),
    CONSTRAINT fk_offering_instructors_offering FOREIGN KEY (offering_id) REFERENCES offerings (id) ON DELETE CASCADE,
    CONSTRAINT fk_offering_instructors_instructor FOREIGN KEY (instructor_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_offering_instructors_instructor ON offering_instructors (instructor_id);

-- When an admin last set the team: written with it, so that a change of the team raises the offering's
-- version and a concurrent edit is refused, not silently applied.
ALTER TABLE offerings ADD COLUMN team_changed_at DATETIME(6) NULL;

-- An upgrade takes nobody's work away: until now every instructor could work on every offering, so every
-- instructor account joins the team of every offering that exists; admins then trim the teams. Offerings
-- created from now on start with an empty team (admins only) until an admin names it.
INSERT INTO offering_instructors (offering_id, instructor_id)
SELECT o.id, r.user_id FROM offerings o CROSS JOIN user_roles r WHERE r.role = 'INSTRUCTOR';
