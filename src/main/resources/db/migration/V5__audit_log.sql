-- Every state change of an essay, a grade or a certificate: who, when, what, from which state to which.
CREATE TABLE audit_log (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(6)   NOT NULL,
    actor_id      BIGINT        NULL,
    subject_type  VARCHAR(40)   NOT NULL,
    subject_id    BIGINT        NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    from_state    VARCHAR(30)   NULL,
    to_state      VARCHAR(30)   NULL,
    detail        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_audit_log_actor FOREIGN KEY (actor_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_audit_log_subject ON audit_log (subject_type, subject_id, occurred_at);
CREATE INDEX idx_audit_log_time ON audit_log (occurred_at);
