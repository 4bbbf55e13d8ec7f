-- The working calendar as a table, so that reports, lists and counts classify directives in SQL:
-- one row per day, written by the application from the statutory rule and the administrator's
-- overrides (never edited by hand). For a deadline falling on cal_day: effective_day is the day the
-- work must be finished by (the next working day when cal_day is a day off), overdue_at the moment it
-- is overdue from (24:00 of effective_day, Asia/Ho_Chi_Minh). working_index counts the working days
-- from the first day of the table through cal_day, so the working days between two days are a
-- difference of two indexes.
CREATE TABLE calendar_day (
    cal_day        DATE        NOT NULL PRIMARY KEY,
    working        BOOLEAN     NOT NULL,
    effective_day  DATE        NOT NULL,
    day_start      TIMESTAMP WITH TIME ZONE NOT NULL,   -- 00:00 of cal_day
    day_end        TIMESTAMP WITH TIME ZONE NOT NULL,   -- 24:00 of cal_day
    overdue_at     TIMESTAMP WITH TIME ZONE NOT NULL,   -- 24:00 of effective_day
    working_index  INTEGER     NOT NULL,
    effective_index INTEGER    NOT NULL                 -- working_index of effective_day
);

-- The day a moment t falls on: the first day whose day_end >= t (a moment at 24:00 still belongs to the day).
CREATE INDEX ix_calendar_day_end ON calendar_day (day_end);
-- The last deadline whose 24:00 has passed at a moment.
CREATE INDEX ix_calendar_day_overdue ON calendar_day (overdue_at, cal_day);

-- Directive lists, newest first: everyone's, and one lead division's (keyset paging on created_at, id).
DROP INDEX ix_directive_created;
CREATE INDEX ix_directive_created_id ON directive (created_at, id);
DROP INDEX ix_directive_lead_division;
CREATE INDEX ix_directive_lead_created ON directive (lead_division, created_at, id);

-- Reports and workload: the directives alive in a period (open, or closed since its start) and the open
-- ones per division and person, read from the index alone.
DROP INDEX ix_directive_closed;
CREATE INDEX ix_directive_alive ON directive (closed_at, created_at, lead_division, assignee, deadline, id);
-- One division's part of the accountability list and its open workload.
CREATE INDEX ix_directive_division_open ON directive (lead_division, closed_at, deadline, created_at, assignee, id);

-- Extensions granted in or after a period.
CREATE INDEX ix_extension_granted ON directive_extension (status, closed_at, lead_division, directive_id);
-- The latest reason of a directive's extension requests.
CREATE INDEX ix_extension_directive_requested ON directive_extension (directive_id, requested_at);
DROP INDEX ix_extension_directive;
