-- Evaluation: the weekly counting grid of each point, the counters the dashboards read, and which distance-table
-- service each organisation is. Counters are kept current by the transaction that records a service (or by the
-- listener of another module's event): readers never wait for a refresh.

-- Each event of another module is counted once, even when delivered twice (restart, republication).
CREATE TABLE evaluation_counted (
    source      VARCHAR(80) PRIMARY KEY,
    counted_at  TIMESTAMPTZ NOT NULL
);

-- Counters per point × organisation × kind × day (organisation 0: none in particular). The grid and the point's
-- dashboard read this table; travel avoided (round trips, km and minutes) and the waits in the queue ride along.
CREATE TABLE evaluation_tally (
    point_id         BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    kind             VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
    services         INTEGER     NOT NULL DEFAULT 0,
    km               BIGINT      NOT NULL DEFAULT 0,
    minutes          BIGINT      NOT NULL DEFAULT 0,
    wait_seconds     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (point_id, day, kind, organisation_id)
);

-- The same counters summed over the points: the network's and the organisations' dashboards read this one.
CREATE TABLE evaluation_network_tally (
    organisation_id  BIGINT      NOT NULL,
    kind             VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
    services         INTEGER     NOT NULL DEFAULT 0,
    km               BIGINT      NOT NULL DEFAULT 0,
    minutes          BIGINT      NOT NULL DEFAULT 0,
    wait_seconds     BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (day, organisation_id, kind)
);
CREATE INDEX evaluation_network_tally_organisation ON evaluation_network_tally (organisation_id, day);

-- Every "+1" of the mediator's desk: the raw record behind the desk counters, and what "undo" takes back.
CREATE TABLE evaluation_desk_service (
    id               BIGSERIAL   PRIMARY KEY,
    point_id         BIGINT      NOT NULL REFERENCES point (id),
    organisation_id  BIGINT      NOT NULL DEFAULT 0,
    kind             VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    recorded_by      BIGINT      NOT NULL,
    undone           BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX evaluation_desk_service_point ON evaluation_desk_service (point_id, day);

-- A week of a point's grid; validated_at set = locked until the coordinator reopens it.
CREATE TABLE evaluation_week (
    point_id      BIGINT      NOT NULL REFERENCES point (id),
    monday        DATE        NOT NULL CHECK (extract(isodow FROM monday) = 1),
    validated_at  TIMESTAMPTZ,
    validated_by  VARCHAR(120),
    PRIMARY KEY (point_id, monday)
);

-- Who corrected, validated or reopened which week, and why.
CREATE TABLE evaluation_grid_log (
    id         BIGSERIAL    PRIMARY KEY,
    point_id   BIGINT       NOT NULL REFERENCES point (id),
    monday     DATE         NOT NULL,
    action     VARCHAR(10)  NOT NULL,
    detail     VARCHAR(2000) NOT NULL DEFAULT '',
    reason     VARCHAR(300) NOT NULL DEFAULT '',
    actor      VARCHAR(120) NOT NULL,
    at         TIMESTAMPTZ  NOT NULL
);
CREATE INDEX evaluation_grid_log_week ON evaluation_grid_log (point_id, monday);

-- Which service code of the distance table an organisation's nearest office is found under (CAF, CPAM, ANPE…).
CREATE TABLE evaluation_organisation_service (
    organisation_id  BIGINT      PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    service          VARCHAR(20) NOT NULL
);
