-- Satisfaction survey (enquête de satisfaction): campaigns, their questionnaire, invitations and anonymous answers.
-- An invitation knows its point, kind (visio / internet), optionally the organisation, and only the DAY it was
-- issued; an answer copies those facts and never names the invitation, an interview or a staff account, so that
-- nothing joins an answer to a person.

CREATE TABLE survey_campaign (
    id         BIGSERIAL PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    starts_on  DATE         NOT NULL,
    ends_on    DATE         NOT NULL,
    version    INTEGER      NOT NULL DEFAULT 0,
    CHECK (starts_on <= ends_on),
    -- at most one campaign at a time: their periods never overlap (built-in range operators, no extension)
    EXCLUDE USING gist (daterange(starts_on, ends_on, '[]') WITH &&)
);

CREATE TABLE survey_question (
    id           BIGSERIAL PRIMARY KEY,
    campaign_id  BIGINT        NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    position     INTEGER       NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    label        VARCHAR(300)  NOT NULL,
    required     BOOLEAN       NOT NULL,
    choices      VARCHAR(2000) NOT NULL DEFAULT '',
    overall      BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX survey_question_campaign ON survey_question (campaign_id, position);

CREATE TABLE survey_invitation (
    token_hash       CHAR(64)     PRIMARY KEY,
    campaign_id      BIGINT       NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    point_id         BIGINT       NOT NULL REFERENCES point (id) ON DELETE CASCADE,
    kind             VARCHAR(10)  NOT NULL,
    organisation_id  BIGINT       REFERENCES organisation (id) ON DELETE SET NULL,
    issued_on        DATE         NOT NULL,
    expires_on       DATE         NOT NULL,
    used             BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE survey_answer (
    id               BIGSERIAL PRIMARY KEY,
    campaign_id      BIGINT      NOT NULL REFERENCES survey_campaign (id) ON DELETE CASCADE,
    point_id         BIGINT      NOT NULL REFERENCES point (id) ON DELETE CASCADE,
    kind             VARCHAR(10) NOT NULL,
    organisation_id  BIGINT      REFERENCES organisation (id) ON DELETE SET NULL,
    answered_on      DATE        NOT NULL
);
CREATE INDEX survey_answer_period ON survey_answer (answered_on, point_id);

CREATE TABLE survey_response (
    answer_id    BIGINT       NOT NULL REFERENCES survey_answer (id) ON DELETE CASCADE,
    question_id  BIGINT       NOT NULL REFERENCES survey_question (id) ON DELETE CASCADE,
    value        VARCHAR(500) NOT NULL
);
CREATE INDEX survey_response_question ON survey_response (question_id);
CREATE INDEX survey_response_answer ON survey_response (answer_id);
