-- Accounts: a status replaces the active flag. PENDING_CONFIRMATION (registered, e-mail not yet
-- confirmed), INVITED (no password chosen yet), ACTIVE, DEACTIVATED. Existing accounts keep what
-- the flag said, and their e-mails count as confirmed.
ALTER TABLE users ADD COLUMN status VARCHAR(30) NOT NULL DEFAULT 'ACTIVE';
UPDATE users SET status = 'DEACTIVATED' WHERE active = FALSE;
ALTER TABLE users DROP COLUMN active;
ALTER TABLE users ADD COLUMN email_confirmed_at DATETIME(6) NULL;
UPDATE users SET email_confirmed_at = created_at;
-- an invited person has no password until they choose one
ALTER TABLE users MODIFY password_hash VARCHAR(512) NULL;
CREATE INDEX idx_users_status ON users (status);

-- Links mailed to people (confirm e-mail, reset or set password, change e-mail): single use,
-- expiring; only the SHA-256 of the token is stored.
CREATE TABLE account_tokens (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     NOT NULL,
    new_email   VARCHAR(254) NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_tokens_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_account_tokens_user ON account_tokens (user_id, purpose);

-- Failed sign-ins per e-mail and per network address in the current window, shared by all instances.
CREATE TABLE login_throttles (
    throttle_key    VARCHAR(80)  NOT NULL,
    failures        INT          NOT NULL DEFAULT 0,
    window_started  DATETIME(6)  NOT NULL,
    locked_until    DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (throttle_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX idx_login_throttles_window ON login_throttles (window_started);
