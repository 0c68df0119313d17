-- Grading: rubrics (per assignment, or one for a whole offering) with criteria and their levels, each
-- assignment's pass mark and blind-marking switch, and one review per submitted version of an essay
-- (who marks it, the levels chosen, feedback, a requested revision, the similarity found at submission).

CREATE TABLE rubrics (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    offering_id     BIGINT       NOT NULL,
    assignment_id   BIGINT       NULL,
    name            VARCHAR(200) NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubrics_offering FOREIGN KEY (offering_id) REFERENCES offerings (id),
    CONSTRAINT fk_rubrics_assignment FOREIGN KEY (assignment_id) REFERENCES assignments (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_rubrics_offering ON rubrics (offering_id, assignment_id);

CREATE TABLE rubric_criteria (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    rubric_id   BIGINT       NOT NULL,
    sort_order  INT          NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_criteria_rubric FOREIGN KEY (rubric_id) REFERENCES rubrics (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE rubric_levels (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    criterion_id  BIGINT       NOT NULL,
    sort_order    INT          NOT NULL,
    label_en      VARCHAR(200) NOT NULL,
    label_ru      VARCHAR(200) NOT NULL,
    points        DECIMAL(7,2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_rubric_levels_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criteria (id),
    CONSTRAINT ck_rubric_levels_points CHECK (points >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What grading adds to an assignment (a row only once someone sets it; defaults otherwise).
CREATE TABLE assignment_grading (
    assignment_id   BIGINT       NOT NULL,
    pass_mark       DECIMAL(7,2) NOT NULL,
    blind           BOOLEAN      NOT NULL DEFAULT FALSE,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (assignment_id),
    CONSTRAINT fk_assignment_grading_assignment FOREIGN KEY (assignment_id) REFERENCES assignments (id),
    CONSTRAINT ck_assignment_grading_pass CHECK (pass_mark >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The marking of one submitted version: the newest one of a submission is "latest"; older ones stay as history.
CREATE TABLE reviews (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    submission_id           BIGINT        NOT NULL,
    version_number          INT           NOT NULL,
    latest                  BOOLEAN       NOT NULL,
    submitted_at            DATETIME(6)   NOT NULL,
    word_count              INT           NOT NULL,
    late                    BOOLEAN       NOT NULL,
    marker_id               BIGINT        NULL,
    claimed_at              DATETIME(6)   NULL,
    feedback_html           MEDIUMTEXT    NULL,
    revision_note           VARCHAR(4000) NULL,
    outcome                 VARCHAR(20)   NULL,
    score                   DECIMAL(7,2)  NULL,
    result                  VARCHAR(4)    NULL,
    saved_at                DATETIME(6)   NULL,
    decided_at              DATETIME(6)   NULL,
    similarity              DECIMAL(5,4)  NULL,
    similar_submission_id   BIGINT        NULL,
    created_at              DATETIME(6)   NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_reviews_submission_version UNIQUE (submission_id, version_number),
    CONSTRAINT fk_reviews_submission FOREIGN KEY (submission_id) REFERENCES submissions (id),
    CONSTRAINT fk_reviews_marker FOREIGN KEY (marker_id) REFERENCES users (id),
    CONSTRAINT fk_reviews_similar FOREIGN KEY (similar_submission_id) REFERENCES submissions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_reviews_queue ON reviews (latest, marker_id, submitted_at);

-- The level chosen for each criterion of the rubric.
CREATE TABLE review_levels (
    review_id     BIGINT NOT NULL,
    criterion_id  BIGINT NOT NULL,
    level_id      BIGINT NOT NULL,
    PRIMARY KEY (review_id, criterion_id),
    CONSTRAINT fk_review_levels_review FOREIGN KEY (review_id) REFERENCES reviews (id),
    CONSTRAINT fk_review_levels_criterion FOREIGN KEY (criterion_id) REFERENCES rubric_criteria (id),
    CONSTRAINT fk_review_levels_level FOREIGN KEY (level_id) REFERENCES rubric_levels (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
