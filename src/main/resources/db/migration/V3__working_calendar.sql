-- Working-day calendar: the administrator's overrides of the computed rule (Mon-Fri minus statutory
-- holidays and compensatory days). One row per day of the official yearly schedule decided by the
-- Prime Minister / Ministry: extra days off, compensatory days, swapped working Saturdays.
-- An override always wins over the computed rule.
--
-- Portable on H2 2.x and PostgreSQL. "day" is quoted because DAY is a keyword in H2 2.x; always
-- write it quoted ("day") in SQL against this table.
CREATE TABLE working_calendar_override (
    "day"        DATE                     NOT NULL,
    kind         VARCHAR(16)              NOT NULL,
    description  VARCHAR(500)             NOT NULL,
    updated_by   VARCHAR(64)              NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_working_calendar_override PRIMARY KEY ("day"),
    CONSTRAINT ck_working_calendar_override_kind CHECK (kind IN ('DAY_OFF', 'WORKING_DAY'))
);
