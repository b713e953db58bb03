-- Others on a kwestie (representative, informal carer, interpreter) and attachments; both
-- sealed with the case's key.
CREATE TABLE case_parties (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    sealed     BLOB,
    created_at INTEGER NOT NULL
);
CREATE INDEX case_parties_case ON case_parties (case_id);

CREATE TABLE attachments (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    content_type   TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sealed_name    BLOB,
    sealed_data    BLOB,
    author_user_id INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL
);
CREATE INDEX attachments_case ON attachments (case_id);
