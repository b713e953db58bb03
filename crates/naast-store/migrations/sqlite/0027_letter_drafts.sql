-- A letter drafted in Naast stays a draft (editable) until it is marked sent, with the date it
-- went out; every saved version before the current one is kept, sealed with the case's key.
-- Letters saved before this migration have no row here: they were recorded as they were.
CREATE TABLE letter_drafts (
    entry_id   INTEGER PRIMARY KEY REFERENCES case_entries(id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sent_on    TEXT,
    updated_at INTEGER NOT NULL
);
CREATE INDEX letter_drafts_case ON letter_drafts (case_id);

CREATE TABLE letter_versions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id       INTEGER NOT NULL REFERENCES case_entries(id) ON DELETE CASCADE,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sealed         BLOB,
    author_user_id INTEGER REFERENCES users(id),
    created_at     INTEGER NOT NULL
);
CREATE INDEX letter_versions_entry ON letter_versions (entry_id, id);
