-- Counts of other modules' changes (a booking, a cancellation, an interview ended…), written in the change's own
-- transaction and added to the counters by one worker a moment later (Tally.fold): a change and its count are
-- committed together, and changes made at once never wait on the counters' rows. The rows of one source (a move
-- has two) are written, and taken, together; a source written twice is kept once.
CREATE TABLE evaluation_pending (
    id               BIGSERIAL   PRIMARY KEY,
    source           VARCHAR(80) NOT NULL,
    part             SMALLINT    NOT NULL,
    point_id         BIGINT      NOT NULL,
    organisation_id  BIGINT      NOT NULL,
    kind             VARCHAR(12) NOT NULL,
    day              DATE        NOT NULL,
    services         INTEGER     NOT NULL,
    km               BIGINT      NOT NULL,
    minutes          BIGINT      NOT NULL,
    wait_seconds     BIGINT      NOT NULL,
    UNIQUE (source, part)
);
