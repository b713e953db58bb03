-- Casework: citizens (persons), kwesties (cases), their timeline, tasks, and the anonymous
-- statistical record that outlives the personal data. Personal fields are sealed (BLOB) with
-- the data key of their row; dates are ISO 'YYYY-MM-DD' text; lists are comma-separated codes.

CREATE TABLE persons (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id   INTEGER NOT NULL REFERENCES tenants(id),
    data_key_id INTEGER NOT NULL REFERENCES data_keys(id),
    stat_id     TEXT NOT NULL UNIQUE,
    sealed      BLOB,
    name_index  TEXT,
    email_index TEXT,
    created_at  INTEGER NOT NULL
);
CREATE INDEX persons_name ON persons (tenant_id, name_index);
CREATE INDEX persons_email ON persons (tenant_id, email_index);

CREATE TABLE cases (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        INTEGER NOT NULL REFERENCES tenants(id),
    reference        TEXT NOT NULL UNIQUE,
    data_key_id      INTEGER NOT NULL REFERENCES data_keys(id),
    status           TEXT NOT NULL,
    channel          TEXT NOT NULL,
    citizen_id       INTEGER REFERENCES persons(id),
    owner_user_id    INTEGER REFERENCES users(id),
    area             TEXT,
    organisation     TEXT,
    primary_nature   TEXT,
    natures          TEXT NOT NULL DEFAULT '',
    found_via        TEXT,
    decision_kind    TEXT,
    decision_date    TEXT,
    decision_sent_on TEXT,
    options          TEXT NOT NULL DEFAULT '',
    option_chosen    TEXT,
    opened_on        TEXT NOT NULL,
    closed_on        TEXT,
    outcome          TEXT,
    external_outcome TEXT,
    sealed           BLOB,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX cases_list ON cases (tenant_id, status, opened_on);
CREATE INDEX cases_owner ON cases (owner_user_id, status);
CREATE INDEX cases_citizen ON cases (citizen_id);

CREATE TABLE case_entries (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    on_date        TEXT NOT NULL,
    channel        TEXT,
    activities     TEXT NOT NULL DEFAULT '',
    minutes        INTEGER NOT NULL DEFAULT 0,
    sealed         BLOB,
    author_user_id INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL
);
CREATE INDEX case_entries_case ON case_entries (case_id, id);

CREATE TABLE tasks (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sealed        BLOB,
    due_on        TEXT NOT NULL,
    owner_user_id INTEGER REFERENCES users(id),
    done_at       INTEGER,
    created_at    INTEGER NOT NULL
);
CREATE INDEX tasks_open ON tasks (owner_user_id, done_at, due_on);
CREATE INDEX tasks_case ON tasks (case_id);

-- Not a foreign key on purpose: the record stays when a case is erased.
CREATE TABLE stat_records (
    case_key         INTEGER PRIMARY KEY,
    tenant_id        INTEGER NOT NULL REFERENCES tenants(id),
    stat_citizen_id  TEXT,
    area             TEXT,
    organisation     TEXT,
    primary_nature   TEXT,
    channel          TEXT NOT NULL,
    found_via        TEXT,
    opened_on        TEXT NOT NULL,
    closed_on        TEXT,
    outcome          TEXT,
    external_outcome TEXT,
    activities       TEXT NOT NULL DEFAULT '',
    minutes          INTEGER NOT NULL DEFAULT 0,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX stat_records_period ON stat_records (tenant_id, opened_on);
