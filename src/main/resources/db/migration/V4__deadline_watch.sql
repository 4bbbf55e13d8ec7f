-- Deadline tracking of each directive: when it is reminded, when it became overdue, how
-- often the Office chased it, when the Director was told. One row per directive, written by the
-- timers of directive-lifecycle; kept apart from the directive row so a timer firing never fights
-- a user's change of the record for its optimistic lock.

CREATE TABLE directive_deadline (
    directive_id          VARCHAR(20)  NOT NULL PRIMARY KEY REFERENCES directive (id),
    -- The day the work must be finished by: the deadline itself, or, when it falls on a day off, the
    -- next working day (Bộ luật Dân sự 2015, Điều 148 khoản 5).
    effective_deadline    DATE         NOT NULL,
    overdue_at            TIMESTAMP WITH TIME ZONE NOT NULL,  -- end of the effective deadline day
    reminder_at           TIMESTAMP WITH TIME ZONE NOT NULL,  -- when the reminder is (was) due
    reminder_days         INTEGER      NOT NULL,              -- from DMN deadline-policy
    chase_every_days      INTEGER      NOT NULL,
    director_after_days   INTEGER      NOT NULL,
    reminded_at           TIMESTAMP WITH TIME ZONE,
    overdue_since         TIMESTAMP WITH TIME ZONE,           -- set when the deadline passed unfinished
    chase_count           INTEGER      NOT NULL DEFAULT 0,
    last_chased_at        TIMESTAMP WITH TIME ZONE,
    director_notified_at  TIMESTAMP WITH TIME ZONE,
    review_escalations    INTEGER      NOT NULL DEFAULT 0,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_directive_deadline_overdue ON directive_deadline (overdue_since);
