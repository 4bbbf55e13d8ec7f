-- E-mail waiting to leave (transactional outbox). A message is written in the same transaction as the
-- step that causes it, so it exists exactly when the step committed. The node that made it sends it
-- right after the commit; when the mail server does not take it, any node sends it again later
-- (next_attempt_at), and after the last attempt it is kept as FAILED and shown as an incident on the
-- process instance it belongs to. A node claims a message (claimed_by, claimed_until) before sending,
-- so two nodes never send the same message at the same time.
CREATE TABLE mail_outbox (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    state                VARCHAR(10)   NOT NULL,               -- WAITING, SENT, FAILED
    recipients           VARCHAR(100000) NOT NULL,             -- addresses, comma separated
    subject              VARCHAR(1000) NOT NULL,
    body                 VARCHAR(100000) NOT NULL,
    process_instance_id  VARCHAR(64),                          -- the lifecycle it is about, when sent from one
    attempts             INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_by           VARCHAR(100),
    claimed_until        TIMESTAMP WITH TIME ZONE,
    last_error           VARCHAR(1000),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at              TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_mail_outbox_due ON mail_outbox (state, next_attempt_at);

CREATE SEQUENCE mail_outbox_seq START WITH 1 INCREMENT BY 1;
