-- Extension requests (xin gia hạn): every request stays in history, granted or not, so reports
-- can count extensions per division (a pushed deadline counts against the division in the emulation review).

CREATE TABLE directive_extension (
    id                   VARCHAR(20)  NOT NULL PRIMARY KEY,          -- e.g. GH-2026-00003
    directive_id         VARCHAR(20)  NOT NULL REFERENCES directive (id),
    lead_division        VARCHAR(20)  NOT NULL,                      -- who asked (the lead division then)
    requested_by         VARCHAR(64)  NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason               VARCHAR(4000) NOT NULL,                     -- lý do khách quan
    attachment_ref       VARCHAR(500),
    current_deadline     DATE         NOT NULL,                      -- deadline when asked
    proposed_deadline    DATE         NOT NULL,
    office_opinion       VARCHAR(4000),
    office_supports      BOOLEAN,
    director_decision    VARCHAR(30),                                -- APPROVE, APPROVE_OTHER_DATE, REJECT
    director_comment     VARCHAR(4000),
    director_deadline    DATE,                                       -- date the Director approved
    province_granted     BOOLEAN,                                    -- UBND-sourced directives only
    province_doc         VARCHAR(255),
    granted_deadline     DATE,                                       -- the new deadline, when granted
    status               VARCHAR(20)  NOT NULL,                      -- PENDING, GRANTED, REJECTED, PROVINCE_REFUSED
    closed_at            TIMESTAMP WITH TIME ZONE,
    process_instance_id  VARCHAR(64)
);

CREATE INDEX ix_extension_directive ON directive_extension (directive_id);
CREATE INDEX ix_extension_division ON directive_extension (lead_division, status);

CREATE SEQUENCE extension_seq START WITH 1 INCREMENT BY 1;

ALTER TABLE directive_deadline ADD COLUMN extension_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE directive_deadline ADD COLUMN original_deadline DATE;
