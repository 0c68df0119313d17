-- Every e-mail is written here inside the business transaction that causes it; a timer sends it.
CREATE TABLE mail_outbox (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    recipient        VARCHAR(254)  NOT NULL,
    recipient_name   VARCHAR(200)  NULL,
    language         VARCHAR(2)    NOT NULL,
    template         VARCHAR(60)   NOT NULL,
    subject          VARCHAR(300)  NOT NULL,
    body             MEDIUMTEXT    NOT NULL,
    status           VARCHAR(10)   NOT NULL,
    attempts         INT           NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)   NOT NULL,
    claimed_until    DATETIME(6)   NULL,
    last_error       VARCHAR(1000) NULL,
    created_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX idx_mail_outbox_created ON mail_outbox (created_at);
