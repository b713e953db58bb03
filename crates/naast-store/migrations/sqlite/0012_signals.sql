-- Signals: the confidant's de-identified messages to the municipality (or a provider) about
-- what goes wrong, with the kwesties they rest on. Texts and replies are sealed; codes, dates
-- and the workflow's steps are plain. A provider reads and answers through a link: found by
-- the token's hash; the token itself is kept sealed for the reminder's link. `edited_by` and
-- `submitted_by` are who last changed and who offered the signal for review: neither may send.
ALTER TABLE tenants ADD COLUMN signal_weeks INTEGER NOT NULL DEFAULT 6;
CREATE TABLE signals (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id       INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    status          TEXT NOT NULL,
    area            TEXT NOT NULL,
    theme           TEXT NOT NULL,
    urgency         TEXT NOT NULL,
    organisations   TEXT NOT NULL DEFAULT '',
    addressee       TEXT NOT NULL,
    addressee_email TEXT NOT NULL DEFAULT '',
    texts           BLOB NOT NULL,
    checked         INTEGER NOT NULL DEFAULT 0,
    reply           BLOB,
    follow_up_on    TEXT,
    answered_by     TEXT,
    token_hash      TEXT UNIQUE,
    sealed_token    BLOB,
    created_by      INTEGER REFERENCES users(id) ON DELETE SET NULL,
    reviewed_by     INTEGER REFERENCES users(id) ON DELETE SET NULL,
    edited_by       INTEGER REFERENCES users(id) ON DELETE SET NULL,
    submitted_by    INTEGER REFERENCES users(id) ON DELETE SET NULL,
    due_on          TEXT,
    sent_on         TEXT,
    answered_on     TEXT,
    sent_at         INTEGER,
    acknowledged_at INTEGER,
    answered_at     INTEGER,
    follow_up_at    INTEGER,
    closed_at       INTEGER,
    reminded_at     INTEGER,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);
CREATE INDEX signals_tenant ON signals (tenant_id, status);
CREATE TABLE signal_cases (
    signal_id INTEGER NOT NULL REFERENCES signals(id) ON DELETE CASCADE,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    PRIMARY KEY (signal_id, case_id)
);
CREATE INDEX signal_cases_case ON signal_cases (case_id);
