CREATE TABLE staff_account (
    id               BIGSERIAL PRIMARY KEY,
    email            VARCHAR(120) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    role             VARCHAR(30)  NOT NULL,
    organisation_id  BIGINT REFERENCES organisation (id),
    password_hash    VARCHAR(200),
    trained          BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_attempts  INTEGER      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INTEGER      NOT NULL DEFAULT 0,
    CHECK ((role IN ('PARTNER_AGENT', 'PARTNER_CORRESPONDENT')) = (organisation_id IS NOT NULL))
);
CREATE UNIQUE INDEX staff_account_email ON staff_account (lower(email));

CREATE TABLE staff_point (
    staff_account BIGINT NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    point_id      BIGINT NOT NULL REFERENCES point (id),
    PRIMARY KEY (staff_account, point_id)
);

CREATE TABLE password_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES staff_account (id) ON DELETE CASCADE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);

CREATE TABLE audit_entry (
    id           BIGSERIAL PRIMARY KEY,
    occurred_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(120) NOT NULL,
    action       VARCHAR(20)  NOT NULL,
    subject_type VARCHAR(40)  NOT NULL,
    subject_id   VARCHAR(40)  NOT NULL,
    summary      VARCHAR(300) NOT NULL,
    changes      TEXT         NOT NULL DEFAULT ''
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at DESC);
