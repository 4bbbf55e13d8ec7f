-- Monthly reports (báo cáo tháng): one row per period, one row per division asked to confirm
-- its figures, and the divisions' explanation of each late or overdue directive (kiểm điểm).
-- The approved report keeps the figures it was approved with (JSON snapshot), so later changes to the
-- directives never change a report the Director has signed off.

CREATE TABLE monthly_report (
    id                   VARCHAR(20)   NOT NULL PRIMARY KEY,       -- BC-2026-11
    period_from          DATE          NOT NULL,
    period_to            DATE          NOT NULL,
    status               VARCHAR(20)   NOT NULL,                   -- COLLECTING, COMPILING, AWAITING_APPROVAL, APPROVED
    division_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,        -- divisions report by then
    compiled_by          VARCHAR(64),
    compiled_at          TIMESTAMP WITH TIME ZONE,
    office_summary       VARCHAR(8000),                            -- the Office's assessment and proposals
    document_number      VARCHAR(100),
    director_comment     VARCHAR(4000),
    approved_by          VARCHAR(64),
    approved_at          TIMESTAMP WITH TIME ZONE,
    figures_json         TEXT,                                     -- DirectiveReport as compiled / approved
    process_instance_id  VARCHAR(64),
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE monthly_report_division (
    report_id        VARCHAR(20)   NOT NULL REFERENCES monthly_report (id),
    division_code    VARCHAR(20)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,                       -- PENDING, CONFIRMED, LATE_ENTERED, MISSED
    confirmed_by     VARCHAR(64),
    confirmed_at     TIMESTAMP WITH TIME ZONE,
    figures_note     VARCHAR(4000),                                -- the division's remark on its figures
    explanations     VARCHAR(8000),                                -- as written, one line per directive
    programme_tasks  VARCHAR(8000),                                -- tasks for the province's work programme
    escalated_at     TIMESTAMP WITH TIME ZONE,                     -- deadline passed without the report
    PRIMARY KEY (report_id, division_code)
);

CREATE TABLE monthly_report_reason (
    report_id      VARCHAR(20)   NOT NULL REFERENCES monthly_report (id),
    directive_id   VARCHAR(20)   NOT NULL REFERENCES directive (id),
    division_code  VARCHAR(20)   NOT NULL,
    reason         VARCHAR(4000) NOT NULL,
    written_by     VARCHAR(64)   NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_id, directive_id)
);

CREATE INDEX ix_report_reason_directive ON monthly_report_reason (directive_id, written_at);
CREATE INDEX ix_directive_created ON directive (created_at);
CREATE INDEX ix_directive_closed ON directive (closed_at);
