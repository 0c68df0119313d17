-- Enrollment: listed and student-named universities, courses, their offerings and the enrollments.

-- Listed universities are kept by administrators; a student may name another one (listed = FALSE),
-- which an administrator can merge into a listed one (its enrollments move there).
ALTER TABLE universities ADD COLUMN listed BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE universities ADD COLUMN successor_id BIGINT NULL;
ALTER TABLE universities ADD CONSTRAINT fk_universities_successor
    FOREIGN KEY (successor_id) REFERENCES universities (id);
ALTER TABLE universities ADD CONSTRAINT uq_universities_name_ru UNIQUE (name_ru);

CREATE TABLE courses (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    code            VARCHAR(20)   NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    title_ru        VARCHAR(200)  NOT NULL,
    description_en  VARCHAR(4000) NOT NULL,
    description_ru  VARCHAR(4000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_courses_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One run of a course. All dates are inclusive days.
CREATE TABLE offerings (
    id                    BIGINT      NOT NULL AUTO_INCREMENT,
    course_id             BIGINT      NOT NULL,
    starts_on             DATE        NOT NULL,
    ends_on               DATE        NOT NULL,
    enrollment_opens_on   DATE        NOT NULL,
    enrollment_closes_on  DATE        NOT NULL,
    capacity              INT         NULL,
    essays_required       INT         NOT NULL DEFAULT 4,
    created_at            DATETIME(6) NOT NULL,
    version               BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_offerings_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT ck_offerings_dates CHECK (ends_on > starts_on),
    CONSTRAINT ck_offerings_window CHECK (enrollment_closes_on > enrollment_opens_on),
    CONSTRAINT ck_offerings_capacity CHECK (capacity IS NULL OR capacity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One enrollment per student and offering; withdrawing and enrolling again reuse the row.
CREATE TABLE enrollments (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    offering_id          BIGINT       NOT NULL,
    student_id           BIGINT       NOT NULL,
    university_id        BIGINT       NOT NULL,
    student_number       VARCHAR(50)  NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    enrolled_at          DATETIME(6)  NOT NULL,
    withdrawn_at         DATETIME(6)  NULL,
    withdrawn_by_id      BIGINT       NULL,
    withdrawn_reason     VARCHAR(500) NULL,
    completed_at         DATETIME(6)  NULL,
    first_submission_at  DATETIME(6)  NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_enrollments_offering_student UNIQUE (offering_id, student_id),
    CONSTRAINT fk_enrollments_offering FOREIGN KEY (offering_id) REFERENCES offerings (id),
    CONSTRAINT fk_enrollments_student FOREIGN KEY (student_id) REFERENCES users (id),
    CONSTRAINT fk_enrollments_university FOREIGN KEY (university_id) REFERENCES universities (id),
    CONSTRAINT fk_enrollments_withdrawn_by FOREIGN KEY (withdrawn_by_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_enrollments_status ON enrollments (offering_id, status);
