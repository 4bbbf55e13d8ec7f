-- Directives that arrive from other systems and in batches.
-- directive_intake: one row per directive registered through the API or an import, under the key its
-- source gave it (the source system's document id, or for an import row without one a key made from the
-- row's content). The same key again finds the same directive; the fingerprint (SHA-256 of what was sent)
-- tells a retried delivery from another directive under a used key.
CREATE TABLE directive_intake (
    intake_key      VARCHAR(200)  NOT NULL PRIMARY KEY,
    directive_id    VARCHAR(20)   NOT NULL REFERENCES directive (id),
    fingerprint     VARCHAR(64)   NOT NULL,
    proposed_lead   VARCHAR(20),                          -- phòng chủ trì đề xuất: preselected for the Director
    import_id       VARCHAR(20),                          -- the import it came with; NULL for the API
    import_row      INTEGER,                              -- its row in that file (1 = the heading row)
    created_by      VARCHAR(64)   NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE UNIQUE INDEX ux_directive_intake_directive ON directive_intake (directive_id);
CREATE INDEX ix_directive_intake_import ON directive_intake (import_id);

-- directive_import: every import that registered directives: who, when, which file, how many rows.
CREATE TABLE directive_import (
    id              VARCHAR(20)   NOT NULL PRIMARY KEY,   -- NK-2026-00001
    file_name       VARCHAR(255)  NOT NULL,
    file_format     VARCHAR(10)   NOT NULL,               -- XLSX, CSV
    file_sha256     VARCHAR(64)   NOT NULL,
    row_count       INTEGER       NOT NULL,               -- directive rows in the file
    created_count   INTEGER       NOT NULL,               -- directives registered by this import
    existing_count  INTEGER       NOT NULL,               -- rows registered before (same key, same content)
    imported_by     VARCHAR(64)   NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_directive_import_sha ON directive_import (file_sha256);

CREATE SEQUENCE directive_import_seq START WITH 1 INCREMENT BY 1;
