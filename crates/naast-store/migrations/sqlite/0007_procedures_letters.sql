-- The procedures register (per tenant and organisation: how to complain or object there), the
-- formal procedures a kwestie went through (complaint, objection, application, ...) with their
-- external outcome, and the letter templates a coordinator edits per tenant.
CREATE TABLE procedure_info (
    tenant_id    INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    organisation TEXT NOT NULL,
    body         TEXT NOT NULL,
    updated_at   INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, organisation)
);

CREATE TABLE case_procedures (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    organisation TEXT,
    filed_on     TEXT NOT NULL,
    committee    INTEGER NOT NULL DEFAULT 0,
    outcome      TEXT,
    outcome_on   TEXT,
    created_at   INTEGER NOT NULL
);
CREATE INDEX case_procedures_case ON case_procedures (case_id);

CREATE TABLE letter_templates (
    tenant_id  INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id),
    PRIMARY KEY (tenant_id, kind)
);
