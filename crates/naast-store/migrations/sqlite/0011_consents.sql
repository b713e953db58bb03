-- The citizen's consents per kwestie: with whom (municipality or a provider code), for what
-- (a scope code), given when and how, and when revoked. Codes and dates only: no free text.
CREATE TABLE consents (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    recipient  TEXT NOT NULL,
    scope      TEXT NOT NULL,
    given_on   TEXT NOT NULL,
    how        TEXT NOT NULL,
    revoked_on TEXT,
    created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    revoked_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX consents_case ON consents (case_id);
