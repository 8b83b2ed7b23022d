-- The outbox of notifications: written in the transaction that decides to notify, sent later by a job.
-- Status: pending → sending (claimed by a job, attempts counted) → sent; or back to pending with a later
-- not_before after a failure, failed after the last attempt; cancelled while still pending.
CREATE TABLE notification (
    id               bigserial PRIMARY KEY,
    notification_key text        NOT NULL UNIQUE,
    kind             text        NOT NULL CHECK (kind IN ('email', 'sms')),
    recipient        text        NOT NULL,
    subject          text,
    body             text        NOT NULL,
    not_before       timestamptz NOT NULL,
    status           text        NOT NULL DEFAULT 'pending'
                                 CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'cancelled')),
    attempts         integer     NOT NULL DEFAULT 0,
    last_error       text,
    claimed_at       timestamptz,
    sent_at          timestamptz,
    created_at       timestamptz NOT NULL
);

CREATE INDEX notification_due ON notification (not_before) WHERE status IN ('pending', 'sending');
CREATE INDEX notification_recent ON notification (created_at DESC);
CREATE INDEX notification_key_prefix ON notification (notification_key text_pattern_ops) WHERE status = 'pending';

CREATE TABLE notification_attachment (
    notification_id bigint  NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    file_name       text    NOT NULL,
    content_type    text    NOT NULL,
    content         bytea   NOT NULL,
    PRIMARY KEY (notification_id, position)
);
