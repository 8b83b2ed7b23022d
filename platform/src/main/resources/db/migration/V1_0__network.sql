-- Registry of the network: communities, points, hours, partner organisations, conventions, identity.

CREATE TABLE community (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(120) NOT NULL UNIQUE,
    seat        VARCHAR(120) NOT NULL,
    population  INTEGER      NOT NULL CHECK (population >= 0)
);

CREATE TABLE point (
    id                BIGSERIAL PRIMARY KEY,
    slug              VARCHAR(80)  NOT NULL UNIQUE,
    name              VARCHAR(120) NOT NULL,
    commune           VARCHAR(120) NOT NULL,
    community_id      BIGINT REFERENCES community (id),
    address           VARCHAR(200) NOT NULL,
    postcode          VARCHAR(5)   NOT NULL,
    host_type         VARCHAR(20)  NOT NULL,
    host_name         VARCHAR(120) NOT NULL,
    confidential_room BOOLEAN      NOT NULL DEFAULT FALSE,
    has_camera        BOOLEAN      NOT NULL DEFAULT FALSE,
    has_scanner       BOOLEAN      NOT NULL DEFAULT FALSE,
    has_printer       BOOLEAN      NOT NULL DEFAULT FALSE,
    accessibility     VARCHAR(500) NOT NULL DEFAULT '',
    phone             VARCHAR(20)  NOT NULL DEFAULT '',
    email             VARCHAR(120) NOT NULL DEFAULT '',
    version           INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE opening_range (
    point     BIGINT   NOT NULL REFERENCES point (id) ON DELETE CASCADE,
    point_key INTEGER  NOT NULL,
    day       SMALLINT NOT NULL CHECK (day BETWEEN 1 AND 7),
    opens     TIME     NOT NULL,
    closes    TIME     NOT NULL,
    CHECK (opens < closes),
    PRIMARY KEY (point, point_key)
);

CREATE TABLE closure (
    point      BIGINT       NOT NULL REFERENCES point (id) ON DELETE CASCADE,
    point_key  INTEGER      NOT NULL,
    first_day  DATE         NOT NULL,
    last_day   DATE         NOT NULL,
    reason     VARCHAR(200) NOT NULL,
    CHECK (first_day <= last_day),
    PRIMARY KEY (point, point_key)
);

CREATE TABLE organisation (
    id                   BIGSERIAL PRIMARY KEY,
    name                 VARCHAR(120) NOT NULL UNIQUE,
    short_name           VARCHAR(30)  NOT NULL,
    category             VARCHAR(20)  NOT NULL,
    national_operator    VARCHAR(20),
    correspondent_name   VARCHAR(120) NOT NULL DEFAULT '',
    correspondent_email  VARCHAR(120) NOT NULL DEFAULT '',
    correspondent_phone  VARCHAR(20)  NOT NULL DEFAULT '',
    website              VARCHAR(200) NOT NULL DEFAULT '',
    version              INTEGER      NOT NULL DEFAULT 0
);

CREATE TABLE organisation_logo (
    organisation BIGINT PRIMARY KEY REFERENCES organisation (id) ON DELETE CASCADE,
    content_type VARCHAR(40) NOT NULL,
    content      BYTEA       NOT NULL
);

CREATE TABLE convention (
    id                   BIGSERIAL PRIMARY KEY,
    point_id             BIGINT       NOT NULL REFERENCES point (id),
    organisation_id      BIGINT       NOT NULL REFERENCES organisation (id),
    services             VARCHAR(1000) NOT NULL,
    equipment            VARCHAR(500) NOT NULL DEFAULT '',
    correspondent_name   VARCHAR(120) NOT NULL,
    correspondent_email  VARCHAR(120) NOT NULL DEFAULT '',
    starts_on            DATE         NOT NULL,
    ends_on              DATE,
    version              INTEGER      NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR starts_on <= ends_on)
);
CREATE INDEX convention_point ON convention (point_id);
CREATE INDEX convention_organisation ON convention (organisation_id);

CREATE TABLE convention_presence (
    convention     BIGINT   NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    convention_key INTEGER  NOT NULL,
    day            SMALLINT NOT NULL CHECK (day BETWEEN 1 AND 7),
    opens          TIME     NOT NULL,
    closes         TIME     NOT NULL,
    mode           VARCHAR(10) NOT NULL,
    CHECK (opens < closes),
    PRIMARY KEY (convention, convention_key)
);

CREATE TABLE convention_document (
    convention   BIGINT PRIMARY KEY REFERENCES convention (id) ON DELETE CASCADE,
    file_name    VARCHAR(200) NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE distance (
    community_id   BIGINT      NOT NULL REFERENCES community (id),
    service        VARCHAR(20) NOT NULL,
    office_town    VARCHAR(120) NOT NULL,
    distance_km    INTEGER     NOT NULL CHECK (distance_km >= 0),
    drive_minutes  INTEGER     NOT NULL CHECK (drive_minutes >= 0),
    local_count    INTEGER     NOT NULL DEFAULT 0,
    PRIMARY KEY (community_id, service)
);

CREATE TABLE network_profile (
    id             SMALLINT PRIMARY KEY CHECK (id = 1),
    name           VARCHAR(120) NOT NULL,
    short_name     VARCHAR(30)  NOT NULL,
    territory      VARCHAR(120) NOT NULL DEFAULT '',
    primary_color  VARCHAR(7)   NOT NULL,
    accent_color   VARCHAR(7)   NOT NULL,
    contact_email  VARCHAR(120) NOT NULL DEFAULT '',
    contact_phone  VARCHAR(20)  NOT NULL DEFAULT '',
    contact_address VARCHAR(200) NOT NULL DEFAULT '',
    logo_type      VARCHAR(40),
    logo           BYTEA,
    version        INTEGER      NOT NULL DEFAULT 0
);
INSERT INTO network_profile (id, name, short_name, primary_color, accent_color)
VALUES (1, 'Réseau Visio-Accueil', 'Visio-Accueil', '#1f4e79', '#b34700');
