-- Documents exchanged during a visio interview, and the log of every access to them.
-- Name and content are sealed with AES-256-GCM (12-byte nonce, then ciphertext and tag) under a key that is never
-- kept in the database: a dump of these tables alone reveals neither. Type and size stay readable for the lists.

CREATE TABLE interview_document (
    id              UUID         PRIMARY KEY,
    interview_id    BIGINT       NOT NULL REFERENCES interview (id),
    side            VARCHAR(5)   NOT NULL CHECK (side IN ('POINT', 'AGENT')),
    sent_by         BIGINT       NOT NULL,
    media_type      VARCHAR(20)  NOT NULL,
    size            INTEGER      NOT NULL CHECK (size > 0),
    sealed_name     BYTEA        NOT NULL,
    sealed_content  BYTEA        NOT NULL,
    uploaded_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX interview_document_interview ON interview_document (interview_id, uploaded_at);
CREATE INDEX interview_document_uploaded ON interview_document (uploaded_at);

-- No foreign keys: the log outlives the purged documents, and records refusals aimed at ids that never existed.
CREATE TABLE document_access (
    id            BIGSERIAL    PRIMARY KEY,
    document_id   UUID,
    interview_id  BIGINT,
    account_id    BIGINT,
    actor         VARCHAR(200) NOT NULL,
    action        VARCHAR(10)  NOT NULL,
    detail        VARCHAR(200) NOT NULL DEFAULT '',
    occurred_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX document_access_occurred ON document_access (occurred_at DESC, id DESC);
