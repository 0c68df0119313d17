-- When each account last signed in, for the administrators' users screen: a row of its own per account, written at
-- each sign-in without touching the account's row (its version stays, so an administrator's edit is not refused).
CREATE TABLE sign_ins (
    account_id  BIGINT       NOT NULL,
    last_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_sign_ins_account FOREIGN KEY (account_id) REFERENCES users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
