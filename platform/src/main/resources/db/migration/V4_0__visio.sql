-- The visio-guichet: interviews between a point and a partner organisation, and the key that signs room passes.
-- No media is ever stored: only who, when, and the outcome the agent records.

CREATE TABLE interview (
    id                    BIGSERIAL PRIMARY KEY,
    point_id              BIGINT       NOT NULL REFERENCES point (id),
    organisation_id       BIGINT       NOT NULL REFERENCES organisation (id),
    requested_by          BIGINT       NOT NULL,
    motif                 VARCHAR(200) NOT NULL,
    citizen_name          VARCHAR(120),
    privacy_acknowledged  BOOLEAN      NOT NULL CHECK (privacy_acknowledged),
    status                VARCHAR(10)  NOT NULL,
    requested_at          TIMESTAMPTZ  NOT NULL,
    admitted_at           TIMESTAMPTZ,
    admitted_by           BIGINT,
    started_at            TIMESTAMPTZ,
    ended_at              TIMESTAMPTZ,
    motif_confirmed       BOOLEAN,
    outcome               VARCHAR(12),
    note                  VARCHAR(500),
    version               INTEGER      NOT NULL DEFAULT 0,
    CHECK (admitted_at IS NULL OR admitted_by IS NOT NULL)
);
CREATE INDEX interview_waiting ON interview (organisation_id, requested_at) WHERE status = 'WAITING';
CREATE INDEX interview_point ON interview (point_id);

-- One secret, kept in the database so that passes signed before a restart still open the room after it.
CREATE TABLE visio_secret (
    id      SMALLINT PRIMARY KEY CHECK (id = 1),
    secret  BYTEA    NOT NULL
);
