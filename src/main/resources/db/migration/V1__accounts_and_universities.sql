-- Universities: partners and any other US or Russian university a student names.
CREATE TABLE universities (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name_en     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    country     CHAR(2)      NOT NULL,
    partner     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_universities_name_en UNIQUE (name_en)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- People who sign in. E-mails are stored in lower case, so the unique key is case-insensitive everywhere.
CREATE TABLE users (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    email               VARCHAR(254) NOT NULL,
    full_name           VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(512) NOT NULL,
    preferred_language  VARCHAR(2)   NOT NULL,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    university_id       BIGINT       NULL,
    created_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_users_email UNIQUE (email),
    CONSTRAINT fk_users_university FOREIGN KEY (university_id) REFERENCES universities (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE user_roles (
    user_id  BIGINT      NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_roles_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
