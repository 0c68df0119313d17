-- Files sent with an e-mail (e.g. a certificate PDF), written with the message in the same transaction.
CREATE TABLE mail_attachments (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    message_id    BIGINT        NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    content       MEDIUMBLOB    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_mail_attachments_message FOREIGN KEY (message_id) REFERENCES mail_outbox (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX ix_mail_attachments_message ON mail_attachments (message_id);
