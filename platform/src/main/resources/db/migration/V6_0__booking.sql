-- Rendez-vous: motifs and visio permanences of each organisation, agents' absences, appointments.
-- A double booking is refused by the database itself: an exclusion constraint over each agent's time ranges.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking_motif (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    label            VARCHAR(120) NOT NULL,
    to_bring         VARCHAR(500) NOT NULL DEFAULT '',
    duration_minutes INTEGER      NOT NULL CHECK (duration_minutes BETWEEN 5 AND 240),
    UNIQUE (organisation_id, label)
);

CREATE TABLE permanence (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT      NOT NULL REFERENCES organisation (id),
    slot_minutes     INTEGER     NOT NULL CHECK (slot_minutes BETWEEN 5 AND 240),
    first_day        DATE        NOT NULL,
    last_day         DATE        NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (first_day <= last_day)
);
CREATE INDEX permanence_organisation ON permanence (organisation_id);

CREATE TABLE permanence_agent (
    permanence_id    BIGINT NOT NULL REFERENCES permanence (id) ON DELETE CASCADE,
    agent_account_id BIGINT NOT NULL REFERENCES staff_account (id),
    PRIMARY KEY (permanence_id, agent_account_id)
);

CREATE TABLE permanence_point (
    permanence_id BIGINT NOT NULL REFERENCES permanence (id) ON DELETE CASCADE,
    point_id      BIGINT NOT NULL REFERENCES point (id),
    PRIMARY KEY (permanence_id, point_id)
);
CREATE INDEX permanence_point_point ON permanence_point (point_id);

CREATE TABLE permanence_range (
    permanence_id BIGINT   NOT NULL REFERENCES permanence (id) ON DELETE CASCADE,
    day           SMALLINT NOT NULL CHECK (day BETWEEN 1 AND 7),
    opens         TIME     NOT NULL,
    closes        TIME     NOT NULL,
    CHECK (opens < closes)
);
CREATE INDEX permanence_range_permanence ON permanence_range (permanence_id);

CREATE TABLE agent_absence (
    id               BIGSERIAL PRIMARY KEY,
    organisation_id  BIGINT       NOT NULL REFERENCES organisation (id),
    agent_account_id BIGINT       NOT NULL REFERENCES staff_account (id),
    starts_at        TIMESTAMPTZ  NOT NULL,
    ends_at          TIMESTAMPTZ  NOT NULL,
    reason           VARCHAR(200) NOT NULL DEFAULT '',
    CHECK (starts_at < ends_at)
);
CREATE INDEX agent_absence_agent ON agent_absence (agent_account_id, ends_at);

CREATE TABLE appointment (
    id                BIGSERIAL PRIMARY KEY,
    organisation_id   BIGINT       NOT NULL REFERENCES organisation (id),
    point_id          BIGINT       NOT NULL REFERENCES point (id),
    permanence_id     BIGINT       NOT NULL REFERENCES permanence (id),
    agent_account_id  BIGINT       NOT NULL REFERENCES staff_account (id),
    motif_id          BIGINT       NOT NULL REFERENCES booking_motif (id),
    starts_at         TIMESTAMPTZ  NOT NULL,
    ends_at           TIMESTAMPTZ  NOT NULL,
    citizen_name      VARCHAR(120) NOT NULL,
    citizen_email     VARCHAR(120),
    citizen_phone     VARCHAR(20),
    contact_key       VARCHAR(120),
    status            VARCHAR(10)  NOT NULL,
    booked_by         VARCHAR(8)   NOT NULL,
    booked_by_account BIGINT,
    booked_at         TIMESTAMPTZ  NOT NULL,
    manage_token_hash VARCHAR(64)  UNIQUE,
    interview_id      BIGINT,
    cancelled_by      VARCHAR(8),
    changed_at        TIMESTAMPTZ,
    version           INTEGER      NOT NULL DEFAULT 0,
    CHECK (starts_at < ends_at),
    -- never two active appointments of one agent overlapping, whatever the application does
    CONSTRAINT appointment_no_overlap EXCLUDE USING gist (
        agent_account_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX appointment_agent_time ON appointment (agent_account_id, starts_at);
CREATE INDEX appointment_point_time ON appointment (point_id, starts_at);
CREATE INDEX appointment_contact ON appointment (contact_key, organisation_id) WHERE status = 'BOOKED';
