-- Inline comments: a marker's comment on a passage of the submitted version a review marks (the passage as
-- offsets into the essay's text content, the characters a browser's textContent gives, plus the quoted passage,
-- so that a drifted anchor is found again or refused); shown to the student only once that review is released.
-- The comment bank: the comments an instructor uses often, per course, in English, Russian or any language.

CREATE TABLE inline_comments (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    review_id     BIGINT        NOT NULL,
    author_id     BIGINT        NOT NULL,
    start_offset  INT           NOT NULL,
    end_offset    INT           NOT NULL,
    quote         VARCHAR(2000) NOT NULL,
    body          TEXT          NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    edited_at     DATETIME(6)   NULL,
    version       BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_inline_comments_review FOREIGN KEY (review_id) REFERENCES reviews (id),
    CONSTRAINT fk_inline_comments_author FOREIGN KEY (author_id) REFERENCES users (id),
    CONSTRAINT ck_inline_comments_range CHECK (start_offset >= 0 AND end_offset > start_offset)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_inline_comments_review ON inline_comments (review_id, start_offset);

CREATE TABLE comment_bank (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    owner_id    BIGINT      NOT NULL,
    course_id   BIGINT      NOT NULL,
    language    VARCHAR(3)  NOT NULL,
    body        TEXT        NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT fk_comment_bank_owner FOREIGN KEY (owner_id) REFERENCES users (id),
    CONSTRAINT fk_comment_bank_course FOREIGN KEY (course_id) REFERENCES courses (id),
    CONSTRAINT ck_comment_bank_language CHECK (language IN ('EN', 'RU', 'ANY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_comment_bank_owner ON comment_bank (owner_id, course_id);
